/// An appreciation activity from the catalogue.
///
/// ```swift
/// let cookout = Catalogue.builtin.idea(id: "cookout")!
/// cookout.tags             // [.food, .outdoor, …]
/// cookout.moderateTier.name // the tier shown when no budget was given
/// ```
///
/// The fields live in one shared, immutable box: copying an idea (into a suggestion, a
/// plan, a page) retains one reference instead of each string and list; setting a field
/// makes a new box.
public struct Idea: Sendable, Equatable {
  struct Fields: Sendable, Equatable {
    var id: String
    var name: String
    var summary: String
    var steps: [String]
    var aliases: [String]
    var tags: [Kind]
    var sources: [Source]
    var theme: Theme
    var audience: Audience
    var formats: [Format]
    var teamSize: ClosedRange<Int>
    var needs: [Need]
    var prep: String
    var tiers: [CostTier]
    var costNote: String
    var cautions: [Caution]
  }

  // Kept for speed: removing it with Idea's box, the fragment caches and the Constraints views cost +87.6 % of `make bench-check` (800.1M → 1,501.0M).
  final class Storage: Sendable {
    let fields: Fields
    let masks: RuleMasks
    init(_ fields: Fields) {
      self.fields = fields
      masks = RuleMasks(tiers: fields.tiers, formats: fields.formats, tags: fields.tags, needs: fields.needs)
    }
  }

  /// What the hard rules read of an idea, packed once per idea as bit sets: the formats each
  /// tier works in (``formats(of:)``), their union, the kinds and the needs. The search reads
  /// these for every idea on every answer.
  struct RuleMasks: Sendable {
    let tierFormats: [UInt8]
    let formats: UInt8
    let tags: UInt64
    let needs: UInt8

    init(tiers: [CostTier], formats: [Format], tags: [Kind], needs: [Need]) {
      tierFormats = tiers.map { Format.mask(of: $0.formats ?? formats) }
      self.formats = tierFormats.reduce(0, |)
      self.tags = tags.reduce(0) { $0 | $1.bit }
      self.needs = Need.mask(of: needs)
    }
  }

  /// The idea's rule masks (see ``RuleMasks``).
  var masks: RuleMasks { storage.masks }

  private var storage: Storage

  private mutating func update(_ change: (inout Fields) -> Void) {
    var fields = storage.fields
    change(&fields)
    storage = Storage(fields)
  }

  public var id: String {
    get { storage.fields.id }
    set { update { $0.id = newValue } }
  }
  public var name: String {
    get { storage.fields.name }
    set { update { $0.name = newValue } }
  }
  public var summary: String {
    get { storage.fields.summary }
    set { update { $0.summary = newValue } }
  }
  public var steps: [String] {
    get { storage.fields.steps }
    set { update { $0.steps = newValue } }
  }
  public var aliases: [String] {
    get { storage.fields.aliases }
    set { update { $0.aliases = newValue } }
  }
  /// The kinds of idea this is (food, music, games, …), for "something with food".
  public var tags: [Kind] {
    get { storage.fields.tags }
    set { update { $0.tags = newValue } }
  }
  /// The documents the idea comes from.
  public var sources: [Source] {
    get { storage.fields.sources }
    set { update { $0.sources = newValue } }
  }
  public var theme: Theme {
    get { storage.fields.theme }
    set { update { $0.theme = newValue } }
  }
  public var audience: Audience {
    get { storage.fields.audience }
    set { update { $0.audience = newValue } }
  }
  public var formats: [Format] {
    get { storage.fields.formats }
    set { update { $0.formats = newValue } }
  }
  public var teamSize: ClosedRange<Int> {
    get { storage.fields.teamSize }
    set { update { $0.teamSize = newValue } }
  }
  /// What the idea needs to run that not every workplace has (a management layer, closing, …).
  public var needs: [Need] {
    get { storage.fields.needs }
    set { update { $0.needs = newValue } }
  }
  public var prep: String {
    get { storage.fields.prep }
    set { update { $0.prep = newValue } }
  }
  /// Cheapest first.
  public var tiers: [CostTier] {
    get { storage.fields.tiers }
    set { update { $0.tiers = newValue } }
  }
  public var costNote: String {
    get { storage.fields.costNote }
    set { update { $0.costNote = newValue } }
  }
  public var cautions: [Caution] {
    get { storage.fields.cautions }
    set { update { $0.cautions = newValue } }
  }

  public init(
    id: String, name: String, summary: String, steps: [String], aliases: [String], tags: [Kind] = [],
    sources: [Source], theme: Theme, audience: Audience, formats: [Format], teamSize: ClosedRange<Int>,
    needs: [Need] = [], prep: String,
    tiers: [CostTier], costNote: String, cautions: [Caution]
  ) {
    storage = Storage(
      Fields(
        id: id, name: name, summary: summary, steps: steps, aliases: aliases, tags: tags, sources: sources,
        theme: theme, audience: audience, formats: formats, teamSize: teamSize, needs: needs, prep: prep,
        tiers: tiers,
        costNote: costNote, cautions: cautions))
  }

  public static func == (lhs: Idea, rhs: Idea) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }
}

extension Idea {
  /// The tier to show when no budget was given: the middle one (the cheaper of two).
  public var moderateTier: CostTier { tiers[moderateTierIndex] }

  /// The place of ``moderateTier`` among the tiers.
  public var moderateTierIndex: Int { (tiers.count - 1) / 2 }
}

extension Idea {
  /// The formats `tier` works for: the tier's own list, or else the idea's.
  public func formats(of tier: CostTier) -> [Format] { tier.formats ?? formats }

  /// True when `tier` may be used for a team meeting in `format` (nil: any).
  public func tier(_ tier: CostTier, suits format: Format?) -> Bool {
    guard let format else { return true }
    return formats(of: tier).contains(format)
  }

  /// True when the tier at `index` may be used in `format` (nil: any), read from the masks.
  func tier(at index: Int, suits format: Format?) -> Bool {
    guard let format else { return true }
    return masks.tierFormats[index] & format.bit != 0
  }

  /// True when some tier works in `format`.
  func hasTier(suiting format: Format) -> Bool { masks.formats & format.bit != 0 }

  /// True when the idea is of kind `kind`.
  func has(_ kind: Kind) -> Bool { masks.tags & kind.bit != 0 }

  /// The first of `needs` (a mask, ``Need/mask(of:)``) the idea needs, or nil when it needs none.
  func firstNeed(among needs: UInt8) -> Need? {
    let both = masks.needs & needs
    guard both != 0 else { return nil }
    return Need.allCases.first { both & $0.bit != 0 }
  }
}
