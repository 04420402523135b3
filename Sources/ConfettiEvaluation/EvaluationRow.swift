import ConfettiCore

/// One annotated line of an evaluation file: a text with its gold intent and gold slots.
///
/// ```swift
/// let row = EvaluationRow(
///   text: "ideas for 12 people under $300", intent: .suggestIdeas,
///   slots: [.teamSize: .int(12), .budget: .money(.usd(300))])
/// EvaluationRow.kind(of: .budget)                            // .money
/// EvaluationRow.problem(with: .text("everyone"), for: .audience)
/// // "'everyone' is not one of employees, customers, both"
/// ```
public struct EvaluationRow: Sendable, Equatable {
  /// The type of value a slot holds in an evaluation file (the slot table's).
  public typealias ValueKind = SlotName.ValueKind

  public var text: String
  public var intent: Intent
  public var slots: [SlotName: Entity.Value]
  /// The line of the file the row came from, when it came from a file.
  public var line: Int?

  public init(text: String, intent: Intent, slots: [SlotName: Entity.Value] = [:], line: Int? = nil) {
    self.text = text
    self.intent = intent
    self.slots = slots
    self.line = line
  }

  /// The kind of value `slot` takes.
  public static func kind(of slot: SlotName) -> ValueKind { slot.row.kind }

  /// Why `value` cannot be the gold value of `slot`, or nil when it can.
  public static func problem(with value: Entity.Value, for slot: SlotName) -> String? {
    slot.problem(with: value)
  }
}
