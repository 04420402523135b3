import ConfettiCore
import Testing

@testable import ConfettiTraining

@Suite struct TrainingDataTests {
  @Test func intentsFolderLoadsAndMeetsTheMinimumCounts() throws {
    let data = try TrainingData.load(try Fixtures.intentFiles())
    try data.validateAnnotations()
    var counts: [Intent: Int] = [:]
    for ex in data.examples { counts[ex.intent, default: 0] += 1 }
    let domain: [Intent] = [
      .suggestIdeas, .planWeek, .ideaDetails, .eventDate, .refine, .more, .cheaper, .exportPlan,
    ]
    for i in domain { #expect(counts[i, default: 0] >= 40, "\(i.rawValue): \(counts[i, default: 0])") }
    for i in [Intent.help, .greet, .thanks, .goodbye, .reset] {
      #expect(counts[i, default: 0] >= 15, "\(i.rawValue)")
    }
    #expect(counts[.outOfScope, default: 0] >= 80)
  }

  /// The deterministic entity parser finds every annotation of the training data, at its span.
  @Test func entityParserAgreesWithTheAnnotations() throws {
    let data = try TrainingData.load(try Fixtures.intentFiles())
    var misses: [String] = []
    var total = 0
    for ex in data.examples {
      let found = Fixtures.parser.parse(ex.example.text, today: Fixtures.today).entities
      for a in ex.example.annotations {
        total += 1
        let hit = found.contains { $0.slot == a.slot && $0.start <= a.start && $0.end >= a.end }
        if !hit { misses.append("\(ex.example.file):\(ex.example.line): \(a.slot.rawValue) '\(a.text)'") }
      }
    }
    let recall = Double(total - misses.count) / Double(max(total, 1))
    #expect(
      recall >= 0.97,
      "entity recall \(recall) on training annotations; misses:\n\(misses.joined(separator: "\n"))")
  }

  @Test func unknownSlotIsAnErrorWithFileAndLine() {
    let yaml =
      "version: \"3.1\"\nnlu:\n  - intent: greet\n    examples: |\n      - hi\n      - hey [bob](person)\n"
    #expect {
      _ = try TrainingData.load([("Intents/greet.yml", yaml)])
    } throws: { error in
      let e = error as? DataFileError
      return e?.file == "Intents/greet.yml" && e?.line == 6
        && e?.message.contains("unknown slot 'person'") == true
    }
  }

  @Test func duplicateExampleUnderTwoIntentsIsAnError() {
    let a = "nlu:\n  - intent: greet\n    examples: |\n      - hello there\n"
    let b = "nlu:\n  - intent: thanks\n    examples: |\n      - thanks\n      - Hello there!\n"
    #expect {
      _ = try TrainingData.load([("Intents/greet.yml", a), ("Intents/thanks.yml", b)])
    } throws: { error in
      let e = error as? DataFileError
      return e?.file == "Intents/thanks.yml" && e?.line == 5 && e?.message.contains("greet") == true
    }
  }

  @Test func unknownIntentIsAnError() {
    let a = "nlu:\n  - intent: dance\n    examples: |\n      - lets dance\n"
    #expect(throws: DataFileError.self) { _ = try TrainingData.load([("Intents/dance.yml", a)]) }
  }

  @Test func annotationMarkupGivesTextAndSpans() throws {
    let ex = try AnnotatedExample(
      markup: "ideas for [12](team_size) people under [$300](budget)", file: "f", line: 1)
    #expect(ex.text == "ideas for 12 people under $300")
    #expect(ex.annotations.map(\.slot) == [.teamSize, .budget])
    #expect(ex.annotations[1].start == 26 && ex.annotations[1].end == 30)
  }
}
