/// What a reply suggests the person do next. The core says which hint; each front end words it:
/// the conversation says what to type (``ConversationHints``), the `ideas` and `plan` commands
/// which option to pass (the command line's own wording).
///
/// ```swift
/// ConversationHints().words(for: .giveTeamSize)  // "tell me your team size"
/// ```
public enum Hint: Sendable, Equatable {
  /// After a team size was assumed: how to give the real one (a phrase after "I assumed …; ").
  case giveTeamSize
  /// After a page of ideas: how to see more of them or one in full (a sentence).
  case seeMore
  /// When nothing suits the team at all: what to change (a sentence).
  case tryOtherConstraints
  /// When the week planned is over: how to plan this later year (a phrase before "for the next one").
  case planYear(Int)
  /// When a plan's ideas have cautions: how to read them (a phrase before "\"tell me more about …\"").
  case askDetails
  /// After a plan: how to save it (a sentence).
  case savePlan
  /// "more" past the last of `total` ideas (a sentence).
  case endOfList(total: Int)
  /// After a tiny team's light week: how to ask for two ideas a day (a phrase before "for two a day").
  case fullerWeek
}

/// How a front end words a ``Hint``.
public protocol HintWording: Sendable {
  func words(for hint: Hint) -> String
}

/// The conversation's wording of hints: what to say next.
public struct ConversationHints: HintWording {
  public init() {}

  public func words(for hint: Hint) -> String {
    switch hint {
    case .giveTeamSize: "tell me your team size"
    case .seeMore: "Say \"more\", \"cheaper\", or \"tell me more about #2\"."
    case .tryOtherConstraints: "Try \"start over\"."
    case .planYear(let year): "say \"plan it for \(year)\""
    case .askDetails: "ask"
    case .savePlan: "Say \"export the plan to plan.md\" to save it."
    case .endOfList(let total):
      "That's all \(total) ideas that fit. Try \"cheaper\", a different budget, or \"start over\"."
    case .fullerWeek: "say \"two a day\""
    }
  }
}
