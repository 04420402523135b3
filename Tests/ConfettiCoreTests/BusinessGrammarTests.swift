import ConfettiCore
import Testing

/// A workplace saying what it is and what it cannot do: typed edits that rule ideas out (issue 25).
@Suite struct BusinessGrammarTests {
  static func edits(_ text: String) -> [Edit] {
    Fixtures.parser.parse(text, today: Fixtures.today).cues.compactMap(\.edit)
  }

  @Test(arguments: [
    "csw ideas for my bakery", "what works at our little salon", "a tiny flower shop, four of us",
    "ideas for the dental practice", "we're a family business", "it's a small shop on the high street",
    "we run a bakery", "I own a hair salon with two chairs", "we're a vet practice",
  ])
  func aSmallBusinessLacksEveryNeed(_ text: String) {
    #expect(Self.edits(text) == [.lacks(Need.allCases)], "\(text)")
    // The business is who is speaking, not a kind of idea asked for.
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    #expect(!parse.entities.contains { $0.slot == .kinds }, "\(text)")
  }

  @Test(arguments: [
    ("we cannot shut the doors", Need.closing), ("the doors have to stay open", .closing),
    ("honestly we can't close during the week", .closing), ("there are no managers", .managementLayer),
    ("we don't have a meeting room", .meetingRoom), ("no other departments here", .otherDepartments),
    ("we can't leave the counter", .timeOffFloor),
  ])
  func whatATeamCannotDo(_ text: String, _ need: Need) {
    #expect(Self.edits(text) == [.lacks([need])], "\(text)")
  }

  @Test(arguments: [
    "run it like a practice session", "gift cards from the store", "let's practice the pitch",
    "close the week with a speech", "ideas for 12 people under $300", "buy cakes from a bakery",
    "we are a contact centre of 80",
  ])
  func otherWordsRuleNothingOut(_ text: String) {
    #expect(
      !Self.edits(text).contains { if case .lacks = $0 { return true } else { return false } }, "\(text)")
  }

  @Test(arguments: [
    ("we're 7 including me", 7), ("there are 5 of us counting me", 5), ("it's me plus 3 staff", 4),
  ])
  func theSpeakerIsCountedOnce(_ text: String, _ size: Int) {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    #expect(Slots(entities: parse.entities, allowed: [.teamSize]).teamSize == size, "\(text)")
    #expect(!parse.cues.contains { $0.edit != nil }, "\(text): \(parse.cues)")
  }

  /// A trade's staff counted by its plural noun is the team, as "N people" is.
  @Test(arguments: [
    ("a barbershop with 3 barbers", 3), ("our cafe employs 11 baristas", 11),
    ("the clinic has 4 physiotherapists and a budget of $90", 4), ("ideas for our 12 cooks", 12),
  ])
  func aTradesStaffIsTheTeam(_ text: String, _ size: Int) {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    #expect(Slots(entities: parse.entities, allowed: [.teamSize]).teamSize == size, "\(text)")
  }

  /// Things a shop has are not its people, nor are words with another everyday sense.
  @Test(arguments: ["a cafe with 20 tables", "our salon has 6 chairs", "we run 4 servers in the back"])
  func thingsAShopHasAreNoTeam(_ text: String) {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    #expect(!parse.entities.contains { $0.slot == .teamSize }, "\(text): \(parse.entities)")
  }

  /// "besides me" adds the speaker, as "plus me" does.
  @Test func besidesMeAddsTheSpeaker() {
    let parse = Fixtures.parser.parse("three florists besides me", today: Fixtures.today)
    #expect(Slots(entities: parse.entities, allowed: [.teamSize]).teamSize == 3)
    #expect(parse.cues.compactMap(\.edit) == [.teamSize(.add(1))], "\(parse.cues)")
  }

  @Test(arguments: ["ideas for five million people", "ideas for 2,000,000 people"])
  func aTeamTooLargeIsKeptAsSaidForTheQuestionBack(_ text: String) {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    let said = parse.entities.first { $0.slot == .teamSize }?.value.int ?? 0
    #expect(said > 100_000, "\(text)")
    let slots = Slots(entities: parse.entities, allowed: [.teamSize])
    #expect(slots.teamSize == nil)
    #expect(Clarification.needed(for: slots, entities: parse.entities) == .teamTooLarge(said))
  }
}
