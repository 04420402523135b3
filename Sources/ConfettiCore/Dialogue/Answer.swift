/// Everything Confetti says in response to one line: the understanding, the
/// constraints now in force, the reply text and what the answer is (``Content``).
///
/// ```swift
/// var chat = Conversation(catalogue: .builtin, today: CivilDate(year: 2026, month: 11, day: 23))
/// switch chat.respond(to: "when is CSW 2027?").content {
/// case .dates(let week): print(week.start)  // 2027-10-04
/// default: break
/// }
/// ```
public struct Answer: Sendable {
  /// What an answer can be; renderers switch over it.
  public enum Content: Sendable {
    /// A page of ideas (or the nearest options when nothing fits).
    case ideas(IdeasPage)
    /// One idea in full, priced for the team.
    case details(Suggestion)
    /// A week plan.
    case plan(WeekPlan)
    /// The dates of Customer Service Week.
    case dates(ServiceWeekCalendar.Week)
    /// Where an idea comes from: its citations.
    case sources(Idea)
    /// A plan to save, for the front end to write; `writtenTo` is where it went, once written.
    case export(ExportRequest, writtenTo: String? = nil)
    /// Words only: a greeting, help, a question back, a refusal; `ends` for goodbye.
    case smallTalk(ends: Bool = false)
    /// A line that could not be read (bad bytes, too long, empty).
    case problem(InputProblem)
    /// A question back before planning on a misleading reading (a budget in rupees, 0 people).
    case clarify(Clarification)
  }

  /// A page of a search.
  public struct IdeasPage: Sendable {
    /// Ideas shown, or the nearest options when nothing fits.
    public var shown: [Suggestion]
    /// True when ``shown`` are the nearest options outside the budget, not fitting ideas.
    public var nearest = false
    /// The position of the first shown idea in the whole ranked list (for "more").
    public var offset = 0
    /// How many ideas fit in all.
    public var total: Int
    /// The idea asked for by name, priced for the team, and whether it fits.
    public var named: (suggestion: Suggestion, status: Suggester.NamedStatus)?
    /// How the kinds asked for were met, when kinds were asked for.
    public var kinds: Suggester.KindCoverage?
    /// Content words of the line that no idea of the catalogue has (an activity it lacks).
    public var missing: [String] = []
    /// Things the line left out that no idea involves ("no gambling"): nothing was left out.
    public var leftOutAbsent: [String] = []

    public init(
      shown: [Suggestion], nearest: Bool = false, offset: Int = 0, total: Int,
      named: (suggestion: Suggestion, status: Suggester.NamedStatus)? = nil,
      kinds: Suggester.KindCoverage? = nil
    ) {
      self.shown = shown
      self.nearest = nearest
      self.offset = offset
      self.total = total
      self.named = named
      self.kinds = kinds
    }
  }

  public var input: String
  public var understanding: IntentMatcher.Result?
  /// The name of the policy rule that chose the answer (see ``Policy/rules``).
  public var rule: String?
  /// Constraints in force after this line.
  public var context: Constraints
  public var reply: Reply
  public var content: Content

  public init(
    input: String, understanding: IntentMatcher.Result?, context: Constraints, reply: Reply,
    content: Content = .smallTalk()
  ) {
    self.input = input
    self.understanding = understanding
    self.context = context
    self.reply = reply
    self.content = content
  }

  // Views of the content, for callers that look for one kind of answer.

  /// The ideas shown, if this is a page of ideas.
  public var ideas: [Suggestion] {
    if case .ideas(let page) = content { return page.shown }
    return []
  }

  public var page: IdeasPage? {
    if case .ideas(let page) = content { return page }
    return nil
  }

  public var plan: WeekPlan? {
    if case .plan(let p) = content { return p }
    return nil
  }

  public var detail: Suggestion? {
    if case .details(let s) = content { return s }
    return nil
  }

  public var dates: ServiceWeekCalendar.Week? {
    if case .dates(let w) = content { return w }
    return nil
  }

  public var export: ExportRequest? {
    if case .export(let r, _) = content { return r }
    return nil
  }

  /// The file the front end wrote the plan to.
  public var exportedPath: String? {
    if case .export(_, let path) = content { return path }
    return nil
  }

  public var problem: InputProblem? {
    if case .problem(let p) = content { return p }
    return nil
  }

  public var clarification: Clarification? {
    if case .clarify(let c) = content { return c }
    return nil
  }

  /// True when the conversation should end (goodbye).
  public var endsSession: Bool {
    if case .smallTalk(let ends) = content { return ends }
    return false
  }
}
