/// An appreciation activity from the catalogue.
///
/// ```swift
/// let cookout = Catalogue.builtin.idea(id: "cookout")!
/// cookout.bestTier(teamSize: 12, budget: 300)?.name  // the richest tier that fits
/// ```
public struct Idea: Sendable, Equatable {
  public var id: String
  public var name: String
  public var summary: String
  public var steps: [String]
  public var aliases: [String]
  /// Seed file names the idea comes from.
  public var sources: [String]
  public var theme: Theme
  public var audience: Audience
  public var formats: [Format]
  public var teamSize: ClosedRange<Int>
  public var prep: String
  /// Cheapest first.
  public var tiers: [CostTier]
  public var costNote: String
  public var cautions: [Caution]

  public init(
    id: String, name: String, summary: String, steps: [String], aliases: [String], sources: [String],
    theme: Theme, audience: Audience, formats: [Format], teamSize: ClosedRange<Int>, prep: String,
    tiers: [CostTier], costNote: String, cautions: [Caution]
  ) {
    self.id = id
    self.name = name
    self.summary = summary
    self.steps = steps
    self.aliases = aliases
    self.sources = sources
    self.theme = theme
    self.audience = audience
    self.formats = formats
    self.teamSize = teamSize
    self.prep = prep
    self.tiers = tiers
    self.costNote = costNote
    self.cautions = cautions
  }

  /// The cheapest way to run it for `teamSize` people.
  public func cheapestCost(teamSize: Int) -> Double {
    tiers.map { $0.cost(for: teamSize) }.min() ?? 0
  }

  /// The most valuable tier whose cost for `teamSize` fits `budget` (nil budget: any), or nil.
  public func bestTier(teamSize: Int, budget: Double?) -> CostTier? {
    let fitting = tiers.filter { budget == nil || $0.cost(for: teamSize) <= budget! + 1e-9 }
    return fitting.max { ($0.value, -$0.cost(for: teamSize)) < ($1.value, -$1.cost(for: teamSize)) }
  }

  public var supportsRemote: Bool { formats.contains(.remote) }
}

extension Idea {
  /// The tier to show when no budget was given: the middle one (the cheaper of two).
  public var moderateTier: CostTier { tiers[(tiers.count - 1) / 2] }
}
