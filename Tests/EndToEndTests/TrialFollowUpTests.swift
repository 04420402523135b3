import Foundation
import Testing

/// What a new user's trial found (issue 11 follow-ups), through the real binary.
@Suite struct TrialFollowUpTests {
  static func records(_ lines: [String]) throws -> [[String: Any]] {
    let r = try ConfettiProcess.run(["--json"], input: lines.joined(separator: "\n") + "\n")
    return try r.jsonLines()
  }

  static func intent(_ r: [String: Any]) -> String? { (r["intent"] as? [String: Any])?["name"] as? String }
  static func context(_ r: [String: Any]) -> [String: Any] { r["context"] as? [String: Any] ?? [:] }

  /// Part of the team remote (or in the office) is a hybrid team, first line or follow-up.
  @Test(arguments: [
    "half the team works from home", "some of us are remote",
    "part of the team is in the office and part at home",
  ])
  func aSplitTeamIsHybrid(_ line: String) throws {
    let records = try Self.records(["ideas for 12 people", line])
    try #require(records.count == 2)
    #expect(Self.intent(records[1]) == "refine", "\(records[1])")
    #expect(Self.context(records[1])["format"] as? String == "hybrid", "\(records[1])")
    #expect(Self.context(records[1])["team_size"] as? Int == 12, "\(records[1])")
    let first = try Self.records([line])
    #expect(Self.context(first[0])["format"] as? String == "hybrid", "\(first[0])")
  }

  /// "More" of something new is a refinement: it keeps the team and adds what was asked; a plain
  /// "more" still pages on.
  @Test(arguments: ["what else is there for remote folks", "anything else for remote people?"])
  func moreOfSomethingNewRefines(_ line: String) throws {
    let records = try Self.records(["ideas for 10 people", line, "more"])
    try #require(records.count == 3)
    #expect(Self.intent(records[1]) == "refine", "\(records[1])")
    #expect(Self.context(records[1])["format"] as? String == "remote", "\(records[1])")
    #expect(Self.context(records[1])["team_size"] as? Int == 10, "\(records[1])")
    #expect(Self.intent(records[2]) == "more", "\(records[2])")
    #expect((records[2]["reply"] as? String)?.contains("(6–10 of") == true, "\(records[2])")
  }

  /// An amount followed by "to spend" is the budget, and a line of nothing but the budget is a
  /// request ("we can spend 300"); "we need 2 to spend the night" is no budget.
  @Test func anAmountToSpendIsTheBudget() throws {
    let records = try Self.records([
      "we have 400 to spend on 20 people", "we can spend 300", "we need 2 to spend the night",
    ])
    try #require(records.count == 3)
    #expect(Self.intent(records[0]) == "suggest_ideas", "\(records[0])")
    #expect((Self.context(records[0])["budget"] as? [String: Any])?["amount"] as? Int == 400, "\(records[0])")
    #expect(Self.context(records[0])["team_size"] as? Int == 20, "\(records[0])")
    #expect((Self.context(records[1])["budget"] as? [String: Any])?["amount"] as? Int == 300, "\(records[1])")
    #expect(Self.intent(records[2]) == "out_of_scope", "\(records[2])")
  }

  /// A plan for a week that is over (its year came from "this year" in December) says so and how
  /// to plan the next one; a plan for the coming week says nothing of the kind.
  @Test func aPlanForAWeekThatIsOverSaysSo() throws {
    let input = "ideas for 7 people, no money this year\nlay out a full week for us\nplan it for 2027\n"
    let records = try ConfettiProcess.run(["--json", "--today", "2026-12-02"], input: input).jsonLines()
    try #require(records.count == 3)
    let past = records[1]["reply"] as? String ?? ""
    #expect(past.hasPrefix("Customer Service Week 2026"), "\(past)")
    #expect(
      past.contains("That week is over (today is December 2, 2026): say \"plan it for 2027\""), "\(past)")
    let next = records[2]["reply"] as? String ?? ""
    #expect(next.hasPrefix("Customer Service Week 2027"), "\(next)")
    #expect(!next.contains("That week is over"), "\(next)")
  }

  /// A "thanks" first does not make a request small talk, and "save … as our october plan" names the file.
  @Test func aCourtesyFirstLeavesTheRequestAndTheNameStands() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("confetti-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = "plan the week for 20 people with $2000\nthanks, can you save that as our october plan\n"
    let records = try ConfettiProcess.run(["--json"], input: input, directory: dir).jsonLines()
    try #require(records.count == 2)
    #expect(Self.intent(records[1]) == "export_plan", "\(records[1])")
    #expect((records[1]["exported"] as? String)?.hasSuffix("october-plan.md") == true, "\(records[1])")
    let md = try String(contentsOf: dir.appendingPathComponent("october-plan.md"), encoding: .utf8)
    #expect(md.hasPrefix("# Customer Service Week"))
  }

  /// Right after an idea's details, a price for a number of people re-prices that idea.
  @Test func aPriceRightAfterDetailsRepricesThatIdea() throws {
    let records = try Self.records([
      "ideas for 12 people", "tell me more about the cookout", "what would that cost for all 18?",
      "how much for 30 people?", "ideas for 18 people",
    ])
    try #require(records.count == 5)
    for (k, people) in [(2, 18), (3, 30)] {
      let idea = records[k]["idea"] as? [String: Any]
      #expect(Self.intent(records[k]) == "idea_details", "\(records[k])")
      #expect(idea?["id"] as? String == "cookout", "\(records[k])")
      #expect((idea?["cost_breakdown"] as? String)?.contains("× \(people) ") == true, "\(records[k])")
      // The cost lines only: the rest of the card was just shown.
      let reply = records[k]["reply"] as? String ?? ""
      #expect(reply.hasPrefix("Cookout for \(people) people (Confetti's estimate):"), "\(reply)")
      #expect(!reply.contains("Steps:"), "\(reply)")
    }
    // A request for ideas is still one.
    #expect(Self.intent(records[4]) == "suggest_ideas", "\(records[4])")
    // With no details just before, the line prices no idea.
    let alone = try Self.records(["ideas for 12 people", "what would that cost for all 18?"])
    #expect(alone[1]["idea"] == nil, "\(alone[1])")
  }
}
