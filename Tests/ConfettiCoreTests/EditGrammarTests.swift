import ConfettiCore
import Testing

/// Changes stated against what is in force are typed edits on cues, never slots of their own.
@Suite struct EditGrammarTests {
  static let cases: [(String, Edit)] = [
    ("no budget limit", .budget(.clear)), ("any budget", .budget(.clear)),
    ("forget the budget", .budget(.clear)), ("drop the budget cap", .budget(.clear)),
    ("double the budget", .budget(.scale(2))), ("half the budget", .budget(.scale(0.5))),
    ("cut the budget in half", .budget(.scale(0.5))),
    ("add 5 more people", .teamSize(.add(5))), ("we got 4 extra people", .teamSize(.add(4))),
    ("plus 3 from billing", .teamSize(.add(3))), ("double the team", .teamSize(.scale(2))),
    ("not remote", .format(.remote, .excluded)), ("no longer in person", .format(.inPerson, .excluded)),
    ("including the remote people", .format(.remote, .readmitted)),
    ("without customers", .audience(.customers, .excluded)),
    ("no staff please", .audience(.employees, .excluded)),
    ("staff only, not the clients", .audience(.customers, .excluded)),
    ("with families, about 60 guests", .guests(60)), ("around 45 family members", .guests(45)),
    ("we'll have 30 visitors", .guests(30)), ("maybe 25 customers drop by on a weekday", .guests(25)),
    ("we are expecting 70 clients", .guests(70)),
  ]

  @Test(arguments: cases)
  func editsAreTyped(_ text: String, _ edit: Edit) throws {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    let found = parse.cues.compactMap(\.edit)
    #expect(found == [edit], "\(text): \(found)")
    // The edit's words are no slot: "5 more people" is not a team of 5, "no budget limit" not $0.
    #expect(!parse.entities.contains { $0.slot == .teamSize || $0.slot == .budget }, "\(text)")
  }

  /// Guests are not the team: "for 20 people, with about 60 guests" is a team of 20 and 60 guests.
  @Test func guestsAreNotTheTeam() {
    let parse = Fixtures.parser.parse(
      "ideas for 20 people with families, about 60 guests", today: Fixtures.today)
    #expect(Slots(entities: parse.entities, allowed: [.teamSize]).teamSize == 20)
    #expect(parse.cues.compactMap(\.edit) == [.guests(60)])
  }

  /// Customers counted but not said to come are no guests: an audience, or nothing.
  @Test(arguments: ["we serve 5000 customers a year", "ideas for our 30 patients", "12 regulars"])
  func customersOnlyCountedAreNoGuests(_ text: String) {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    #expect(!parse.cues.contains { $0.name == "guests" }, "\(text): \(parse.cues)")
  }

  @Test func theSpeakerCountsInTheTeam() {
    let parse = Fixtures.parser.parse("it's me plus 4 part-timers", today: Fixtures.today)
    #expect(Slots(entities: parse.entities, allowed: [.teamSize]).teamSize == 5)
  }

  @Test(arguments: ["no budget", "we have no budget at all", "ideas for 12 remote people"])
  func plainConstraintsAreNoEdits(_ text: String) {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    #expect(!parse.cues.contains { $0.edit != nil }, "\(text)")
  }
}
