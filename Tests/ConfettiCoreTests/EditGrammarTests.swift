import ConfettiCore
import Testing

/// Changes stated against what is in force are cues with a value, never slots of their own.
@Suite struct EditGrammarTests {
  @Test(
    arguments: [
      ("no budget limit", "budget_off", nil), ("any budget", "budget_off", nil),
      ("forget the budget", "budget_off", nil),
      ("drop the budget cap", "budget_off", nil), ("double the budget", "budget_scale", "2.0"),
      ("half the budget", "budget_scale", "0.5"), ("cut the budget in half", "budget_scale", "0.5"),
      ("add 5 more people", "add_people", "5"), ("we got 4 extra people", "add_people", "4"),
      ("not remote", "not_format", "remote"), ("no longer in person", "not_format", "in_person"),
      ("without customers", "without_audience", "customers"),
      ("no staff please", "without_audience", "employees"),
    ] as [(String, String, String?)])
  func editsAreCues(_ text: String, _ name: String, _ value: String?) throws {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    let cue = try #require(parse.cues.first { IntentMatcher.editCues.contains($0.name) }, "\(text)")
    #expect(cue.name == name && cue.value == value, "\(text): \(cue)")
    // The edit's words are no slot: "5 more people" is not a team of 5, "no budget limit" not $0.
    #expect(!parse.entities.contains { $0.slot == .teamSize || $0.slot == .budget }, "\(text)")
  }

  @Test(arguments: ["no budget", "we have no budget at all", "ideas for 12 remote people"])
  func plainConstraintsAreNoEdits(_ text: String) {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    #expect(!parse.cues.contains { IntentMatcher.editCues.contains($0.name) }, "\(text)")
  }
}
