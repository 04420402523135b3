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

  /// "give me 3 ideas" shows three, and "more" pages on by three; "2 more ideas" shows two.
  @Test func aCountOfIdeasSetsThePage() throws {
    let input = "give me 3 ideas for 10 people\nmore\n2 more ideas\nideas for 12 people\n"
    let records = try ConfettiProcess.run(["--json"], input: input).jsonLines()
    try #require(records.count == 4)
    let counts = records.map { ($0["ideas"] as? [[String: Any]])?.count ?? -1 }
    #expect(counts == [3, 3, 2, 5], "\(counts)")
    #expect(records.map { $0["offset"] as? Int ?? 0 } == [0, 3, 6, 0])
    #expect((records[0]["slots"] as? [String: Any])?["team_size"] as? Int == 10)
  }
}
