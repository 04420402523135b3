/// What a person wants from one line.
public enum Intent: String, Sendable, CaseIterable, Comparable {
  case suggestIdeas = "suggest_ideas"
  case planWeek = "plan_week"
  case ideaDetails = "idea_details"
  /// Where an idea comes from: its citations ("where does that come from?").
  case ideaSources = "idea_sources"
  case eventDate = "event_date"
  /// A follow-up that changes constraints: "what about 40 people?", "and remote".
  case refine
  /// The next ideas of the same search.
  case more
  /// Ideas cheaper than those just shown.
  case cheaper
  case exportPlan = "export_plan"
  case help
  case greet
  case thanks
  case goodbye
  case reset
  case outOfScope = "out_of_scope"

  /// Slots that make sense for this intent (from the slot table); others found in the text are dropped.
  public var allowedSlots: Set<SlotName> { Intent.allowed[self] ?? [] }

  static let allowed: [Intent: Set<SlotName>] = Dictionary(
    uniqueKeysWithValues: allCases.map { intent in
      (intent, Set(SlotName.allCases.filter { $0.row.intents.contains(intent) }))
    })

  /// The intents the classifier learns; the others (``ideaSources``) only the policy chooses, from
  /// the words and the conversation (see ``Policy``).
  public static let classified = allCases.filter { $0 != .ideaSources }

  /// Small talk: a greeting, thanks or goodbye, answered in kind.
  public var isSmallTalk: Bool { self == .greet || self == .thanks || self == .goodbye }

  /// An intent that acts on Customer Service Week planning (ideas, plans, details, dates, edits,
  /// export, reset): everything but small talk, help and out of scope. An unrelated line given one
  /// of these gets a confident wrong answer, not a polite refusal.
  public var isDomainTask: Bool { !isSmallTalk && self != .help && self != .outOfScope }

  public static func < (lhs: Intent, rhs: Intent) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
