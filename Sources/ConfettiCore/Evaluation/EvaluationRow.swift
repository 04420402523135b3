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
  /// The type of value a slot holds in an evaluation file.
  public enum ValueKind: String, Sendable {
    /// A whole number: team_size, year, ordinal.
    case integer
    /// `{"amount": number, "currency": "USD" | "GBP" | "EUR"}`: budget, budget_min, budget_per_person.
    case money
    /// A string: audience, format, theme, idea, day, filename.
    case text
    /// A list of strings: kinds.
    case list
    /// `true`: overwrite.
    case flag

    /// What a value of this kind must look like, for error messages.
    public var expectation: String {
      switch self {
      case .integer: return "must be a whole number"
      case .money: return "must be an object like {\"amount\": 300, \"currency\": \"USD\"}"
      case .text: return "must be a string"
      case .list: return "must be a list of strings"
      case .flag: return "must be true"
      }
    }
  }

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
  public static func kind(of slot: SlotName) -> ValueKind {
    switch slot {
    case .teamSize, .year, .ordinal: return .integer
    case .budget, .budgetMin, .budgetPerPerson: return .money
    case .audience, .format, .theme, .idea, .day, .filename: return .text
    case .kinds: return .list
    case .overwrite: return .flag
    }
  }

  /// Why `value` cannot be the gold value of `slot`, or nil when it can.
  public static func problem(with value: Entity.Value, for slot: SlotName) -> String? {
    switch (kind(of: slot), value) {
    case (.integer, .int):
      return nil
    case (.money, .money(let m)):
      return m.amount.isFinite && m.amount >= 0 ? nil : "the amount must be zero or more"
    case (.text, .text(let s)):
      let allowed: [String]
      switch slot {
      case .audience: allowed = Audience.allCases.map(\.rawValue)
      case .format: allowed = Format.allCases.map(\.rawValue)
      case .theme: allowed = Theme.allCases.map(\.rawValue)
      case .day: allowed = WorkDay.allCases.map(\.rawValue)
      default: return s.isEmpty ? "must not be empty" : nil
      }
      return allowed.contains(s) ? nil : "'\(s)' is not one of " + allowed.joined(separator: ", ")
    case (.list, .list(let items)):
      let allowed = Kind.allCases.map(\.rawValue)
      for s in items where !allowed.contains(s) {
        return "'\(s)' is not one of " + allowed.joined(separator: ", ")
      }
      return items.isEmpty ? "must not be empty" : nil
    case (.flag, .flag):
      return nil
    case (let kind, _): return kind.expectation
    }
  }
}
