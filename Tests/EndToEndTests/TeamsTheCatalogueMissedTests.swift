import Foundation
import Testing

/// Night shifts, accessibility, wellbeing and very large teams get ideas made for them, through
/// the real binary: the first ideas carry the kind asked for, and a team of 2,000 gets ideas
/// made for large, multi-site teams, each of which works at that size.
@Suite struct TeamsTheCatalogueMissedTests {
  static func ideas(_ line: String) throws -> [[String: Any]] {
    try ConfettiProcess.firstRecord(line)["ideas"] as? [[String: Any]] ?? []
  }

  static func tags(_ idea: [String: Any]) -> [String] { idea["tags"] as? [String] ?? [] }

  @Test(arguments: [
    ("what can we do for the overnight crew, about 25 of them", "night_shift"),
    ("ideas for our night shift team of 18", "night_shift"),
    ("something for a team of 30 that includes wheelchair users", "accessibility"),
    ("ideas our deaf and hard of hearing colleagues can fully join, 20 people", "accessibility"),
    ("wellbeing ideas for a stressed team of 40", "wellness"),
    ("career growth ideas for 50 agents", "career"),
  ])
  func aTeamTheCatalogueMissedGetsIdeasMadeForIt(_ line: String, _ kind: String) throws {
    let ideas = try Self.ideas(line)
    try #require(ideas.count >= 3, "\(line)")
    for idea in ideas.prefix(3) {
      #expect(Self.tags(idea).contains(kind), "\(line): \(idea["id"] ?? "") lacks \(kind)")
    }
  }

  /// Every idea offered to 2,000 people works at that size; asked for a multi-site team, the first
  /// ideas are the ones made for large, multi-site teams.
  @Test(arguments: [
    ("ideas for 2,000 people", 0), ("we're 2000 agents on several sites, what could we do?", 3),
    ("a multi-site team of 2,000, any ideas?", 3),
  ])
  func aTeamOfTwoThousandGetsIdeasForLargeTeams(_ line: String, _ minLarge: Int) throws {
    let ideas = try Self.ideas(line)
    try #require(ideas.count >= 5, "\(line)")
    for idea in ideas {
      let size = idea["team_size"] as? [String: Any]
      #expect((size?["max"] as? Int ?? 0) >= 2000, "\(idea["id"] ?? "") does not reach 2,000")
    }
    let large = ideas.prefix(5).filter { Self.tags($0).contains("large_team") }
    #expect(large.count >= minLarge, "\(ideas.prefix(5).map { $0["id"] ?? "" })")
  }
}
