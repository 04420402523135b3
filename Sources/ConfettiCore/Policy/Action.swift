/// What the policy decides to do with a line; ``Conversation`` carries it out and
/// ``ReplyComposer`` words the result.
public enum Action: Sendable, Equatable {
  /// Which idea a details answer is about.
  public enum IdeaReference: Sendable, Equatable {
    /// Named in the line (by id).
    case named(String)
    /// By its number in the list shown ("#2").
    case number(Int)
    /// The last one shown, or the only one.
    case lastShown
    /// The idea in focus: priced again for a team ("what would that cost for all 18?"), or the
    /// one whose sources are asked.
    case focus
    /// The least or most costly of the ideas that fit the search ("which is the cheapest?").
    case cheapest
    case dearest
    /// Not said: ask which.
    case unclear
  }

  /// Ask back before planning on a misleading reading.
  case clarify(Clarification)
  /// Apply the line's edits and show a first page of ideas.
  case search
  /// Apply the line's edits (and `extra` the policy read from the context) and redo the last search
  /// or plan.
  case refine(extra: [Edit])
  /// Apply the line's edits and plan the week.
  case plan
  /// What the plan shown comes to, day by day ("how much is the whole thing?").
  case planTotal
  case more
  case cheaper
  /// The free ideas of the last search ("which of those are free?").
  case onlyFree
  case details(IdeaReference)
  /// The citations of one idea ("where does the first one come from?").
  case sources(IdeaReference)
  /// What to watch out for with one idea ("any risks with that?").
  case cautions(IdeaReference)
  /// The week's dates (or facts about it) for a year, or the next week.
  case dates(year: Int?)
  case export(overwrite: Bool)
  case help
  case greet
  case thanks
  case goodbye
  case reset
  case refuse

  /// The intent the answer stands for, as `--json` and `eval` report it.
  public var intent: Intent {
    switch self {
    case .clarify, .search: return .suggestIdeas
    case .refine: return .refine
    case .plan, .planTotal: return .planWeek
    case .more: return .more
    case .cheaper, .onlyFree: return .cheaper
    case .details, .cautions: return .ideaDetails
    case .sources: return .ideaSources
    case .dates: return .eventDate
    case .export: return .exportPlan
    case .help: return .help
    case .greet: return .greet
    case .thanks: return .thanks
    case .goodbye: return .goodbye
    case .reset: return .reset
    case .refuse: return .outOfScope
    }
  }
}
