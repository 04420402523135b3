/// The slots an utterance can fill, with their JSON names.
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

  /// True for the slots that say what is wanted (an idea, kinds of idea), not for whom or how much.
  public var isContent: Bool { self == .idea || self == .kinds }

  public static func < (lhs: SlotName, rhs: SlotName) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
