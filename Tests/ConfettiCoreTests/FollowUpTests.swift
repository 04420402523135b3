import ConfettiCore
import Testing

/// Follow-ups and edits read by their mechanism (issue 21): a source asked by number, an idea left
/// out by a word of its name, an alternative after a negation, a team spread over places, amounts
/// in money positions, an activity the catalogue lacks put forward after a list, and free ones
/// asked without the word "free".
@Suite struct FollowUpTests {
  func chat() -> Conversation { Conversation(catalogue: Fixtures.catalogue, today: Fixtures.today) }

  @Test(arguments: [("where is the second one from?", 1), ("what's the 3rd one based on?", 2)])
  func sourcesOfAnIdeaByItsNumber(_ line: String, _ index: Int) throws {
    var c = chat()
    let list = c.respond(to: "ideas for 15 agents with $500").ideas
    try #require(list.count > index)
    let a = c.respond(to: line)
    #expect(a.rule == "sources_of_focus")
    guard case .sources(let idea) = a.content else {
      Issue.record("\(line): no sources answer but \(a.content)")
      return
    }
    #expect(idea.id == list[index].idea.id)
  }

  @Test func aWordOfOneIdeasNameLeftOutLeavesThatIdeaOut() {
    var c = chat()
    _ = c.respond(to: "ideas for 9 people, $250")
    let a = c.respond(to: "let's pass on the potluck this time")
    #expect(a.context.slots.withoutIdeas == ["team-potluck"])
    #expect(a.context.withoutKinds.isEmpty, "the idea's word is no kind left out: \(a.context.withoutKinds)")
    #expect(!a.ideas.contains { $0.idea.id == "team-potluck" })
  }

  @Test func theAlternativeAfterANegationIsWanted() {
    var c = chat()
    _ = c.respond(to: "ideas for 14 reps")
    let a = c.respond(to: "not sports, music instead")
    #expect(a.context.withoutKinds == [.sports])
    #expect(a.context.kinds == [.music])
  }

  @Test(arguments: [
    "we're spread between the office and working from home, 18 total",
    "18 of us, a mix of office folks and remote ones",
  ])
  func aTeamSplitOverPlacesIsHybrid(_ line: String) {
    var c = chat()
    let a = c.respond(to: line)
    #expect(a.context.format == .hybrid, "\(line): \(String(describing: a.context.format))")
    #expect(a.context.teamSize == 18, "\(line): \(String(describing: a.context.teamSize))")
  }

  @Test func aCountOnTheTeamIsTheTeamSize() {
    var c = chat()
    let a = c.respond(to: "33 on the team and $900, what do you suggest")
    #expect(a.context.teamSize == 33)
    #expect(a.context.budget == .usd(900))
  }

  @Test func anAmountAfterAHeadCountWithOnIsTheBudget() throws {
    var c = chat()
    let a = c.respond(to: "sketch a week for 45 people on 2500")
    let plan = try #require(a.plan)
    #expect(a.context.budget == .usd(2500))
    #expect(plan.week.start.description == "2027-10-04", "an amount never moves the year")
  }

  @Test func anAmountApprovedIsMoneyNeverAYear() {
    var c = chat()
    _ = c.respond(to: "ideas for 20 people, £600")
    let a = c.respond(to: "finance signed off 2150 approved in the end")
    #expect(
      a.context.budget == Money(amount: 2150, currency: .gbp), "\(String(describing: a.context.budget))")
    #expect(a.context.slots.year == nil)
  }

  @Test func anActivityTheCatalogueLacksPutForwardAfterAListIsSaidSo() {
    var c = chat()
    _ = c.respond(to: "ideas for 12 people")
    let a = c.respond(to: "what about a petting zoo")
    #expect(a.rule == "unknown_activity_after_search")
    #expect(
      a.reply.lines.first?.text.contains("no idea for \u{201C}petting zoo\u{201D}") == true,
      "\(a.reply.lines.map(\.text))")
    #expect(!a.ideas.isEmpty)
  }

  /// A kind hoped for ("ideally …", "preferably …") after a list refines it, as "maybe …" does.
  @Test(arguments: [("ideally with music", Kind.music), ("preferably something with food", .food)])
  func aKindHopedForRefinesTheList(_ line: String, _ kind: Kind) {
    var c = chat()
    _ = c.respond(to: "ideas for 8 people")
    let a = c.respond(to: line)
    #expect(a.rule != "out_of_scope", "\(line): \(a.rule)")
    #expect(a.context.kinds == [kind], "\(line): \(a.context.kinds)")
    #expect(!a.ideas.isEmpty)
  }

  @Test(arguments: ["do any of them cost nothing?", "which ones have no cost?"])
  func freeOnesAskedWithoutTheWordFree(_ line: String) {
    var c = chat()
    _ = c.respond(to: "ideas for 25 agents, $800")
    let a = c.respond(to: line)
    #expect(a.rule == "free_ones_after_list", "\(line): \(a.rule ?? "-")")
    #expect(a.context.budget == .usd(800), "the list's budget stays")
    #expect(a.ideas.allSatisfy { $0.cost == 0 })
  }

  @Test func anIdeaLeftOutComesBackWhenToldItCan() {
    var c = chat()
    _ = c.respond(to: "ideas for 16 reps, $450")
    _ = c.respond(to: "drop the raffle and the cake walk")
    let a = c.respond(to: "fine, the raffle can come back")
    #expect(a.context.slots.withoutIdeas == ["cake-walk"])
    #expect(a.context.idea == nil, "let back in, not asked for alone")
  }

  @Test func anIdeaDoneBeforeIsHistoryNotARequest() {
    var c = chat()
    let a = c.respond(to: "ideas for 21 people please, we ran a raffle two years ago")
    #expect(a.context.idea == nil)
    #expect(a.context.teamSize == 21)
  }

  @Test func newcomersAddedByTheirTitleJoinTheTeam() {
    var c = chat()
    _ = c.respond(to: "ideas for 14 agents")
    let a = c.respond(to: "plus 3 interns from the summer")
    #expect(a.context.teamSize == 17)
  }

  @Test func twoPartsOfTheTeamInTwoPlacesAreHybrid() {
    var c = chat()
    let a = c.respond(to: "18 of us, a few in the building and the rest from home")
    #expect(a.context.format == .hybrid)
    #expect(a.context.teamSize == 18)
  }

  @Test func alsoForTheHomeWorkersKeepsAHybridTeamHybrid() {
    var c = chat()
    _ = c.respond(to: "ideas for a hybrid team of 26")
    let a = c.respond(to: "it should work also for the home workers")
    #expect(a.context.format == .hybrid)
    #expect(a.context.audience == nil, "the home workers are part of the team, not an audience")
  }

  @Test(arguments: ["and something for our regulars too", "what about the patients too?"])
  func customersOfASmallBusinessTooMeansBoth(_ line: String) {
    var c = chat()
    _ = c.respond(to: "ideas for the 5 of us at the shop, $90")
    let a = c.respond(to: line)
    #expect(a.context.audience == .both, "\(line): \(String(describing: a.context.audience))")
  }

  @Test func aPronounAfterALeaveOutVerbPointsBackAtTheIdeaSaidEarlier() {
    var c = chat()
    _ = c.respond(to: "ideas for 13 reps, $300")
    let a = c.respond(to: "the bingo we ran in spring was dull, drop it")
    #expect(a.context.slots.withoutIdeas == ["virtual-bingo"])
    #expect(!a.ideas.contains { $0.idea.id == "virtual-bingo" })
    let b = FrameReader(matcher: Fixtures.matcher).read(
      "the quiz is fine but cut that budget to 200", today: Fixtures.today)
    #expect(!b.edits.contains { if case .idea(_, .excluded) = $0 { return true } else { return false } })
  }

  @Test func onSecondThoughtsNumbersNothing() {
    var c = chat()
    _ = c.respond(to: "ideas for 13 reps, $300")
    _ = c.respond(to: "skip the raffle")
    let a = c.respond(to: "on second thoughts, let the raffle back in")
    #expect(a.rule != "number_after_list", "\(a.rule ?? "-")")
    #expect(a.context.slots.withoutIdeas.isEmpty)
  }

  @Test(arguments: ["who dreamed this one up?", "whose idea was that?"])
  func askingWhoThoughtOfAnIdeaAsksItsSources(_ line: String) {
    var c = chat()
    _ = c.respond(to: "tell me about the team potluck")
    let a = c.respond(to: line)
    #expect(a.rule == "sources_of_focus", "\(line): \(a.rule ?? "-")")
  }

  @Test func strikeThatOneAfterDetailsLeavesTheIdeaOut() {
    var c = chat()
    _ = c.respond(to: "ideas for 11 agents")
    _ = c.respond(to: "how does the team potluck work")
    let a = c.respond(to: "strike that one")
    #expect(a.context.slots.withoutIdeas == ["team-potluck"])
  }

  @Test func countsSaidAllToldOrBySeatsOrByRolesAreTeamSizes() {
    var c = chat()
    let a = c.respond(to: "ideas for us: some in the building and some dial in, 24 all told")
    #expect(a.context.teamSize == 24)
    #expect(a.context.format == .hybrid)
    var seats = chat()
    #expect(seats.respond(to: "ideas for a 250-seat centre").context.teamSize == 250)
    var d = chat()
    _ = d.respond(to: "ideas for 10 agents")
    #expect(d.respond(to: "add the 3 supervisors as well").context.teamSize == 13)
  }

  @Test(arguments: [
    "only our own people, the clients are not invited", "staff only; customers won't be there",
  ])
  func anAudienceSaidAndThenNegatedIsLeftOut(_ line: String) {
    var c = chat()
    _ = c.respond(to: "ideas for 21 agents")
    let a = c.respond(to: line)
    #expect(a.context.audience == .employees, "\(line): \(String(describing: a.context.audience))")
  }

  @Test(arguments: [
    ("and the year after?", 2031), ("how about the one before it", 2029), ("three years later", 2033),
    ("next one?", 2031),
  ])
  func aYearStepCountsFromTheDatesJustShown(_ line: String, _ year: Int) {
    var c = chat()
    _ = c.respond(to: "when does customer service week fall in 2030")
    let a = c.respond(to: line)
    #expect(a.rule == "year_step_after_dates", "\(line): \(a.rule)")
    #expect(a.dates?.start.year == year, "\(line): \(String(describing: a.dates))")
  }

  @Test func aYearStepWithNoDatesBeforeMovesNothing() {
    var c = chat()
    _ = c.respond(to: "ideas for 12 people")
    let a = c.respond(to: "and the year after?")
    #expect(a.rule != "year_step_after_dates")
    #expect(a.dates == nil)
  }

  @Test func theYearSaidAsATimeNamesNoIdea() {
    var c = chat()
    _ = c.respond(to: "what are the dates of csw 2030")
    let a = c.respond(to: "what about the year before")
    #expect(a.context.slots.idea == nil, "\(String(describing: a.context.slots.idea))")
    #expect(a.dates?.start.year == 2029)
  }

  @Test(arguments: ["how about 1200", "could we do 640 then?"])
  func anAmountFarAboveTheTeamAfterARequestIsTheBudget(_ line: String) {
    var c = chat()
    _ = c.respond(to: "some ideas for 22 colleagues")
    let a = c.respond(to: line)
    #expect(a.rule == "amount_after_team", "\(line): \(a.rule)")
    #expect(a.context.teamSize == 22)
    #expect(a.context.budget?.currency == .usd)
    #expect(
      a.context.budget.map { $0.amount > 600 } == true, "\(line): \(String(describing: a.context.budget))")
  }

  @Test func anAmountThatCouldBeAHeadCountIsAskedAboutThenAnsweredEitherWay() {
    var c = chat()
    _ = c.respond(to: "ideas for 16 of us")
    let question = c.respond(to: "maybe 24 then")
    #expect(question.rule == "amount_or_team")
    guard case .clarify(let asked) = question.content else {
      Issue.record("no question back but \(question.content)")
      return
    }
    #expect(asked == .amountOrTeam(.usd(24)))
    #expect(question.context.teamSize == 16 && question.context.budget == nil)
    var people = c
    let a = people.respond(to: "the people")
    #expect(a.rule == "answer_amount_or_team")
    #expect(a.context.teamSize == 24 && a.context.budget == nil)
    let b = c.respond(to: "that was money, in euros")
    #expect(b.rule == "answer_amount_or_team")
    #expect(b.context.teamSize == 16)
    #expect(b.context.budget == Money(amount: 24, currency: .eur))
  }

  @Test func theCurrencySpokenStaysWhenItsBudgetIsDropped() {
    var c = chat()
    _ = c.respond(to: "ideas for 8 people with €300")
    let dropped = c.respond(to: "forget about the budget")
    #expect(dropped.context.budget == nil)
    #expect(dropped.context.currency == .eur)
    let a = c.respond(to: "say 500")
    #expect(a.context.budget == Money(amount: 500, currency: .eur))
  }

  @Test func aBareNumberWithNoTeamStatedIsNoBudget() {
    var c = chat()
    _ = c.respond(to: "show me some ideas")
    let a = c.respond(to: "what about 700")
    #expect(a.rule != "amount_after_team" && a.rule != "amount_or_team", "\(a.rule)")
  }

  @Test(arguments: [
    ("ideas for our 14 freight brokers", 14), ("what can we do for 23 fraud investigators", 23),
  ])
  func aCountOfATradeOrCompoundNounIsTheTeam(_ line: String, _ size: Int) {
    var c = chat()
    let a = c.respond(to: line)
    #expect(a.context.teamSize == size, "\(line): \(String(describing: a.context.teamSize))")
  }

  @Test func customersNamedByTheirTradeNameAsWellMakeBoth() {
    var c = chat()
    _ = c.respond(to: "ideas for 11 staff")
    let a = c.respond(to: "and our subscribers as well")
    #expect(a.context.audience == .both, "\(String(describing: a.context.audience))")
    #expect(a.context.teamSize == 11)
  }

  @Test func anErrandWithABareCountAfterASearchChangesNothing() {
    var c = chat()
    _ = c.respond(to: "ideas for 19 agents")
    let a = c.respond(to: "get me a cab for 3 at noon")
    #expect(a.rule != "edit_after_search", "\(a.rule)")
    #expect(a.context.teamSize == 19)
    let b = c.respond(to: "and for 25?")
    #expect(b.context.teamSize == 25, "a bare count that is all the line says still changes the team")
  }

  @Test(arguments: [("scratch number 3", 3), ("lose the fifth one", 5)])
  func anIdeaLeftOutByItsNumberIsLeftOut(_ line: String, _ n: Int) throws {
    var c = chat()
    let list = c.respond(to: "ideas for 21 reps with $650").ideas
    try #require(list.count >= n)
    let a = c.respond(to: line)
    #expect(a.rule == "leave_out_number", "\(line): \(a.rule)")
    #expect(a.context.slots.withoutIdeas == [list[n - 1].idea.id])
    #expect(!a.ideas.contains { $0.idea.id == list[n - 1].idea.id })
  }

  @Test func theCheapestAndTheDearestOfAListAreThoseIdeas() throws {
    var c = chat()
    _ = c.respond(to: "ideas for 40 agents with $2,500")
    let all = c.state.ranked.filter { $0.cost == $0.weekCost }
    try #require(all.count > 2)
    let low = c.respond(to: "what's the cheapest of them?")
    #expect(low.rule == "price_extreme_of_list")
    guard case .details(let cheap) = low.content else {
      Issue.record("no details but \(low.content)")
      return
    }
    #expect(cheap.cost == all.map(\.cost).min())
    let high = c.respond(to: "ok and which one is the most expensive")
    guard case .details(let dear) = high.content else {
      Issue.record("no details but \(high.content)")
      return
    }
    #expect(dear.idea.id == all.max { $0.cost < $1.cost }?.idea.id)
  }

  @Test func theTotalOfAPlanAskedAgainIsItsTotalByDay() throws {
    var c = chat()
    let plan = try #require(c.respond(to: "plan the week for 17 people with $850").plan)
    let a = c.respond(to: "so what does it add up to?")
    #expect(a.rule == "price_of_plan")
    #expect(a.plan == plan, "the same plan, not a new one")
    let text = a.reply.lines.map(\.text).joined(separator: "\n")
    #expect(text.contains(PriceFormatter(currency: .usd)(plan.totalCost)), "\(text)")
    #expect(text.contains("Friday"))
  }

  @Test(arguments: [
    "a team of 11 at a dental practice, ideas?", "we are 4 at a vet clinic, any ideas under $90?",
  ])
  func whereTheTeamWorksIsNoActivityAsked(_ line: String) {
    var c = chat()
    let a = c.respond(to: line)
    guard case .ideas(let page) = a.content else {
      Issue.record("\(line): no ideas but \(a.content)")
      return
    }
    #expect(page.missing.isEmpty, "\(line): \(page.missing)")
  }

  @Test func theCautionsOfTheIdeaInFocusOrOfANumberAreItsCautions() throws {
    var c = chat()
    let list = c.respond(to: "ideas for 26 people, $800").ideas
    let withCautions = try #require(list.firstIndex { !$0.idea.cautions.isEmpty })
    let a = c.respond(to: "any pitfalls with number \(withCautions + 1)?")
    #expect(a.rule == "cautions_of_focus", "\(a.rule)")
    let text = a.reply.lines.map(\.text).joined(separator: "\n")
    let idea = list[withCautions].idea
    #expect(text.contains(idea.name))
    for caution in idea.cautions { #expect(text.contains(caution.text)) }
    #expect(!text.contains("Steps:"), "the cautions, not the whole details")
    let b = c.respond(to: "hmm, what could go wrong with it?")
    #expect(b.rule == "cautions_of_focus")
  }

  @Test(arguments: ["what have we got left?", "any money remaining after that?"])
  func whatIsLeftOfTheBudgetAfterAPlanIsSaid(_ line: String) throws {
    var c = chat()
    let plan = try #require(c.respond(to: "plan the week for 22 people with $1,000").plan)
    let a = c.respond(to: line)
    #expect(a.rule == "price_of_plan", "\(line): \(a.rule)")
    let text = a.reply.lines.map(\.text).joined(separator: "\n")
    let left = PriceFormatter(currency: .usd)(plan.budget - plan.totalCost)
    #expect(text.contains("\(left) of the budget is left"), "\(line): \(text)")
  }

  @Test func somethingLeftOutThatNoIdeaInvolvesIsSaidAndChangesNothing() throws {
    var c = chat()
    let before = c.respond(to: "ideas for 18 agents, $700").ideas.map(\.idea.id)
    let a = c.respond(to: "and please avoid fireworks")
    #expect(a.rule == "leave_out_absent", "\(a.rule)")
    guard case .ideas(let page) = a.content else {
      Issue.record("no ideas but \(a.content)")
      return
    }
    #expect(page.leftOutAbsent == ["fireworks"])
    #expect(page.shown.map(\.idea.id) == before, "the same search")
    let text = a.reply.lines.map(\.text).joined(separator: "\n")
    #expect(text.contains("fireworks"))
    let food = c.respond(to: "no food either")
    guard case .ideas(let foodPage) = food.content else { return }
    #expect(foodPage.leftOutAbsent.isEmpty, "food is in the catalogue: \(foodPage.leftOutAbsent)")
  }
}
