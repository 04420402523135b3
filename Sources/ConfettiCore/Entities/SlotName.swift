/// The slots an utterance can fill, with their JSON names, and the slot table (``row``): each
/// slot's type, whether a conversation keeps it as a constraint, and the intents that take it.
///
/// Everything else is driven from here: ``Slots`` (set, pairs), ``Intent/allowedSlots``,
/// ``Constraints/apply(_:terms:)``, the JSON `slots` and `context`, and the evaluation's value
/// checks. A new slot is a case and its row (plus the grammar that finds it).
///
/// ```swift
/// SlotName.budget.row.kind                             // .money
/// SlotName.ordinal.row.intents                         // [.ideaDetails]
/// SlotName.audience.problem(with: .text("everyone"))  // "'everyone' is not one of employees, …"
/// ```
public enum SlotName: String, CaseIterable, Sendable, Comparable {
  case teamSize = "team_size"
  case budget
  case budgetMin = "budget_min"
  case budgetPerPerson = "budget_per_person"
  case audience
  case format
  case theme
  case idea
  /// Kinds of idea asked for ("something with food"); a list.
  case kinds
  /// A weekday named for an idea in a plan ("a house band on friday").
  case day
  case year
  case ordinal
  case filename
  /// "overwrite" or "replace" with an export: an existing file may be replaced.
  case overwrite
  /// Kinds of idea to leave out ("no food", "anything that doesn't involve music"); a list.
  case withoutKinds = "without_kinds"
  /// Catalogue ideas to leave out ("skip the cookout", "anything except the raffle"); a list.
  case withoutIdeas = "without_ideas"

  /// The type of value a slot holds.
  public enum ValueKind: String, Sendable {
    /// A whole number.
    case integer
    /// `{"amount": number, "currency": "USD" | "GBP" | "EUR"}`.
    case money
    /// A string (from a closed set when the row has `values`).
    case text
    /// A list of strings.
    case list
    /// Present or not: `true`.
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

  /// One row of the slot table.
  public struct Row: Sendable {
    public var kind: ValueKind
    /// True when a conversation keeps the value as a constraint (shown in `context`).
    public var isConstraint: Bool
    /// The intents a line's value is kept for; others drop it.
    public var intents: Set<Intent>
    /// The values a text or list slot may take, when it is a closed set.
    public var values: [String]?
    /// True for the slots that say what is wanted (an idea, kinds of idea), not for whom or how much.
    public var isContent = false
    /// True for the closed-set slots people name in many words, each value with its synonyms in
    /// `Intents/entities/<slot>.yml` ("wfh" for remote).
    public var hasSynonyms = false
  }

  /// The slots with synonyms (see ``Row/hasSynonyms``), in case order.
  public static let withSynonyms: [SlotName] = allCases.filter { $0.row.hasSynonyms }

  /// The slot table (built once).
  public var row: Row { SlotName.table[position] }

  /// The rows of the slot table in case order.
  private static let table: [Row] = allCases.map(\.tableRow)

  /// The slot's position in the table (its case order), for storage indexed by slot.
  public var position: Int {
    switch self {
    case .teamSize: return 0
    case .budget: return 1
    case .budgetMin: return 2
    case .budgetPerPerson: return 3
    case .audience: return 4
    case .format: return 5
    case .theme: return 6
    case .idea: return 7
    case .kinds: return 8
    case .day: return 9
    case .year: return 10
    case .ordinal: return 11
    case .filename: return 12
    case .overwrite: return 13
    case .withoutKinds: return 14
    case .withoutIdeas: return 15
    }
  }

  /// A slot hashes and compares by its position, not by its JSON name.
  public func hash(into hasher: inout Hasher) { hasher.combine(position) }

  public static func == (lhs: SlotName, rhs: SlotName) -> Bool { lhs.position == rhs.position }

  private var tableRow: Row {
    let search: Set<Intent> = [.suggestIdeas, .planWeek, .refine, .cheaper]
    let searchAndDetails = search.union([.ideaDetails])
    switch self {
    case .teamSize: return Row(kind: .integer, isConstraint: true, intents: searchAndDetails)
    case .budget: return Row(kind: .money, isConstraint: true, intents: searchAndDetails)
    case .budgetMin: return Row(kind: .money, isConstraint: true, intents: search)
    case .budgetPerPerson: return Row(kind: .money, isConstraint: true, intents: searchAndDetails)
    case .audience:
      return Row(
        kind: .text, isConstraint: true, intents: searchAndDetails, values: Audience.allCases.map(\.rawValue),
        hasSynonyms: true)
    case .format:
      return Row(
        kind: .text, isConstraint: true, intents: searchAndDetails, values: Format.allCases.map(\.rawValue),
        hasSynonyms: true)
    case .theme:
      return Row(
        kind: .text, isConstraint: true, intents: search, values: Theme.allCases.map(\.rawValue),
        hasSynonyms: true)
    case .idea: return Row(kind: .text, isConstraint: true, intents: searchAndDetails, isContent: true)
    case .kinds:
      return Row(
        kind: .list, isConstraint: true, intents: search, values: Kind.allCases.map(\.rawValue),
        isContent: true, hasSynonyms: true)
    case .day:
      return Row(
        kind: .text, isConstraint: true, intents: [.planWeek, .refine],
        values: WorkDay.allCases.map(\.rawValue))
    case .year:
      return Row(
        kind: .integer, isConstraint: true, intents: [.suggestIdeas, .planWeek, .refine, .eventDate])
    case .ordinal: return Row(kind: .integer, isConstraint: false, intents: [.ideaDetails])
    case .filename: return Row(kind: .text, isConstraint: false, intents: [.exportPlan])
    case .overwrite: return Row(kind: .flag, isConstraint: false, intents: [.exportPlan])
    case .withoutKinds:
      return Row(
        kind: .list, isConstraint: true, intents: search, values: Kind.allCases.map(\.rawValue),
        isContent: true)
    case .withoutIdeas:
      return Row(kind: .list, isConstraint: true, intents: searchAndDetails, isContent: true)
    }
  }

  /// True for the slots that say what is wanted (an idea, kinds of idea, kinds left out), not for
  /// whom or how much.
  public var isContent: Bool { row.isContent }

  /// The slots a conversation keeps as constraints, in table order.
  public static let constraints = allCases.filter(\.row.isConstraint)

  /// Why `value` cannot be this slot's value, or nil when it can.
  public func problem(with value: Entity.Value) -> String? {
    let row = self.row
    func check(_ s: String) -> String? {
      guard let allowed = row.values else { return s.isEmpty ? "must not be empty" : nil }
      return allowed.contains(s) ? nil : "'\(s)' is not one of " + allowed.joined(separator: ", ")
    }
    switch (row.kind, value) {
    case (.integer, .int(let n)) where self == .teamSize:
      return n <= TeamSizeGrammar.range.upperBound
        ? nil : "must be at most \(TeamSizeGrammar.range.upperBound)"
    case (.integer, .int), (.flag, .flag):
      return nil
    case (.money, .money(let m)):
      return m.amount.isFinite && m.amount >= 0 ? nil : "the amount must be zero or more"
    case (.text, .text(let s)):
      return check(s)
    case (.list, .list(let items)):
      return items.isEmpty ? "must not be empty" : items.lazy.compactMap(check).first
    case (let kind, _):
      return kind.expectation
    }
  }

  public static func < (lhs: SlotName, rhs: SlotName) -> Bool { lhs.position < rhs.position }
}
