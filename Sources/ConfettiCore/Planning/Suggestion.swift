/// An idea priced for a team: which tier, what it costs, and how.
public struct Suggestion: Sendable, Equatable {
  public var idea: Idea
  public var tier: CostTier
  public var teamSize: Int
  public var score: Double

  public init(idea: Idea, tier: CostTier, teamSize: Int, score: Double = 0) {
    self.idea = idea
    self.tier = tier
    self.teamSize = teamSize
    self.score = score
  }

  public var cost: Double { tier.cost(for: teamSize) }

  /// What it takes from a week's budget: nothing for a year's cost (an annual tier).
  public var weekCost: Double { tier.weekCost(for: teamSize) }

  /// "$8/person × 12 + $40 = $136"
  public var breakdown: String { tier.breakdown(for: teamSize) }

  /// The breakdown with each amount in `price`'s currency.
  public func breakdown(_ price: PriceFormatter) -> String { price.breakdown(tier, teamSize: teamSize) }
}
