/// An appreciation activity from the catalogue.
///
/// ```swift
/// let cookout = Catalogue.builtin.idea(id: "cookout")!
/// cookout.tags             // [.food, .outdoor, …]
/// cookout.moderateTier.name // the tier shown when no budget was given
/// ```
public struct Idea: Sendable, Equatable {
  public var id: String
  public var name: String
  public var summary: String
  public var steps: [String]
  public var aliases: [String]
  /// The kinds of idea this is (food, music, games, …), for "something with food".
  public var tags: [Kind]
  /// The documents the idea comes from.
  public var sources: [Source]
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
    id: String, name: String, summary: String, steps: [String], aliases: [String], tags: [Kind] = [],
    sources: [Source], theme: Theme, audience: Audience, formats: [Format], teamSize: ClosedRange<Int>,
    prep: String,
    tiers: [CostTier], costNote: String, cautions: [Caution]
  ) {
    self.id = id
    self.name = name
    self.summary = summary
    self.steps = steps
    self.aliases = aliases
    self.tags = tags
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
}

extension Idea {
  /// The tier to show when no budget was given: the middle one (the cheaper of two).
  public var moderateTier: CostTier { tiers[(tiers.count - 1) / 2] }
}

extension Idea {
  /// The formats `tier` works for: the tier's own list, or else the idea's.
  public func formats(of tier: CostTier) -> [Format] { tier.formats ?? formats }

  /// True when `tier` may be used for a team meeting in `format` (nil: any).
  public func tier(_ tier: CostTier, suits format: Format?) -> Bool {
    guard let format else { return true }
    return formats(of: tier).contains(format)
  }
}
