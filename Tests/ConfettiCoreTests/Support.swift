import ConfettiCore
import Foundation

/// Shared fixtures for the core tests.
enum Fixtures {
  static let today = CivilDate(year: 2026, month: 11, day: 23)
  static let catalogue = Catalogue.builtin
  static let parser = EntityParser(lexicon: Lexicon.builtin(catalogue: .builtin))
  static let matcher = IntentMatcher(catalogue: .builtin)

  /// The package root, from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let seedsDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

  static func read(_ relative: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent(relative), encoding: .utf8)
  }

  /// Every YAML file under Intents/, with its path relative to the package root.
  static func intentFiles() throws -> [(name: String, text: String)] {
    let base = packageRoot.appendingPathComponent("Intents")
    let fm = FileManager.default
    let paths = (fm.enumerator(atPath: base.path)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
    return try paths.map {
      ("Intents/" + $0, try String(contentsOf: base.appendingPathComponent($0), encoding: .utf8))
    }
  }

  /// One educate idea for employees, loaded from YAML as a person's catalogue would be, citing a
  /// built-in source: a small idea for tests of the search.
  static func idea(
    id: String, name: String, summary: String, formats: String = "[in_person]", perPerson: Int = 0
  ) throws -> Idea {
    let yaml = """
      ideas:
        - id: \(id)
          name: \(name)
          summary: "\(summary)"
          steps: ["Do it."]
          sources: [act-2017-key-customers]
          theme: educate
          audience: employees
          formats: \(formats)
          team_size: {min: 1, max: 200}
          cost:
            tiers:
              - name: basic
                fixed: 0
                per_person: \(perPerson)
                value: 5
      """
    let ideas = try CatalogueLoader.ideas(fromYAML: yaml, file: "\(id).yaml", sources: catalogue.sources)
    guard let idea = ideas.first else { throw DataFileError(file: "\(id).yaml", line: 1, message: "no idea") }
    return idea
  }

  /// The entities of `text` as (slot, value, covered text).
  static func entities(_ text: String) -> [(SlotName, Entity.Value, String)] {
    let chars = Array(text)
    return parser.parse(text, today: today).entities.map {
      ($0.slot, $0.value, String(chars[$0.start..<$0.end]))
    }
  }
}
