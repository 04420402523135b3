import ConfettiCore
import Testing

@testable import ConfettiCLI

@Suite struct IdeaFragmentsTests {
  /// The cached fragments give the same bytes as the idea written field by field, for every idea,
  /// tier and a few team sizes; and a changed idea under the same id is not served stale.
  @Test func cachedIdeaJSONEqualsTheFullObject() throws {
    for idea in Catalogue.builtin.ideas {
      for tier in idea.tiers {
        for team in [1, 12, 250] {
          let s = Suggestion(idea: idea, tier: tier, teamSize: team)
          #expect(JSONRenderer.idea(s).serialized == JSONRenderer.ideaObject(s).serialized, "\(idea.id)")
        }
      }
    }
    var renamed = try #require(Catalogue.builtin.ideas.first)
    let original = Suggestion(idea: renamed, tier: renamed.tiers[0], teamSize: 10)
    _ = JSONRenderer.idea(original)
    renamed.name = "Renamed \"idea\""
    let changed = Suggestion(idea: renamed, tier: renamed.tiers[0], teamSize: 10)
    #expect(JSONRenderer.idea(changed).serialized.contains("Renamed \\\"idea\\\""))
  }
}
