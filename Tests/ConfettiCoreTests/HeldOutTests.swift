import ConfettiCore
import Foundation
import Testing

@testable import ConfettiTraining

/// Held-out files measure understanding, not memory: no row's text is, case and punctuation
/// aside, a training example, an entity synonym, an idea's name or alias, or a kind of idea.
@Suite struct HeldOutTests {
  /// Every phrase the matcher could have memorised, normalised as the training data is.
  static func knownPhrases() throws -> Set<String> {
    let data = try TrainingData.load(try Fixtures.intentFiles())
    var known = Set(data.examples.map { TrainingData.normalizedKey($0.example.text) })
    known.formUnion(data.synonyms.map { TrainingData.normalizedKey($0.phrase) })
    for idea in Fixtures.catalogue.ideas {
      known.formUnion((idea.aliases + [idea.name]).map(TrainingData.normalizedKey))
    }
    known.formUnion(Kind.allCases.map { TrainingData.normalizedKey($0.rawValue) })
    return known
  }

  /// The `text` of every row of a held-out JSONL file.
  static func texts(_ file: String) throws -> [String] {
    try Fixtures.read(file).split(separator: "\n").map { row in
      let object = try #require(try JSONSerialization.jsonObject(with: Data(row.utf8)) as? [String: Any])
      return try #require(object["text"] as? String)
    }
  }

  @Test(arguments: [
    ("Tests/Dev/nlu.jsonl", 200), ("Tests/Dev/nlu-extra.jsonl", 80), ("Tests/Dev/relevance.jsonl", 80),
    ("Tests/Dev/relevance-extra.jsonl", 40), ("Tests/HeldOut/nlu-test.jsonl", 200),
    ("Tests/HeldOut/relevance-test.jsonl", 60),
  ])
  func heldOutRowsAreNotInTheData(_ file: String, _ minimumRows: Int) throws {
    let known = try Self.knownPhrases()
    let texts = try Self.texts(file)
    #expect(texts.count >= minimumRows, "\(file) has \(texts.count) rows")
    let overlap = texts.filter { known.contains(TrainingData.normalizedKey($0)) }
    #expect(overlap.isEmpty, "\(file) rows that are training data, synonyms or aliases: \(overlap)")
  }

  /// The dialogue sets' lines are no training data either, and the test set keeps its size
  /// (issue 21: at least 80 dialogues and 300 turns).
  @Test(arguments: [("Tests/Dialogues/test.jsonl", 80, 300), ("Tests/Dialogues/dev.jsonl", 40, 150)])
  func dialogueLinesAreNotInTheData(_ file: String, _ minimumDialogues: Int, _ minimumTurns: Int) throws {
    let known = try Self.knownPhrases()
    var lines: [String] = []
    let rows = try Fixtures.read(file).split(separator: "\n")
    for row in rows {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(row.utf8)) as? [String: Any])
      for turn in try #require(object["turns"] as? [[String: Any]]) {
        lines.append(try #require(turn["user"] as? String))
      }
    }
    #expect(
      rows.count >= minimumDialogues && lines.count >= minimumTurns, "\(file): \(rows.count), \(lines.count)")
    let overlap = lines.filter { known.contains(TrainingData.normalizedKey($0)) }
    #expect(overlap.isEmpty, "\(file) lines that are training data, synonyms or aliases: \(overlap)")
  }

  /// The check itself catches an overlap, whatever the case and punctuation.
  @Test func theOverlapCheckSeesThroughCaseAndPunctuation() throws {
    let known = try Self.knownPhrases()
    let data = try TrainingData.load(try Fixtures.intentFiles())
    let example = try #require(data.examples.first { $0.example.annotations.isEmpty }).example.text
    #expect(known.contains(TrainingData.normalizedKey(example.uppercased() + "?!")))
    let alias = try #require(Fixtures.catalogue.ideas.first { !$0.aliases.isEmpty }?.aliases.first)
    #expect(known.contains(TrainingData.normalizedKey(" " + alias.uppercased() + ".")))
  }
}
