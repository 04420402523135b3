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
}
