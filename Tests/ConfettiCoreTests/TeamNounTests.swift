import Testing

@testable import ConfettiCore

/// The person's own people, named by their staff noun or their team's name ("the stylists", "the
/// front desk team"), name no idea, even when a word of it is in one idea's name; the ideas' own
/// names still do.
@Suite struct TeamNounTests {
  func chat() -> Conversation { Conversation(catalogue: Fixtures.catalogue, today: Fixtures.today) }

  @Test(arguments: [
    "a treat for the stylists, we're a team of 9",
    "what would lift the front desk crew this week?",
    "we want to spoil our front line staff, 14 of them",
    "ideas to thank the overnight team, about 20 people",
  ])
  func aTeamNamedByItsPeopleIsNoIdea(_ line: String) {
    var c = chat()
    let a = c.respond(to: line)
    #expect(a.context.idea == nil, "\(line): \(a.context.idea ?? "")")
    #expect(a.understanding?.intent == .suggestIdeas, "\(line)")
  }

  @Test(arguments: [
    ("could we book the stylist and photo day for 15 people?", "stylist-session"),
    ("a visitor's desk for our 30 agents", "visitors-cube"),
    ("the overnight crew breakfast for 40 reps", "overnight-crew-breakfast"),
  ])
  func anIdeasOwnNameStillNamesIt(_ line: String, _ id: String) {
    var c = chat()
    #expect(c.respond(to: line).context.idea == id, "\(line)")
  }

  @Test func theWordsOfATeamsName() {
    #expect(WordLists.namePeople(["the", "front", "desk", "team"], from: 1))
    #expect(WordLists.namePeople(["the", "stylists"], from: 1))
    #expect(!WordLists.namePeople(["the", "stylist", "day"], from: 1))
    #expect(!WordLists.namePeople(["the", "potluck", "team"], from: 1))
    #expect(!WordLists.namePeople(["the", "front", "line", "visit"], from: 1))
  }
}
