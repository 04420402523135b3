import ConfettiCore
import ConfettiSession
import FoundationEssentials

/// Reads the annotated JSONL files `confetti eval` measures: understanding rows, whole dialogues
/// and relevance questions. Blank lines are skipped; the first malformed line throws a
/// ``DataFileError`` naming `file:line` and what is wrong.
///
/// ```swift
/// let rows = try EvaluationFile.rows(fromJSONL: #"{"text": "hi", "intent": "greet"}"#, file: "x.jsonl")
/// rows[0].intent  // .greet
/// ```
public enum EvaluationFile {
  static let rowKeys: Set<String> = ["text", "intent", "slots"]

  /// The rows of a JSONL evaluation file; the first malformed line throws, naming `file:line`.
  public static func rows(fromJSONL text: String, file: String) throws(DataFileError) -> [EvaluationRow] {
    try lines(ofJSONL: text, file: file) { (line: String, number: Int) throws(LineProblem) in
      try row(fromJSON: line, line: number)
    }
  }

  /// Each non-blank line of a JSONL file read by `read`; the first problem throws, naming `file:line`.
  static func lines<Row>(
    ofJSONL text: String, file: String, _ read: (String, Int) throws(LineProblem) -> Row
  ) throws(DataFileError) -> [Row] {
    var rows: [Row] = []
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      if line.allSatisfy(\.isWhitespace) { continue }
      do {
        rows.append(try read(String(line), number))
      } catch {
        throw DataFileError(file: file, line: number, message: error.message)
      }
    }
    return rows
  }

  /// The fields of one line that must be a JSON object (`expected` says which, for the error).
  static func object(fromJSON line: String, expected: String) throws(LineProblem) -> [String: RawJSON] {
    let value: RawJSON
    do {
      value = try JSONDecoder().decode(RawJSON.self, from: Data(line.utf8))
    } catch {
      throw LineProblem("not valid JSON")
    }
    guard case .object(let fields) = value else {
      throw LineProblem("expected \(expected), got \(value.shown)")
    }
    return fields
  }

  struct LineProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }

  static func row(fromJSON line: String, line number: Int) throws(LineProblem) -> EvaluationRow {
    let fields = try object(
      fromJSON: line, expected: "a JSON object {\"text\": …, \"intent\": …, \"slots\": {…}}")
    if let unknown = fields.keys.filter({ !rowKeys.contains($0) }).sorted().first {
      throw LineProblem("unknown field '\(unknown)' (expected text, intent, slots)")
    }
    guard case .string(let text)? = fields["text"] else {
      throw LineProblem(
        fields["text"].map { "text must be a string, got \($0.shown)" } ?? "missing field 'text'")
    }
    if text.allSatisfy(\.isWhitespace) { throw LineProblem("text is empty") }
    guard case .string(let intentName)? = fields["intent"] else {
      throw LineProblem(
        fields["intent"].map { "intent must be a string, got \($0.shown)" } ?? "missing field 'intent'")
    }
    guard let intent = Intent(rawValue: intentName) else {
      throw LineProblem(
        "unknown intent '\(intentName)' (known: \(Intent.allCases.map(\.rawValue).joined(separator: ", ")))")
    }
    var slots: [SlotName: Entity.Value] = [:]
    switch fields["slots"] {
    case nil, .null?:
      break
    case .object(let raw)?:
      for key in raw.keys.sorted() {
        guard let name = SlotName(rawValue: key) else {
          throw LineProblem(
            "unknown slot '\(key)' (known: \(SlotName.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        slots[name] = try slotValue(raw[key]!, for: name)
      }
    case let other?:
      throw LineProblem("slots must be an object, got \(other.shown)")
    }
    return EvaluationRow(text: text, intent: intent, slots: slots, line: number)
  }

  static func slotValue(_ raw: RawJSON, for slot: SlotName) throws(LineProblem) -> Entity.Value {
    let value: Entity.Value?
    switch (EvaluationRow.kind(of: slot), raw) {
    case (.integer, .int(let i)):
      value = .int(i)
    case (.text, .string(let s)):
      value = .text(s)
    case (.flag, .bool(true)):
      value = .flag
    case (.list, .array(let items)):
      var strings: [String] = []
      for item in items {
        guard case .string(let s) = item else {
          throw LineProblem(
            "slot '\(slot.rawValue)' \(EvaluationRow.ValueKind.list.expectation), got \(raw.shown)")
        }
        strings.append(s)
      }
      value = .list(strings)
    case (.money, .object(let fields)):
      if let unknown = fields.keys.filter({ $0 != "amount" && $0 != "currency" }).sorted().first {
        throw LineProblem("slot '\(slot.rawValue)': unknown field '\(unknown)' (expected amount, currency)")
      }
      let amount: Double
      switch fields["amount"] {
      case .int(let i)?: amount = Double(i)
      case .double(let d)?: amount = d
      case nil: throw LineProblem("slot '\(slot.rawValue)': missing field 'amount'")
      case let other?:
        throw LineProblem("slot '\(slot.rawValue)': amount must be a number, got \(other.shown)")
      }
      guard case .string(let code)? = fields["currency"] else {
        throw LineProblem(
          "slot '\(slot.rawValue)': "
            + (fields["currency"].map { "currency must be a string, got \($0.shown)" }
              ?? "missing field 'currency'"))
      }
      guard let currency = Money.Currency(rawValue: code) else {
        let known = Money.Currency.allCases.map(\.rawValue).joined(separator: ", ")
        throw LineProblem("slot '\(slot.rawValue)': unknown currency '\(code)' (known: \(known))")
      }
      value = .money(Money(amount: amount, currency: currency))
    default:
      value = nil
    }
    guard let value else {
      throw LineProblem(
        "slot '\(slot.rawValue)' \(EvaluationRow.kind(of: slot).expectation), got \(raw.shown)")
    }
    if let problem = EvaluationRow.problem(with: value, for: slot) {
      throw LineProblem("slot '\(slot.rawValue)': \(problem)")
    }
    return value
  }
}
