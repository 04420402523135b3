import ConfettiCore

/// The annotated examples and synonyms of `Intents/`, in Rasa's YAML format.
///
/// Broken or inconsistent data is an error naming file and line: an unknown
/// intent or slot, a synonym given to two values, or the same example under
/// two intents.
///
/// ```swift
/// let data = try TrainingData.load([("Intents/greet.yml", text)])
/// data.examples.first?.intent  // .greet
/// ```
public struct TrainingData: Sendable {
  /// One example with its intent.
  public struct Example: Sendable {
    public var intent: Intent
    public var example: AnnotatedExample
  }

  /// A word or phrase standing for a canonical slot value.
  public struct Synonym: Sendable, Equatable {
    public var slot: SlotName
    public var value: String
    public var phrase: String
  }

  public var examples: [Example] = []
  public var synonyms: [Synonym] = []

  public init() {}

  /// Loads `files` (name and contents). Synonym files must sit under a folder named `entities`.
  public static func load(_ files: [(name: String, text: String)]) throws(DataFileError) -> TrainingData {
    var data = TrainingData()
    var seenExamples: [String: (Intent, String, Int)] = [:]
    var seenSynonyms: [String: (String, String, Int)] = [:]
    for (name, text) in files {
      let root = try YAMLReader.parse(text, file: name)
      guard let items = root["nlu"]?.sequence else {
        throw DataFileError(file: name, line: root.line, message: "missing top-level 'nlu:' list")
      }
      let slotForFile = SlotName(rawValue: baseName(name))
      for item in items {
        guard let examplesNode = item["examples"], let block = examplesNode.scalar else {
          throw DataFileError(file: name, line: item.line, message: "each entry needs 'examples: |'")
        }
        let lines = exampleLines(block, firstLine: examplesNode.line + 1)
        if let intentName = item["intent"]?.scalar {
          guard let intent = Intent(rawValue: intentName) else {
            throw DataFileError(file: name, line: item.line, message: "unknown intent '\(intentName)'")
          }
          for (markup, line) in lines {
            let ex = try AnnotatedExample(markup: markup, file: name, line: line)
            let key = normalizedKey(ex.text)
            if let (other, file, otherLine) = seenExamples[key] {
              throw DataFileError(
                file: name, line: line,
                message:
                  "duplicate example '\(ex.text)' (also under \(other.rawValue) at \(file):\(otherLine))")
            }
            if intent == .outOfScope && !ex.annotations.isEmpty {
              throw DataFileError(
                file: name, line: line, message: "out_of_scope examples take no annotations")
            }
            seenExamples[key] = (intent, name, line)
            data.examples.append(Example(intent: intent, example: ex))
          }
        } else if let value = item["synonym"]?.scalar {
          guard let slot = slotForFile, SlotName.withSynonyms.contains(slot) else {
            throw DataFileError(
              file: name, line: item.line,
              message:
                "synonyms belong in "
                + SlotName.withSynonyms.map { "entities/\($0.rawValue).yml" }.joined(separator: ", "))
          }
          guard validValue(value, for: slot) else {
            throw DataFileError(
              file: name, line: item.line, message: "'\(value)' is not a \(slot.rawValue) value")
          }
          for (phrase, line) in lines {
            let key = normalizedKey(phrase)
            if let (otherValue, file, otherLine) = seenSynonyms[key], otherValue != value || file != name {
              throw DataFileError(
                file: name, line: line,
                message: "synonym '\(phrase)' is also given for '\(otherValue)' at \(file):\(otherLine)")
            }
            seenSynonyms[key] = (value, name, line)
            data.synonyms.append(Synonym(slot: slot, value: value, phrase: phrase))
          }
        } else {
          throw DataFileError(file: name, line: item.line, message: "entry needs 'intent:' or 'synonym:'")
        }
      }
    }
    return data
  }

  /// Checks that annotations of categorical slots use a canonical value or a listed synonym.
  public func validateAnnotations() throws(DataFileError) {
    var known: [SlotName: Set<String>] = [:]
    for s in synonyms { known[s.slot, default: []].insert(TrainingData.normalizedKey(s.phrase)) }
    for slot in SlotName.withSynonyms {
      for v in slot.row.values ?? [] {
        known[slot, default: []].insert(TrainingData.normalizedKey(v.replacingUnderscores()))
      }
    }
    for ex in examples {
      for a in ex.example.annotations where SlotName.withSynonyms.contains(a.slot) {
        guard known[a.slot]?.contains(TrainingData.normalizedKey(a.text)) == true else {
          throw DataFileError(
            file: ex.example.file, line: ex.example.line,
            message:
              "'\(a.text)' is not a known \(a.slot.rawValue) synonym (add it to entities/\(a.slot.rawValue).yml)"
          )
        }
      }
    }
  }

  static func validValue(_ value: String, for slot: SlotName) -> Bool {
    (slot.row.values ?? []).contains(value)
  }

  /// Lower-cased tokens joined by spaces: how examples are compared.
  public static func normalizedKey(_ text: String) -> String {
    Tokenizer.tokenize(text).map(\.text).joined(separator: " ")
  }

  static func baseName(_ path: String) -> String {
    let last = path.split(separator: "/").last.map(String.init) ?? path
    return last.split(separator: ".").first.map(String.init) ?? last
  }

  /// The `- example` lines of a block, with their line numbers in the file.
  static func exampleLines(_ block: String, firstLine: Int) -> [(String, Int)] {
    var out: [(String, Int)] = []
    for (offset, raw) in block.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = String(raw).trimmingSpaces()
      guard line.hasPrefix("- ") else { continue }
      out.append((String(line.dropFirst(2)).trimmingSpaces(), firstLine + offset))
    }
    return out
  }
}
