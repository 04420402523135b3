import Testing

@testable import ConfettiCore

@Suite struct ReplyFragmentsTests {
  static func listed(_ idea: Idea) -> [String] {
    let s = Suggestion(idea: idea, tier: idea.tiers[0], teamSize: 12)
    let page = Answer.IdeasPage(shown: [s], total: 1)
    return ReplyComposer(today: Fixtures.today).ideas(page, context: Constraints(), lead: nil).lines.map(
      \.text)
  }

  /// An idea's cached lines are the ones composed from it, and an idea changed under the same
  /// id (a user catalogue may reuse one) is never shown with the lines of the old one.
  @Test func cachedLinesFollowTheIdea() throws {
    for idea in Catalogue.builtin.ideas {
      let lines = Self.listed(idea)
      #expect(lines.contains("1. " + ReplyComposer.ideaHead(idea)), "\(idea.id)")
      #expect(lines.contains(ReplyComposer.summaryLine(idea)), "\(idea.id)")
    }
    var changed = try #require(Catalogue.builtin.ideas.first)
    _ = Self.listed(changed)
    changed.name = "Renamed Idea"
    changed.summary = "A summary that is long enough to be cut after its first sentence. And a second."
    let lines = Self.listed(changed)
    #expect(lines.contains { $0.hasPrefix("1. Renamed Idea — ") })
    #expect(
      lines.contains {
        $0.hasPrefix("   A summary that is long enough to be cut after its first sentence. (")
      })
    #expect(!lines.contains { $0.contains("And a second") })
  }
}
