import Testing

@testable import ConfettiCore

@Suite struct IdeaRuleMaskTests {
  /// The packed masks say what the plain lists say, for every idea, tier, format and kind, and
  /// after a field changes.
  @Test func masksAgreeWithTheLists() throws {
    var ideas = Catalogue.builtin.ideas
    var changed = try #require(ideas.first)
    changed.formats = [.remote]
    changed.tags = [.music, .games]
    ideas.append(changed)
    for idea in ideas {
      for format in Format.allCases {
        for (k, tier) in idea.tiers.enumerated() {
          #expect(idea.tier(at: k, suits: format) == idea.tier(tier, suits: format), "\(idea.id)")
        }
        #expect(idea.hasTier(suiting: format) == idea.tiers.contains { idea.tier($0, suits: format) })
      }
      for kind in Kind.allCases { #expect(idea.has(kind) == idea.tags.contains(kind), "\(idea.id) \(kind)") }
    }
    #expect(Set(Kind.allCases.map(\.bit)).count == Kind.allCases.count)
    #expect(Kind.allCases.allSatisfy { $0.bit.nonzeroBitCount == 1 })
  }
}
