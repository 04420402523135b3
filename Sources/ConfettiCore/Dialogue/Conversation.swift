/// One conversation: each line goes through the four stages, each in one place — understanding
/// (``FrameReader``: intent and typed edits), the tracker (``DialogueState/apply(_:)``), the policy
/// (``Policy``: one ordered table of named rules) and the wording (``ReplyComposer``). Constraints
/// persist until changed or "start over".
///
/// ```swift
/// var chat = Conversation(catalogue: .builtin, today: CivilDate(year: 2026, month: 11, day: 23))
/// chat.respond(to: "ideas for 10 people under $200").ideas.count  // 5
/// chat.respond(to: "what about 40 people?").context.teamSize      // 40, budget still $200
/// chat.respond(to: "#2").detail?.idea.name                         // the 2nd idea shown
/// chat.respond(to: "#2").rule                                      // "number_after_list"
/// ```
public struct Conversation: Sendable {
  public let catalogue: Catalogue
  public let matcher: IntentMatcher
  public var today: CivilDate
  public var pageSize = 5

  public private(set) var state = DialogueState()
  /// The constraints in force.
  public var context: Constraints { state.constraints }

  public init(catalogue: Catalogue, matcher: IntentMatcher? = nil, today: CivilDate) {
    self.catalogue = catalogue
    self.matcher = matcher ?? IntentMatcher(catalogue: catalogue)
    self.today = today
  }

  /// The answer to a line that could not be read (bad bytes, too long, empty).
  public func respond(to problem: InputProblem, input: String) -> Answer {
    Answer(
      input: input, understanding: nil, context: context, reply: Reply(problem.message),
      content: .problem(problem))
  }

  /// Notes that the front end could not write an export because the file exists, so that
  /// "overwrite it" next carries it out.
  public mutating func exportRefused(file: String) {
    state.last = .exported(file: file)
  }

  public mutating func respond(to line: String) -> Answer {
    let frame = FrameReader(matcher: matcher).read(line, today: today)
    let (rule, action) = Policy.decide(state, frame)
    let shownIntent = isClarify(action) ? frame.intent : action.intent
    var answer = Answer(
      input: line, understanding: frame.understanding.read(as: shownIntent), context: context, reply: Reply())
    answer.rule = rule.name
    let composer = ReplyComposer(today: today)
    let teamBefore = state.constraints.teamSize
    var last: DialogueState.Last = .other
    switch action {
    case .clarify(let question):
      answer.understanding = frame.understanding
      answer.content = .clarify(question)
      answer.reply = composer.clarify(question)
      last = .clarified(question)
    case .search:
      let hadSearch = state.search != nil
      let changed = apply(frame)
      if !frame.statesBudget { state.constraints.maxCost = nil }
      search(
        into: &answer, lead: composer.lead(changed: hadSearch ? changed : [], context: context),
        missing: frame.missing, absent: frame.leftOutAbsent, count: frame.understanding.ideaCount)
      last = .ideas
    case .refine(let extra):
      let changed = apply(frame, extra: extra)
      if state.search == .plan {
        let idea = context.idea.flatMap { catalogue.idea(id: $0)?.name }
        makePlan(into: &answer, lead: composer.lead(changed: changed, context: context, idea: idea))
        last = .plan
      } else {
        search(
          into: &answer, lead: composer.lead(changed: changed, context: context), missing: frame.missing,
          absent: frame.leftOutAbsent, count: frame.understanding.ideaCount)
        last = .ideas
      }
    case .plan:
      apply(frame)
      makePlan(into: &answer, lead: nil)
      last = .plan
    case .planTotal:
      if let plan = state.plan {
        answer.content = .plan(plan)
        answer.reply = ReplyComposer(today: today).planTotal(plan)
      }
      last = .plan
    case .more:
      more(into: &answer, count: frame.understanding.ideaCount)
      last = .ideas
    case .cheaper:
      last = cheaper(frame, into: &answer)
    case .onlyFree:
      state.constraints.maxCost = 0
      search(into: &answer, lead: composer.freeOnesLead(), explainingNamed: false)
      last = .ideas
    case .details(let reference):
      last = details(reference, frame: frame, into: &answer)
    case .sources(let reference):
      last = sources(reference, frame: frame, into: &answer)
    case .cautions(let reference):
      last = details(reference, frame: frame, into: &answer)
      if case .details(let s) = answer.content {
        answer.reply = ReplyComposer(today: today).cautions(of: s.idea)
      }
    case .dates(let year):
      last = .dates(year: dates(year: year, line: line, into: &answer))
    case .export(let overwrite):
      export(frame, overwrite: overwrite, into: &answer)
    case .help:
      answer.reply = composer.help()
    case .greet:
      answer.reply = composer.greeting()
    case .thanks:
      answer.reply = composer.thanks()
    case .goodbye:
      answer.reply = composer.goodbye()
      answer.content = .smallTalk(ends: true)
    case .reset:
      state = DialogueState()
      answer.reply = composer.startOver()
    case .refuse:
      answer.reply = composer.outOfScope()
    }
    if case .export = action {} else { state.last = last }
    if teamBefore == nil, let note = assumedTeamChange(frame, action) { answer.reply.note(note) }
    answer.context = context
    return answer
  }

  /// "plus 5 more" with no team size said: the note that says what it was added to, instead of
  /// silently adding to the assumed team.
  private func assumedTeamChange(_ frame: Frame, _ action: Action) -> String? {
    var edits = frame.edits
    switch action {
    case .search, .plan: break
    case .refine(let extra): edits += extra
    default: return nil
    }
    var relative = false
    for edit in edits {
      guard case .teamSize(let count) = edit else { continue }
      if case .set = count { return nil }
      relative = true
    }
    guard relative, let now = context.teamSize else { return nil }
    return ReplyComposer(today: today).assumedTeamChanged(now: now)
  }

  private func isClarify(_ action: Action) -> Bool {
    if case .clarify = action { return true }
    return false
  }

  /// Applies a line's edits (and the content words of a search) through the one ``DialogueState/apply(_:)``.
  @discardableResult
  private mutating func apply(_ frame: Frame, extra: [Edit] = []) -> [SlotName] {
    var edits = frame.edits + extra
    let terms = matcher.known(frame.understanding.terms)
    if !terms.isEmpty { edits.append(.terms(terms)) }
    return state.apply(edits)
  }

  /// True when the line asks how long until the week: "how many days until CSW", "how soon is it".
  static func asksHowLong(_ line: String) -> Bool {
    let words = Tokenizer.tokenize(line).map(\.text)
    if words.contains("days") || words.contains("countdown") { return true }
    for (i, w) in words.enumerated() where w == "how" && i + 1 < words.count {
      if ["long", "soon", "far"].contains(words[i + 1]) { return true }
    }
    return false
  }

  /// A search under the context. `explainingNamed` says whether a named idea that did not make
  /// the list is explained first; "cheaper" asks for less, so there it goes unmentioned.
  private mutating func search(
    into answer: inout Answer, lead: String?, missing: [String] = [], absent: [String] = [],
    count: Int? = nil, explainingNamed: Bool = true
  ) {
    let result = Suggester(catalogue: catalogue).suggest(context)
    state.search = .ideas
    state.ranked = result.ranked
    state.offset = 0
    state.pageSize = count ?? pageSize
    state.shown = Array(result.ranked.prefix(state.pageSize))
    // The idea asked for by name, or the only one shown, is what "what would it cost for 80?" is about.
    state.focus = result.named?.suggestion.idea ?? (state.shown.count == 1 ? state.shown[0].idea : nil)
    var page = Conversation.firstPage(result, size: state.pageSize, named: explainingNamed)
    page.missing = missing
    page.leftOutAbsent = absent
    answer.content = .ideas(page)
    answer.reply = ReplyComposer(today: today).ideas(page, context: context, lead: lead)
  }

  /// The first page of a search, or the nearest options when nothing fits.
  static func firstPage(_ result: Suggester.Result, size: Int, named: Bool = true) -> Answer.IdeasPage {
    let named = named ? result.named : nil
    guard !result.ranked.isEmpty else {
      return Answer.IdeasPage(shown: result.nearest, nearest: true, total: 0, named: named)
    }
    return Answer.IdeasPage(
      shown: Array(result.ranked.prefix(size)), total: result.ranked.count, named: named, kinds: result.kinds)
  }

  /// Ideas whose names hold a content word of the line ("the house": House Band and the Open
  /// House), for asking which one was meant; none when the words fit too many to list.
  func ideasNamed(byAnyOf terms: [String]) -> [Idea] {
    guard !terms.isEmpty else { return [] }
    let ids = Set(terms.flatMap(matcher.ideas(namedBy:)))
    let found = catalogue.ideas.filter { ids.contains($0.id) }
    return found.count <= 4 ? found : []
  }

  /// The week a plan is for: the year asked for, or the next Customer Service Week.
  func week(for c: Constraints) -> ServiceWeekCalendar.Week {
    c.year.map { ServiceWeekCalendar.week(of: $0) } ?? ServiceWeekCalendar.next(after: today)
  }

  // MARK: Actions

  private mutating func more(into answer: inout Answer, count: Int?) {
    guard state.search == .ideas else {
      search(into: &answer, lead: nil, count: count)
      return
    }
    let next = state.offset + state.pageSize
    if let count { state.pageSize = count }
    guard next < state.ranked.count else {
      answer.content = .ideas(Answer.IdeasPage(shown: [], offset: next, total: state.ranked.count))
      answer.reply = ReplyComposer(today: today).endOfList(total: state.ranked.count)
      return
    }
    state.offset = next
    state.shown = Array(state.ranked[next..<min(next + state.pageSize, state.ranked.count)])
    let page = Answer.IdeasPage(shown: state.shown, offset: next, total: state.ranked.count)
    answer.content = .ideas(page)
    answer.reply = ReplyComposer(today: today).ideas(page, context: context, lead: nil)
  }

  private mutating func cheaper(_ frame: Frame, into answer: inout Answer) -> DialogueState.Last {
    let composer = ReplyComposer(today: today)
    if frame.statesBudget || state.search == nil {
      // A first line ("cheap outdoor things for 35") or a new budget: a search with what it says.
      let hadSearch = state.search != nil
      let changed = apply(frame)
      search(into: &answer, lead: hadSearch ? composer.lead(changed: changed, context: context) : nil)
      return .ideas
    }
    apply(frame)
    if state.search == .plan, let previous = state.plan {
      cheaperPlan(than: previous, into: &answer)
      return .plan
    }
    guard !state.shown.isEmpty else {
      search(into: &answer, lead: nil)
      return .ideas
    }
    guard let ceiling = Conversation.cheaperCeiling(state.shown.map(\.cost)) else {
      answer.reply = composer.allFree()
      return .ideas
    }
    state.constraints.maxCost = ceiling
    search(
      into: &answer, lead: composer.cheaperLead(ceiling: ceiling, context: context), explainingNamed: false)
    return .ideas
  }

  /// What "cheaper" after a list means: less than the middle price of the ideas just shown (after
  /// ideas from $14 to $150, those under the middle one, not only the free ones); when at least
  /// half are free, less than the cheapest paid one. Nil when every idea shown is free.
  static func cheaperCeiling(_ costs: [Double]) -> Double? {
    let sorted = costs.sorted()
    guard let cheapestPaid = sorted.first(where: { $0 > 0 }) else { return nil }
    let middle = sorted[(sorted.count - 1) / 2]
    return middle > 0 ? middle : cheapestPaid
  }

  /// After a plan, "cheaper" plans again within three quarters of what the last plan cost,
  /// which becomes the budget in force (so the context says what the plan was held to).
  private mutating func cheaperPlan(than previous: WeekPlan, into answer: inout Answer) {
    let composer = ReplyComposer(today: today)
    guard previous.totalCost > 0 else {
      answer.reply = composer.planAlreadyFree()
      return
    }
    // In the plan's currency, rounded down to a whole unit: a plan in pounds stays in pounds.
    let price = previous.price
    let ceiling = Money(
      amount: (price.exact(previous.totalCost * 0.75).amount).rounded(.down), currency: price.currency)
    state.apply([.budget(.total(Edit.Amount(ceiling.amount, currency: ceiling.currency)))])
    makePlan(
      into: &answer, lead: composer.cheaperPlanLead(ceiling: ceiling, previous: previous.totalCost, price))
  }

  private mutating func makePlan(into answer: inout Answer, lead: String?) {
    let plan = WeekPlanner(catalogue: catalogue).teamPlan(context, week: week(for: context))
    state.plan = plan
    state.search = .plan
    state.shown = plan.days.flatMap(\.items)
    state.ranked = []
    state.offset = 0
    answer.content = .plan(plan)
    answer.reply = ReplyComposer(today: today).plan(plan, context: context, lead: lead)
  }

  /// The idea a reference points at, or the reply saying why there is none.
  private func idea(_ reference: Action.IdeaReference, frame: Frame) -> Result<Idea, ReplyError> {
    let composer = ReplyComposer(today: today)
    switch reference {
    case .named(let id):
      return catalogue.idea(id: id).map { .success($0) } ?? .failure(ReplyError(composer.whichIdea()))
    case .number(let k):
      return state.idea(numbered: k).map { .success($0) }
        ?? .failure(ReplyError(composer.noSuchNumber(shown: state.shownLabels)))
    case .cheapest, .dearest:
      // What each costs the week; a year-round stipend is no week's cheapest or dearest.
      let weekly = state.ranked.filter { $0.cost == $0.weekCost }
      let costs = weekly.isEmpty ? state.ranked : weekly
      let pick =
        reference == .cheapest ? costs.min { $0.cost < $1.cost } : costs.max { $0.cost < $1.cost }
      return pick.map { .success($0.idea) } ?? .failure(ReplyError(composer.whichIdea()))
    case .lastShown:
      return state.shown.last.map { .success($0.idea) } ?? .failure(ReplyError(composer.whichIdea()))
    case .focus:
      return state.focus.map { .success($0) } ?? .failure(ReplyError(composer.whichIdea()))
    case .unclear:
      // A word of one idea's name and of no other ("the potluck") names that idea.
      let candidates = ideasNamed(byAnyOf: frame.understanding.terms)
      if candidates.count == 1 { return .success(candidates[0]) }
      return .failure(ReplyError(composer.whichIdea(among: candidates)))
    }
  }

  /// A reply that stands instead of an answer (no such idea, which one).
  struct ReplyError: Error {
    var reply: Reply
    init(_ reply: Reply) { self.reply = reply }
  }

  private mutating func details(
    _ reference: Action.IdeaReference, frame: Frame, into answer: inout Answer
  ) -> DialogueState.Last {
    let composer = ReplyComposer(today: today)
    let idea: Idea
    switch self.idea(reference, frame: frame) {
    case .failure(let e):
      answer.reply = e.reply
      return .other
    case .success(let found):
      idea = found
    }
    let teamSize = frame.teamSize ?? context.effectiveTeamSize
    var c = context
    c.teamSize = teamSize
    let limit = c.totalBudget
    // The tier the suggestions would show, so "#2" costs what the list said.
    let tier = Suggester.tier(for: idea, c, limit: limit) ?? idea.moderateTier
    let s = Suggestion(idea: idea, tier: tier, teamSize: teamSize, guests: c.guests)
    answer.content = .details(s)
    state.focus = idea
    answer.reply =
      reference == .focus && frame.teamSize != nil
      ? composer.repriced(s, budget: limit, currency: c.currency)
      : composer.details(
        s, budget: limit, assumedTeamSize: frame.teamSize == nil && context.teamSize == nil,
        currency: c.currency)
    if reference == .cheapest || reference == .dearest {
      let free = reference == .cheapest ? state.ranked.filter { $0.cost == 0 }.count : 0
      let lead = composer.priceExtremeLead(
        cheapest: reference == .cheapest, of: state.ranked.count, free: free)
      answer.reply.lines.insert(contentsOf: lead.lines, at: 0)
    }
    return .details
  }

  /// The citations of the idea in focus (or named, or the only one shown).
  private mutating func sources(
    _ reference: Action.IdeaReference, frame: Frame, into answer: inout Answer
  ) -> DialogueState.Last {
    let composer = ReplyComposer(today: today)
    let idea: Idea
    switch self.idea(reference, frame: frame) {
    case .success(let found): idea = found
    case .failure(let error):
      answer.reply = error.reply
      return .other
    }
    state.focus = idea
    answer.content = .sources(idea)
    answer.reply = composer.sources(of: idea)
    return .sources
  }

  /// Words the dates (or facts) of a year, or of the next week; returns the year answered.
  private func dates(year: Int?, line: String, into answer: inout Answer) -> Int {
    let composer = ReplyComposer(today: today)
    var week: ServiceWeekCalendar.Week? =
      year.map { ServiceWeekCalendar.week(of: $0) } ?? ServiceWeekCalendar.next(after: today)
    if let y = year, y < ServiceWeekCalendar.firstNationalYear { week = nil }
    if let week { answer.content = .dates(week) }
    let topics = FactTopic.asked(in: Tokenizer.tokenize(line).map(\.text)).filter(FactTopic.answered.contains)
    if !topics.isEmpty {
      answer.reply = composer.facts(about: topics, year: year, catalogue: catalogue)
    } else {
      answer.reply = composer.dates(
        year: year, week: week, catalogue: catalogue, countdown: Conversation.asksHowLong(line))
    }
    return year ?? week?.start.year ?? today.year
  }

  /// An export request for the front end to carry out; the name follows ``ExportName``.
  private mutating func export(_ frame: Frame, overwrite: Bool, into answer: inout Answer) {
    let composer = ReplyComposer(today: today)
    var refusedFile: String?
    if case .exported(let file) = state.last { refusedFile = file }
    state.last = .other
    guard let plan = state.plan else {
      answer.reply = composer.noPlanToExport()
      return
    }
    let name = frame.filename ?? (overwrite ? refusedFile : nil)
    switch ExportName.resolve(name, year: plan.week.start.year) {
    case .failure(let refusal):
      answer.reply = composer.exportRefused(refusal, name: name ?? "")
    case .success(let path):
      let format = ExportFormat(path: path)
      let contents =
        format == .calendar
        ? CalendarRenderer.render(plan, stamp: .init(date: today)) : MarkdownRenderer.render(plan)
      let request = ExportRequest(
        path: path, overwrite: overwrite, format: format, contents: contents, span: plan.week.span)
      answer.content = .export(request)
      answer.reply = composer.exportReady(request)
      state.last = .exported(file: path)
    }
  }
}
