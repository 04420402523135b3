/// Everything in effect for a search: who, how many, how much, where, what theme.
///
/// ```swift
/// var c = Constraints()
/// c.teamSize = 12
/// c.budget = .usd(300)
/// c.totalBudget  // 300
/// ```
@dynamicMemberLookup
public struct Constraints: Sendable, Equatable {
  /// The team size assumed when none was given (said in the reply).
  public static let defaultTeamSize = 10

  /// The constraint slots in force (the slot table's constraints); read and written through
  /// their typed views (`c.teamSize`, `c.budget`, …).
  public var slots = Slots() {
    didSet { typed = Typed(slots) }
  }
  /// The stemmed content words of the question that set ``idea`` and ``kinds``, for the search.
  public var terms: [String] = []
  /// A price ceiling from "cheaper": ideas must cost less than this.
  public var maxCost: Double?
  /// How many guests come, as the person said ("with families, about 60 guests"): ideas that
  /// invite guests count these instead of their own guests per person. Nil when not said.
  public var guests: Int?
  /// What the team lacks, so ideas that need it are left out: a small business lacks every
  /// ``Need``; a shop that cannot close lacks ``Need/closing``. In need order, without repeats.
  public var withoutNeeds: [Need] = [] {
    didSet {
      withoutNeeds = Need.allCases.filter(withoutNeeds.contains)
      needsMask = Need.mask(of: withoutNeeds)
    }
  }
  /// How many ideas a planned day may hold, when the person said ("two a day", `plan --per-day`);
  /// nil leaves it to ``WeekPlanner/perDay(for:)`` (one for a tiny team, else two).
  public var perDay: Int?
  /// ``withoutNeeds`` as bits, for the rules.
  private(set) var needsMask: UInt8 = 0

  /// True when the team lacks everything a small business lacks (``Need/smallBusiness``).
  public var isSmallBusiness: Bool { Need.smallBusiness.allSatisfy(withoutNeeds.contains) }

  /// The format the rules hold ideas to: the one asked for, else in person for a small business,
  /// whose team works where its customers come (it gets no remote-only idea unless it asks for
  /// remote), else none.
  public var ruleFormat: Format? { typed.format ?? (assumesOnSite ? .inPerson : nil) }

  /// True when no format was asked for and the team is a small business, so in person is assumed.
  public var assumesOnSite: Bool { typed.format == nil && needsMask == Suggester.smallBusinessMask }

  public subscript<T>(dynamicMember key: WritableKeyPath<Slots, T>) -> T {
    get { slots[keyPath: key] }
    set { slots[keyPath: key] = newValue }
  }

  public init() {}

  /// The typed views the search reads for every idea (the team, the rules, the kinds), decoded
  /// from ``slots`` once when they change instead of on every read.
  // Kept for speed: removing it with Idea's box, the fragment caches and the Constraints views cost +87.6 % of `make bench-check` (800.1M → 1,501.0M).
  private var typed = Typed(Slots())

  private struct Typed: Sendable, Equatable {
    var teamSize: Int?
    var audience: Audience?
    var format: Format?
    var theme: Theme?
    var kinds: [Kind]
    var withoutKinds: [Kind]

    init(_ s: Slots) {
      teamSize = s.teamSize
      audience = s.audience
      format = s.format
      theme = s.theme
      kinds = s.kinds
      withoutKinds = s.withoutKinds
    }
  }

  public var teamSize: Int? {
    get { typed.teamSize }
    set { slots.teamSize = newValue }
  }
  public var audience: Audience? {
    get { typed.audience }
    set { slots.audience = newValue }
  }
  public var format: Format? {
    get { typed.format }
    set { slots.format = newValue }
  }
  public var theme: Theme? {
    get { typed.theme }
    set { slots.theme = newValue }
  }
  public var kinds: [Kind] {
    get { typed.kinds }
    set { slots.kinds = newValue }
  }
  public var withoutKinds: [Kind] {
    get { typed.withoutKinds }
    set { slots.withoutKinds = newValue }
  }

  public var effectiveTeamSize: Int { self.teamSize ?? Constraints.defaultTeamSize }

  /// The total budget in US dollars, the currency of the estimates: the stated total, or per
  /// person × team size, whichever is lower. A budget in pounds or euros is converted at the
  /// catalogue's dated rates (``RateTable/builtin``), so it is compared with what it buys.
  public var totalBudget: Double? {
    let perPersonTotal = self.budgetPerPerson.map {
      min(Constraints.dollars($0) * Double(effectiveTeamSize), NumberGrammar.maximum)
    }
    switch (self.budget.map(Constraints.dollars), perPersonTotal) {
    case (let b?, let p?): return min(b, p)
    case (let b?, nil): return b
    case (nil, let p?): return p
    case (nil, nil): return nil
    }
  }

  /// An amount in US dollars: converted at the catalogue's dated rates, or as it is when the table
  /// has no rate for its currency.
  public static func dollars(_ m: Money) -> Double { RateTable.builtin.dollars(m) ?? m.amount }

  /// The currency of the last amount the person said, kept when its budget is dropped ("scrap the
  /// budget" after £200 still speaks pounds).
  public var spokenCurrency: Money.Currency?

  /// The currency the person spoke in (dollars by default).
  public var currency: Money.Currency {
    self.budget?.currency ?? self.budgetPerPerson?.currency ?? spokenCurrency ?? .usd
  }

  public var isEmpty: Bool { self == Constraints() }

  /// True when the search has something to look for beyond the rules.
  public var hasContent: Bool { self.idea != nil || !self.kinds.isEmpty || !terms.isEmpty }
}
