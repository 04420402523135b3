import Testing

@testable import ConfettiCore

/// A head count said as the whole after its parts ("2 more as well, so 9") is the team size: it
/// wins over the parts said before it and over people added; a count that is no whole ("so 2 a
/// day", "so 25 each") changes nothing.
@Suite struct TeamTotalTests {
  func chat() -> Conversation { Conversation(catalogue: Fixtures.catalogue, today: Fixtures.today) }

  @Test(arguments: [
    ("we're 6 drivers and 2 dispatchers as well, so 8", 8),
    ("4 cooks, 3 servers and me, so that makes 8 of us", 8),
    ("12 agents plus a couple of leads, 14 in total", 14),
    ("5 nurses and 2 receptionists, 7 all told", 7),
  ])
  func theWholeIsTheTeamSize(_ line: String, _ n: Int) {
    let sizes = Fixtures.entities(line).filter { $0.0 == .teamSize }
    #expect(sizes.count == 1 && sizes.first?.1 == .int(n), "\(line): \(sizes)")
  }

  @Test func aCorrectedTotalWinsOverThePeopleAdded() {
    var c = chat()
    var a = c.respond(to: "ideas for 11 agents")
    #expect(a.context.teamSize == 11)
    a = c.respond(to: "4 more started on monday, 16 in all with the new lead")
    #expect(a.context.teamSize == 16)
    a = c.respond(to: "oh, and one more, so that makes 17")
    #expect(a.context.teamSize == 17)
    // Without a whole, people added still add.
    a = c.respond(to: "add 3 more people")
    #expect(a.context.teamSize == 20)
  }

  @Test(arguments: [
    ("ideas for 20 people, so 2 a day please", 20),
    ("ideas for 8 people with $200, so 25 each", 8),
    ("a team of 12, so 3 teams of 4 for the quiz", 12),
  ])
  func aNumberThatIsNoWholeChangesNothing(_ line: String, _ n: Int) {
    var c = chat()
    #expect(c.respond(to: line).context.teamSize == n, "\(line)")
  }
}
