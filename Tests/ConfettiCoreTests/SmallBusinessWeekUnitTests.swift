import Testing

@testable import ConfettiCore

/// The pieces of a small business's week (issue 25): how full a day is, staff and customers as a
/// mix, what "cheaper" means after a list, and a spreadsheet asked for in so many words.
@Suite struct SmallBusinessWeekUnitTests {
  static func edits(_ text: String) -> [Edit] {
    Fixtures.parser.parse(text, today: Fixtures.today).cues.compactMap(\.edit)
  }

  @Test(arguments: [
    ("two a day would be better", 2), ("maybe 2 activities per day", 2), ("let's do a busier week", 2),
    ("just one thing each day", 1), ("please keep it light", 1),
  ])
  func howFullADayIs(_ text: String, _ n: Int) {
    #expect(Self.edits(text) == [.perDay(n)], "\(text)")
    // The number is how many a day, not a head count.
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    #expect(!parse.entities.contains { $0.slot == .teamSize }, "\(text)")
  }

  @Test(arguments: [
    "plan for 2 people", "a day out for the team", "one day of the week", "lay out a full week",
  ])
  func otherWordsAreNoPace(_ text: String) {
    #expect(!Self.edits(text).contains { if case .perDay = $0 { true } else { false } }, "\(text)")
  }

  @Test func aTinyTeamsWeekIsLight() {
    var c = Constraints()
    c.teamSize = 8
    #expect(WeekPlanner.isLightWeek(c) && WeekPlanner.perDay(for: c) == 1)
    c.perDay = 2
    #expect(!WeekPlanner.isLightWeek(c) && WeekPlanner.perDay(for: c) == 2)
    c.perDay = nil
    c.teamSize = 9
    #expect(!WeekPlanner.isLightWeek(c) && WeekPlanner.perDay(for: c) == 2)
    // No team size said: the assumed ten is no tiny team.
    #expect(!WeekPlanner.isLightWeek(Constraints()))
  }

  @Test func bothIsAMixThatTakesTurns() {
    #expect(Audience.employees.suits(.both) && Audience.customers.suits(.both) && Audience.both.suits(.both))
    #expect(!Audience.customers.suits(.employees))
    var c = Constraints()
    c.teamSize = 12
    c.audience = .both
    let ranked = Suggester(catalogue: Fixtures.catalogue).suggest(c).ranked
    let sides = ranked.map(\.idea.audience).filter { $0 != .both }
    #expect(sides.contains(.employees) && sides.contains(.customers))
    // Turns alternate while both sides have ideas left.
    let customers = sides.count { $0 == .customers }
    let alternating = sides.prefix(2 * customers)
    #expect(zip(alternating, alternating.dropFirst()).allSatisfy { $0 != $1 }, "\(alternating)")
  }

  @Test func cheaperMeansUnderTheMiddlePrice() {
    #expect(Conversation.cheaperCeiling([14, 30, 60, 95, 150]) == 60)
    #expect(Conversation.cheaperCeiling([150, 0, 14, 40, 90]) == 40)
    // Mostly free: under the cheapest paid one.
    #expect(Conversation.cheaperCeiling([0, 0, 0, 25, 70]) == 25)
    #expect(Conversation.cheaperCeiling([0, 0]) == nil)
  }

  @Test(arguments: [
    "please send it in excel format", "I want it as a spreadsheet", "could I have it as xlsx",
    "send the plan as a powerpoint",
  ])
  func aFileFormatSaidOutrightIsAnExport(_ text: String) {
    let r = Fixtures.matcher.match(text, today: Fixtures.today)
    #expect(r.intent == .exportPlan, "\(text)")
    #expect(r.slots.filename?.hasPrefix(".") == true, "\(text)")
  }

  @Test(arguments: ["games we could play in word teams", "a quiz in slides", "help my agents excel"])
  func aFormatWordInPassingIsNoExport(_ text: String) {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    #expect(!parse.entities.contains { $0.slot == .filename }, "\(text)")
  }
}
