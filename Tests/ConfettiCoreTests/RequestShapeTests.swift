import ConfettiCore
import Testing

/// Requests read by their shape rather than their words (issue 21): a request for the
/// workplace's people with no task word, a week asked for day by day, an idea put forward by
/// asking whether it would do; and the entities such lines carry. Each has an unrelated line of
/// a similar shape that must stay unrelated.
@Suite struct RequestShapeTests {
  func intent(_ line: String) -> Intent { Fixtures.matcher.match(line, today: Fixtures.today).intent }

  @Test(arguments: [
    "something festive for the escalations crew, not too dear",
    "what could we run for our night agents that everyone can join",
    "I look after 30 phone reps, what could we put on for them",
    "any activities to cheer up the claims department",
  ])
  func askingWhatToDoForTheWorkplaceIsARequestForIdeas(_ line: String) {
    #expect(intent(line) == .suggestIdeas, "\(line)")
  }

  @Test(arguments: [
    "what should we do this weekend",
    "anything good on tv tonight",
    "what could you do to help me sleep",
  ])
  func askingWhatToDoWithNoWorkplaceIsNoRequest(_ line: String) {
    #expect(![.suggestIdeas, .planWeek].contains(intent(line)), "\(line)")
  }

  @Test(arguments: [
    "how should tuesday through friday go for the team",
    "we'd like a day by day rundown",
    "every day of service week needs something, help",
    "a 5 day timetable for the support desk",
  ])
  func aWeekAskedDayByDayIsAPlan(_ line: String) {
    #expect(intent(line) == .planWeek, "\(line)")
  }

  @Test(arguments: [
    "what's on my calendar every day this week",
    "remind me to stretch every day",
    "when does monday to friday start",
  ])
  func daysThatAreNoPlanOfTheWeekAreNotOne(_ line: String) {
    #expect(intent(line) != .planWeek, "\(line)")
  }

  @Test func anIdeaPutForwardAsAQuestionIsARequest() {
    #expect(intent("pizza on thursday for the reps, would that go down well?") == .suggestIdeas)
    #expect(intent("something original with music") == .suggestIdeas)
  }

  @Test func theFileOfSomethingElseIsNoExport() {
    #expect(intent("can you file my tax return") != .exportPlan)
    #expect(intent("save my plan as week.md") == .exportPlan)
  }

  @Test func aPlaceOfNOrNStrongIsATeamSize() {
    let desk = Fixtures.matcher.match("our help desk is 14 strong", today: Fixtures.today).slots
    #expect(desk.teamSize == 14)
    let centre = Fixtures.matcher.match(
      "games for a contact centre of 300, budget 2k", today: Fixtures.today
    ).slots
    #expect(centre.teamSize == 300)
    #expect(centre.budget == Money.usd(2000))
  }

  @Test func aBudgetCutToAnAmountIsTheBudget() {
    let s = Fixtures.matcher.match("the budget was slashed to 400", today: Fixtures.today).slots
    #expect(s.budget == Money.usd(400))
  }

  @Test func aNumberWordAfterOptionIsAnItemOfTheList() {
    #expect(Fixtures.matcher.match("details on option three", today: Fixtures.today).slots.ordinal == 3)
    #expect(Fixtures.matcher.match("no one likes bingo", today: Fixtures.today).slots.ordinal == nil)
  }

  @Test func aSpanOfWeekdaysIsNoDayForAnIdea() {
    #expect(!Fixtures.entities("plan wednesday to friday for us").contains { $0.0 == .day })
    #expect(Fixtures.entities("put the house band on friday").contains { $0.0 == .day })
  }

  @Test func anUnsureRequestWithOnlyACountOfPeopleIsRefused() {
    let r = Fixtures.matcher.match("a table for 4 people", today: Fixtures.today)
    #expect(r.intent == .outOfScope)
    #expect(
      r.rejected == .suggestIdeas, "the classifier leaned to ideas, unsure: \(String(describing: r.rejected))"
    )
  }
}
