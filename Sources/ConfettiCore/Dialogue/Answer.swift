/// Everything Confetti says in response to one line: the understanding, the
/// constraints now in force, the reply text and the structured results.
public struct Answer: Sendable {
  public var input: String
  public var understanding: IntentMatcher.Result?
  /// Constraints in force after this line.
  public var context: Constraints
  public var reply: Reply
  /// Ideas shown (a page of a search), or the nearest options when nothing fits.
  public var ideas: [Suggestion] = []
  /// True when ``ideas`` are the nearest options outside the budget, not fitting ideas.
  public var ideasAreNearest = false
  /// The position of the first shown idea in the whole ranked list (for "more").
  public var offset = 0
  /// How many ideas fit in all.
  public var totalMatches: Int?
  /// The idea asked for by name, priced for the team, and whether it fits.
  public var named: (suggestion: Suggestion, status: Suggester.NamedStatus)?
  public var plan: WeekPlan?
  public var dates: ServiceWeekCalendar.Week?
  /// The idea whose details were asked for, priced for the team.
  public var detail: Suggestion?
  /// A plan to save, for the front end to write (or hand back); ``reply`` says it is ready.
  public var export: ExportRequest?
  /// The file the front end wrote the plan to.
  public var exportedPath: String?
  public var problem: InputProblem?
  /// True when the conversation should end (goodbye).
  public var endsSession = false

  public init(input: String, understanding: IntentMatcher.Result?, context: Constraints, reply: Reply) {
    self.input = input
    self.understanding = understanding
    self.context = context
    self.reply = reply
  }
}
