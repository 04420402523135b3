/// One conversation: understands each line in the light of what came before
/// and answers it. Constraints persist until changed or "start over".
///
/// ```swift
/// var chat = Conversation(catalogue: .builtin, today: CivilDate(year: 2026, month: 11, day: 23))
/// chat.respond(to: "ideas for 10 people under $200").ideas.count  // 5
/// chat.respond(to: "what about 40 people?").context.teamSize      // 40, budget still $200
/// chat.respond(to: "#2").detail?.idea.name                         // the 2nd idea shown
/// ```
public struct Conversation: Sendable {
  enum Search: Sendable {
    case ideas
    case plan
  }

  public let catalogue: Catalogue
  public let matcher: IntentMatcher
  public var today: CivilDate
  public var pageSize = 5
  /// The size of the pages of the current search: ``pageSize``, or the count its line asked for.
  var currentPageSize = 5

  public private(set) var context = Constraints()
  var lastSearch: Search?
  var ranked: [Suggestion] = []
  var offset = 0
  var shown: [Suggestion] = []
  var lastPlan: WeekPlan?
  /// How many ideas the line being answered asks for, if it says ("give me 3 ideas").
  var asked: Int?
  /// The idea whose details the last answer showed: what a price question right after it
  /// ("what would that cost for all 18?") is about.
  var lastDetailed: Idea?

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

  public mutating func respond(to line: String) -> Answer {
    let detailed = lastDetailed
    lastDetailed = nil
    var understanding = reading(of: matcher.match(line, today: today))
    // Right after an idea's details, a price for a team ("what would that cost for all 18?") is
    // that idea's price for them.
    if detailed != nil, Conversation.asksPriceForTeam(understanding, line: line) {
      understanding = understanding.read(as: .ideaDetails)
    }
    asked = understanding.ideaCount
    var answer = Answer(input: line, understanding: understanding, context: context, reply: Reply())
    let slots = understanding.slots
    let composer = ReplyComposer(today: today)
    let intent = understanding.intent
    // What a search may use: asked for only by the lines that search, so others never build the index.
    var terms: [String] { matcher.known(understanding.terms) }
    // A budget in rupees, below zero, or a team of 0: ask, and change nothing, rather than mislead.
    let planning: Set<Intent> = [.suggestIdeas, .refine, .planWeek, .cheaper, .ideaDetails]
    if planning.contains(intent),
      let question = Clarification.needed(for: slots, entities: understanding.entities)
    {
      answer.content = .clarify(question)
      answer.reply = composer.clarify(question)
      return answer
    }
    switch intent {
    case .suggestIdeas:
      let hadSearch = lastSearch != nil
      let changed = context.apply(slots, terms: terms) + applyEdits(understanding.edits)
      if !hasBudgetSlot(slots) { context.maxCost = nil }
      search(into: &answer, lead: composer.lead(changed: hadSearch ? changed : [], context: context))
    case .refine:
      let changed = context.apply(slots, terms: terms) + applyEdits(understanding.edits)
      if lastSearch == .plan {
        let idea = context.idea.flatMap { catalogue.idea(id: $0)?.name }
        makePlan(
          into: &answer, lead: composer.lead(changed: changed, context: context, idea: idea),
          composer: composer)
      } else {
        search(into: &answer, lead: composer.lead(changed: changed, context: context))
      }
    case .planWeek:
      context.apply(slots, terms: terms)
      applyEdits(understanding.edits)
      makePlan(into: &answer, lead: nil, composer: composer)
    case .more:
      more(into: &answer)
    case .cheaper:
      cheaper(slots, terms: terms, into: &answer)
    case .ideaDetails:
      details(
        slots, terms: understanding.terms, last: understanding.refersToLast, detailed: detailed,
        into: &answer,
        composer: composer)
    case .eventDate:
      let year = slots.year
      var week: ServiceWeekCalendar.Week? =
        year.map { ServiceWeekCalendar.week(of: $0) } ?? ServiceWeekCalendar.next(after: today)
      if let y = year, y < ServiceWeekCalendar.firstNationalYear { week = nil }
      if let week { answer.content = .dates(week) }
      let topics = FactTopic.asked(in: Tokenizer.tokenize(line).map(\.text)).filter(
        FactTopic.answered.contains)
      if !topics.isEmpty {
        answer.reply = composer.facts(about: topics, year: year, catalogue: catalogue)
      } else {
        answer.reply = composer.dates(
          year: year, week: week, catalogue: catalogue, countdown: Conversation.asksHowLong(line))
      }
    case .exportPlan:
      export(slots, into: &answer, composer: composer)
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
      self = Conversation(catalogue: catalogue, matcher: matcher, today: today)
      answer.reply = composer.startOver()
    case .outOfScope:
      answer.reply = composer.outOfScope()
    }
    answer.context = context
    return answer
  }

  /// Applies changes stated against what is in force; returns the slots that changed.
  /// "no budget limit" drops every budget, "double the budget" scales the total (or the amount per
  /// person), "add 5 more people" adds to the team, "not remote" and "without customers" switch to
  /// the other format or audience.
  @discardableResult
  private mutating func applyEdits(_ edits: [EntityParser.Cue]) -> [SlotName] {
    var changed: [SlotName] = []
    for e in edits {
      switch e.name {
      case "budget_off":
        if context.budget != nil || context.budgetPerPerson != nil || context.budgetMin != nil {
          context.budget = nil
          context.budgetPerPerson = nil
          context.budgetMin = nil
          changed.append(.budget)
        }
        context.maxCost = nil
      case "budget_scale":
        guard let factor = e.value.flatMap(Double.init) else { continue }
        if var b = context.budget {
          b.amount = (b.amount * factor * 100).rounded() / 100
          context.budget = b
          context.budgetMin = nil
          changed.append(.budget)
        } else if var pp = context.budgetPerPerson {
          pp.amount = (pp.amount * factor * 100).rounded() / 100
          context.budgetPerPerson = pp
          changed.append(.budgetPerPerson)
        }
        context.maxCost = nil
      case "add_people":
        guard let n = e.value.flatMap(Int.init) else { continue }
        context.teamSize = min(context.effectiveTeamSize + n, TeamSizeGrammar.range.upperBound)
        changed.append(.teamSize)
      case "not_format":
        let ruledOut = e.value.flatMap(Format.init(rawValue:))
        let other: Format? = ruledOut == .remote ? .inPerson : ruledOut == .inPerson ? .remote : nil
        context.format = other
        changed.append(.format)
      case "without_audience":
        let left = e.value.flatMap(Audience.init(rawValue:))
        context.audience = left == .customers ? .employees : .customers
        changed.append(.audience)
      default:
        continue
      }
    }
    return changed
  }

  /// True when the line asks what something costs for a number of people and names no idea, kind
  /// or list number of its own: "what would that cost for all 18?", "how much for 30 people".
  static func asksPriceForTeam(_ u: IntentMatcher.Result, line: String) -> Bool {
    // The entities, not the slots: a refused line keeps none of its slots.
    guard u.entities.contains(where: { $0.slot == .teamSize }),
      !u.entities.contains(where: { $0.slot.isContent || $0.slot == .ordinal || $0.slot == .budget })
    else { return false }
    let words = Tokenizer.tokenize(line).map(\.text)
    if words.contains(where: { WordLists.priceWords.contains($0) || $0 == "pricing" }) { return true }
    return zip(words, words.dropFirst()).contains { $0 == "how" && $1 == "much" }
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

  /// The matcher's reading of a line, settled by what came before it. Each rule only ever
  /// reads a line as a refinement; the last turns a refinement with nothing before it into a
  /// first request.
  func reading(of understanding: IntentMatcher.Result) -> IntentMatcher.Result {
    var u = understanding
    // "More" that names an idea or a kind ("food please", "more music ones") asks for that.
    if u.intent == .more && u.entities.contains(where: \.slot.isContent) { u = u.read(as: .refine) }
    // Content with no group after a search ("music", "something musical"): the group is the search's.
    if u.intent == .outOfScope && u.carriesContent && lastSearch != nil { u = u.read(as: .refine) }
    // A day for an idea after a plan ("what about a house band on friday") changes the plan.
    if lastSearch == .plan, [.ideaDetails, .suggestIdeas].contains(u.intent),
      u.entities.contains(where: { $0.slot == .day })
    {
      u = u.read(as: .refine)
    }
    // A follow-up with nothing before it is a first request ("we've got $2k and 25 people").
    if u.intent == .refine && lastSearch == nil { u = u.read(as: .suggestIdeas) }
    return u
  }

  private func hasBudgetSlot(_ s: Slots) -> Bool { s.budget != nil || s.budgetPerPerson != nil }

  /// A search under the context. `explainingNamed` says whether a named idea that did not make
  /// the list is explained first; "cheaper" asks for less, so there it goes unmentioned.
  private mutating func search(into answer: inout Answer, lead: String?, explainingNamed: Bool = true) {
    let result = Suggester(catalogue: catalogue).suggest(context)
    lastSearch = .ideas
    ranked = result.ranked
    offset = 0
    currentPageSize = asked ?? pageSize
    shown = Array(ranked.prefix(currentPageSize))
    let page = Conversation.firstPage(result, size: currentPageSize, named: explainingNamed)
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
    let found = catalogue.ideas.filter { idea in
      let words = Set(RelevanceIndex.terms(of: idea.name))
      return terms.contains(where: words.contains)
    }
    return found.count <= 4 ? found : []
  }

  /// The week a plan is for: the year asked for, or the next Customer Service Week.
  func week(for c: Constraints) -> ServiceWeekCalendar.Week {
    c.year.map { ServiceWeekCalendar.week(of: $0) } ?? ServiceWeekCalendar.next(after: today)
  }

  // MARK: Answers from options (the `ideas` and `plan` commands), worded for options

  /// The first `limit` ideas for `c`, or the nearest options when nothing fits.
  public func ideas(for c: Constraints, limit: Int) -> Answer {
    let page = Conversation.firstPage(Suggester(catalogue: catalogue).suggest(c), size: limit)
    let reply = ReplyComposer(today: today, voice: .options).ideas(page, context: c, lead: nil)
    return Answer(input: "", understanding: nil, context: c, reply: reply, content: .ideas(page))
  }

  /// A plan of the week for `c` (the next Customer Service Week unless `c.year` says otherwise).
  public func plan(for c: Constraints) -> Answer {
    let plan = WeekPlanner(catalogue: catalogue).plan(c, week: week(for: c))
    let reply = ReplyComposer(today: today, voice: .options).plan(plan, context: c, lead: nil)
    return Answer(input: "", understanding: nil, context: c, reply: reply, content: .plan(plan))
  }

  private mutating func more(into answer: inout Answer) {
    guard lastSearch == .ideas else {
      search(into: &answer, lead: nil)
      return
    }
    let next = offset + currentPageSize
    if let asked { currentPageSize = asked }
    guard next < ranked.count else {
      answer.content = .ideas(Answer.IdeasPage(shown: [], offset: next, total: ranked.count))
      answer.reply = ReplyComposer(today: today).endOfList(total: ranked.count)
      return
    }
    offset = next
    shown = Array(ranked[offset..<min(offset + currentPageSize, ranked.count)])
    let page = Answer.IdeasPage(shown: shown, offset: offset, total: ranked.count)
    answer.content = .ideas(page)
    answer.reply = ReplyComposer(today: today).ideas(page, context: context, lead: nil)
  }

  private mutating func cheaper(_ slots: Slots, terms: [String], into answer: inout Answer) {
    if hasBudgetSlot(slots) || lastSearch == nil {
      // A first line ("cheap outdoor things for 35") or a new budget: a search with what it says.
      let hadSearch = lastSearch != nil
      let changed = context.apply(slots, terms: terms)
      search(
        into: &answer,
        lead: hadSearch ? ReplyComposer(today: today).lead(changed: changed, context: context) : nil)
      return
    }
    context.apply(slots, terms: terms)
    if lastSearch == .plan, let previous = lastPlan {
      cheaperPlan(than: previous, into: &answer)
      return
    }
    guard !shown.isEmpty else {
      search(into: &answer, lead: nil)
      return
    }
    // Cheaper than the cheapest paid idea just shown (free ideas always qualify).
    guard let ceiling = shown.map(\.cost).filter({ $0 > 0 }).min() else {
      answer.reply = ReplyComposer(today: today).allFree()
      return
    }
    context.maxCost = ceiling
    search(
      into: &answer, lead: ReplyComposer(today: today).cheaperLead(ceiling: ceiling, context: context),
      explainingNamed: false)
  }

  /// After a plan, "cheaper" plans again within three quarters of what the last plan cost,
  /// which becomes the budget in force (so the context says what the plan was held to).
  private mutating func cheaperPlan(than previous: WeekPlan, into answer: inout Answer) {
    let composer = ReplyComposer(today: today)
    guard previous.totalCost > 0 else {
      answer.reply = composer.planAlreadyFree()
      return
    }
    let ceiling = (previous.totalCost * 0.75).rounded(.down)
    context.budget = .usd(ceiling)
    context.budgetPerPerson = nil
    context.budgetMin = nil
    makePlan(
      into: &answer, lead: composer.cheaperPlanLead(ceiling: ceiling, previous: previous.totalCost),
      composer: composer)
  }

  private mutating func makePlan(into answer: inout Answer, lead: String?, composer: ReplyComposer) {
    let plan = WeekPlanner(catalogue: catalogue).plan(context, week: week(for: context))
    lastPlan = plan
    lastSearch = .plan
    shown = plan.days.flatMap(\.items)
    answer.content = .plan(plan)
    answer.reply = composer.plan(plan, context: context, lead: lead)
  }

  private mutating func details(
    _ slots: Slots, terms: [String], last: Bool, detailed: Idea?, into answer: inout Answer,
    composer: ReplyComposer
  ) {
    let teamSize = slots.teamSize ?? context.effectiveTeamSize
    var idea: Idea?
    var repricing = false
    if let id = slots.idea {
      idea = catalogue.idea(id: id)
    } else if let k = slots.ordinal {
      // Numbers follow the labels shown: after "more", "#6" is the idea labelled 6.
      let first = lastSearch == .ideas ? offset + 1 : 1
      let last = first + shown.count - 1
      if k >= first && k <= last {
        idea = shown[k - first].idea
      } else if lastSearch == .ideas && k >= 1 && k < first && k <= ranked.count {
        idea = ranked[k - 1].idea  // an idea of an earlier page, by its label there
      } else {
        answer.reply = composer.noSuchNumber(shown: shown.isEmpty ? nil : first...last)
        return
      }
    } else if shown.count == 1 || last {
      idea = shown.last?.idea  // the one shown, or "the last one" of those shown
    } else if let detailed {
      idea = detailed  // the idea just described ("what would that cost for 18?")
      repricing = slots.teamSize != nil
    }
    guard let idea else {
      answer.reply = composer.whichIdea(among: ideasNamed(byAnyOf: terms))
      return
    }
    var c = context
    c.teamSize = teamSize
    let limit = c.totalBudget
    // The tier the suggestions would show, so "#2" costs what the list said.
    let tier = Suggester.tier(for: idea, c, limit: limit) ?? idea.moderateTier
    let s = Suggestion(idea: idea, tier: tier, teamSize: teamSize)
    answer.content = .details(s)
    lastDetailed = idea
    answer.reply =
      repricing
      ? composer.repriced(s, budget: limit)
      : composer.details(s, budget: limit, assumedTeamSize: slots.teamSize == nil && context.teamSize == nil)
  }

  /// An export request for the front end to carry out; the name follows ``ExportName``.
  private func export(_ slots: Slots, into answer: inout Answer, composer: ReplyComposer) {
    guard let plan = lastPlan else {
      answer.reply = composer.noPlanToExport()
      return
    }
    switch ExportName.resolve(slots.filename, year: plan.week.start.year) {
    case .failure(let refusal):
      answer.reply = composer.exportRefused(refusal, name: slots.filename ?? "")
    case .success(let path):
      let request = ExportRequest(
        path: path, overwrite: slots.overwrite, markdown: MarkdownRenderer.render(plan), span: plan.week.span)
      answer.content = .export(request)
      answer.reply = composer.exportReady(request)
    }
  }
}
