import ConfettiCore
import Testing

@testable import ConfettiSession

@Suite struct IdeaFragmentsTests {
  static func text(_ body: (inout JSONWriter) -> Void) -> String {
    var out: [UInt8] = []
    JSONWriter.write(into: &out, body)
    return String(decoding: out, as: UTF8.self)
  }

  static func cached(_ s: Suggestion, _ price: PriceFormatter = PriceFormatter(currency: .usd)) -> String {
    text { JSONRenderer.idea(s, price, to: &$0) }
  }

  static func fieldByField(_ s: Suggestion, _ price: PriceFormatter = PriceFormatter(currency: .usd))
    -> String
  {
    text { w in
      w.beginObject()
      JSONRenderer.ideaFields(s, price, to: &w)
      w.endObject()
    }
  }

  /// The cached fragments give the same bytes as the idea written field by field, for every idea,
  /// tier and a few team sizes; and a changed idea under the same id is not served stale.
  @Test func cachedIdeaJSONEqualsTheFullObject() throws {
    for idea in Catalogue.builtin.ideas {
      for tier in idea.tiers {
        for team in [1, 12, 250] {
          let s = Suggestion(idea: idea, tier: tier, teamSize: team)
          #expect(Self.cached(s) == Self.fieldByField(s), "\(idea.id)")
          let pounds = PriceFormatter(currency: .gbp)
          #expect(Self.cached(s, pounds) == Self.fieldByField(s, pounds), "\(idea.id)")
        }
      }
    }
    var renamed = try #require(Catalogue.builtin.ideas.first)
    let original = Suggestion(idea: renamed, tier: renamed.tiers[0], teamSize: 10)
    _ = Self.cached(original)
    renamed.name = "Renamed \"idea\""
    let changed = Suggestion(idea: renamed, tier: renamed.tiers[0], teamSize: 10)
    #expect(Self.cached(changed).contains("Renamed \\\"idea\\\""))
  }
}
