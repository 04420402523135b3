/// An idea priced for a team: which tier, what it costs, and how.
public struct Suggestion: Sendable, Equatable {
  public var idea: Idea
  public var tier: CostTier
  public var teamSize: Int
  public var score: Double
  /// The guests the person said come ("about 60 guests"), for a tier that invites them; nil for
  /// the tier's own guests per person.
  public var guests: Int?

  public init(idea: Idea, tier: CostTier, teamSize: Int, score: Double = 0, guests: Int? = nil) {
    self.idea = idea
    self.tier = tier
    self.teamSize = teamSize
    self.score = score
    self.guests = guests
  }

  public var cost: Double { tier.cost(for: teamSize, guests: guests) }

  /// What it takes from a week's budget: nothing for a year's cost (an annual tier).
  public var weekCost: Double { tier.weekCost(for: teamSize, guests: guests) }

  /// "$8/person × 12 + $40 = $136"
  public var breakdown: String { tier.breakdown(for: teamSize, guests: guests) }

  /// The breakdown with each amount in `price`'s currency.
  public func breakdown(_ price: PriceFormatter) -> String {
    price.breakdown(tier, teamSize: teamSize, guests: guests)
  }
}
