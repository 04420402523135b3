import ConfettiCore
import ConfettiSession

extension EvaluationFile {
  static let dialogueKeys: Set<String> = ["id", "covers", "turns"]
  static let turnKeys: Set<String> = ["user", "intent", "state"]

  /// The dialogues of a JSONL file; the first malformed line throws, naming `file:line`.
  public static func dialogueRows(fromJSONL text: String, file: String) throws(DataFileError) -> [DialogueRow]
  {
    try lines(ofJSONL: text, file: file) { (line: String, number: Int) throws(LineProblem) in
      try dialogueRow(fromJSON: line, line: number)
    }
  }

  static func dialogueRow(fromJSON line: String, line number: Int) throws(LineProblem) -> DialogueRow {
    let fields = try object(fromJSON: line, expected: "a JSON object {\"id\": …, \"turns\": […]}")
    if let unknown = fields.keys.filter({ !dialogueKeys.contains($0) }).sorted().first {
      throw LineProblem("unknown field '\(unknown)' (expected id, covers, turns)")
    }
    guard case .string(let id)? = fields["id"] else { throw LineProblem("id must be a string") }
    guard case .array(let rawTurns)? = fields["turns"], !rawTurns.isEmpty else {
      throw LineProblem("turns must be a non-empty list")
    }
    var turns: [DialogueRow.Turn] = []
    for (i, raw) in rawTurns.enumerated() {
      guard case .object(let t) = raw else { throw LineProblem("turn \(i + 1) must be an object") }
      if let unknown = t.keys.filter({ !turnKeys.contains($0) }).sorted().first {
        throw LineProblem("turn \(i + 1): unknown field '\(unknown)' (expected user, intent, state)")
      }
      guard case .string(let user)? = t["user"], !user.allSatisfy(\.isWhitespace) else {
        throw LineProblem("turn \(i + 1): user must be a non-empty string")
      }
      guard case .string(let name)? = t["intent"], let intent = Intent(rawValue: name) else {
        throw LineProblem(
          "turn \(i + 1): intent must be one of \(Intent.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      var state: [SlotName: Entity.Value] = [:]
      switch t["state"] {
      case .object(let raw)?:
        for key in raw.keys.sorted() {
          guard let slot = SlotName(rawValue: key), slot.row.isConstraint else {
            throw LineProblem("turn \(i + 1): unknown state key '\(key)'")
          }
          state[slot] = try slotValue(raw[key]!, for: slot)
        }
      case nil:
        throw LineProblem("turn \(i + 1): missing field 'state'")
      case let other?:
        throw LineProblem("turn \(i + 1): state must be an object, got \(other.shown)")
      }
      turns.append(DialogueRow.Turn(user: user, intent: intent, state: state))
    }
    return DialogueRow(id: id, turns: turns, line: number)
  }
}
