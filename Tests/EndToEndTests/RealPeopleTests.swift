import Foundation
import Testing

/// Issue 13's lines, each the first line of a fresh conversation through the real binary: unrelated
/// requests are declined, small talk is answered in kind, ordinary requests are understood.
@Suite struct RealPeopleTests {
  static func record(_ line: String) throws -> [String: Any] {
    let r = try ConfettiProcess.run(["--json", "--today", "2026-11-23"], input: line + "\n")
    #expect(r.status == 0, "stderr: \(r.errorText)")
    let lines = try r.jsonLines()
    try #require(lines.count == 1, "one record for \(line)")
    return lines[0]
  }

  static func intent(_ r: [String: Any]) -> String? { (r["intent"] as? [String: Any])?["name"] as? String }
  static func slots(_ r: [String: Any]) -> [String: Any] { r["slots"] as? [String: Any] ?? [:] }
  static func reply(_ r: [String: Any]) -> String { r["reply"] as? String ?? "" }

  @Test(arguments: [
    "any ideas to raise my credit rating?", "suggest a good korean dish",
    "book the conference room for friday at 3",
    "tell me a fun fact about owls", "call a taxi for 4 people",
  ])
  func unrelatedRequestsAreDeclined(_ line: String) throws {
    let r = try Self.record(line)
    #expect(Self.intent(r) == "out_of_scope", "\(r)")
    #expect(Self.reply(r).contains("Customer Service Week"), "the refusal says what Confetti does")
    #expect(r["ideas"] == nil && r["plan"] == nil)
  }

  @Test(arguments: [
    ("lovely chatting with you", "goodbye"), ("much obliged for your help", "thanks"),
    ("appreciate your time", "thanks"),
  ])
  func smallTalkIsAnsweredInKind(_ line: String, _ intent: String) throws {
    let r = try Self.record(line)
    #expect(Self.intent(r) == intent, "\(r)")
    #expect(!Self.reply(r).contains("not sure I can help"))
  }

  @Test(
    arguments: [
      ("we're a small shop, 5 staff, $120 in all", "suggest_ideas", 5, 120.0),
      ("we've got $2k and 25 people", "suggest_ideas", 25, 2000),
      ("plna the weke for 20 ppl", "plan_week", 20, nil),
      ("cheap stuff for CSW please", "suggest_ideas", nil, nil),
      ("which customer appreciation ideas are best?", "suggest_ideas", nil, nil),
      ("how do I motivate my customer service team", "suggest_ideas", nil, nil),
      ("pls giv me sum ideas", "suggest_ideas", nil, nil),
    ] as [(String, String, Int?, Double?)])
  func ordinaryRequestsAreUnderstood(_ line: String, _ intent: String, _ team: Int?, _ budget: Double?) throws
  {
    let r = try Self.record(line)
    #expect(Self.intent(r) == intent, "\(r)")
    #expect(Self.slots(r)["team_size"] as? Int == team, "\(r)")
    #expect(((Self.slots(r)["budget"] as? [String: Any])?["amount"] as? Double) == budget, "\(r)")
    if intent == "suggest_ideas" {
      #expect(!((r["ideas"] as? [Any]) ?? []).isEmpty, "ideas are shown for \(line)")
      // A first line is a request, never a follow-up: no "Now for …".
      #expect(!Self.reply(r).hasPrefix("Now"), "\(Self.reply(r))")
    } else {
      #expect(r["plan"] != nil, "a plan for \(line)")
    }
  }
}
