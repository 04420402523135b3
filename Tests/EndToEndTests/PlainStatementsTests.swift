import Foundation
import Testing

/// A first line that only states the team and the money ("we are 60 people", "our budget is $5
/// per person and we're 60") is a request for ideas for them, through the real binary.
@Suite struct PlainStatementsTests {
  @Test(arguments: [
    ("we are 60 people", 60, false), ("our budget is $5 per person and we're 60", 60, true),
    ("there are 12 of us and we have $300", 12, true),
  ])
  func aStatementOfTeamAndMoneyGetsIdeas(_ line: String, _ team: Int, _ money: Bool) throws {
    let r = try ConfettiProcess.firstRecord(line)
    #expect((r["intent"] as? [String: Any])?["name"] as? String == "suggest_ideas", "\(r)")
    let context = r["context"] as? [String: Any] ?? [:]
    #expect(context["team_size"] as? Int == team)
    #expect((context["budget"] != nil || context["budget_per_person"] != nil) == money, "\(context)")
    #expect(!((r["ideas"] as? [[String: Any]]) ?? []).isEmpty)
  }

  @Test func aLineAboutSomethingElseWithACountIsStillRefused() throws {
    let r = try ConfettiProcess.firstRecord("a table for 4 people")
    #expect((r["intent"] as? [String: Any])?["name"] as? String == "out_of_scope", "\(r)")
  }
}
