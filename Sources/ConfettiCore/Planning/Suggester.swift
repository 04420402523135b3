/// Picks and ranks ideas that fit a team, a budget, an audience and a format.
///
/// Hard rules, checked on every answer: an idea is shown only inside its team
/// size range, for a matching audience and format, and with a tier whose cost
/// for the team fits the budget (the best-valued tier that fits is chosen). A
/// zero budget therefore gives free ideas only. Ranking: relevance to what was
/// asked first (theme, exact audience), then good use of the budget, with
/// variety across themes.
///
/// ```swift
/// var c = Constraints(); c.teamSize = 12; c.budget = .usd(300)
/// let result = Suggester(catalogue: .builtin).suggest(c)
/// result.ranked.prefix(5)   // every one costs at most $300 for 12 people
/// ```
public struct Suggester: Sendable {
  /// The ranked ideas and, when none fit, the nearest options.
  public struct Result: Sendable {
    /// Everything that fits, best first.
    public var ranked: [Suggestion]
    /// When nothing fits: the cheapest ideas that satisfy every rule but the budget.
    public var nearest: [Suggestion]
  }

  public let catalogue: Catalogue

  public init(catalogue: Catalogue) {
    self.catalogue = catalogue
  }

  /// True when `idea` may be shown for these constraints, budget aside.
  public static func fitsRules(_ idea: Idea, _ c: Constraints) -> Bool {
    let n = c.effectiveTeamSize
    guard idea.teamSize.contains(n) else { return false }
    if let a = c.audience, !idea.audience.suits(a) { return false }
    if let f = c.format, !idea.formats.contains(f) { return false }
    return true
  }

  /// The spending limit in force: the budget, lowered by a "cheaper" ceiling.
  static func limit(_ c: Constraints) -> Double? {
    switch (c.totalBudget, c.maxCost) {
    case (let b?, let m?): return min(b, m)
    case (let b?, nil): return b
    case (nil, let m?): return m
    case (nil, nil): return nil
    }
  }

  public func suggest(_ c: Constraints) -> Result {
    let n = c.effectiveTeamSize
    let limit = Suggester.limit(c)
    var fitting: [Suggestion] = []
    var eligible: [Idea] = []
    for idea in catalogue.ideas where Suggester.fitsRules(idea, c) {
      eligible.append(idea)
      let tier: CostTier?
      if let limit {
        tier = Suggester.bestTier(
          idea, teamSize: n, limit: limit, strict: c.maxCost != nil && limit == c.maxCost)
      } else {
        tier = idea.moderateTier
      }
      guard let tier else { continue }
      fitting.append(Suggestion(idea: idea, tier: tier, teamSize: n, score: score(idea, tier, c, limit)))
    }
    let ranked = diversify(fitting)
    var nearest: [Suggestion] = []
    if ranked.isEmpty {
      nearest = eligible.map { idea -> Suggestion in
        let tier = idea.tiers.min { $0.cost(for: n) < $1.cost(for: n) }!
        return Suggestion(idea: idea, tier: tier, teamSize: n, score: 0)
      }.sorted { ($0.cost, $0.idea.id) < ($1.cost, $1.idea.id) }
      nearest = Array(nearest.prefix(3))
    }
    return Result(ranked: ranked, nearest: nearest)
  }

  /// The most valuable tier that fits `limit` (strictly under it for a "cheaper" ceiling).
  static func bestTier(_ idea: Idea, teamSize: Int, limit: Double, strict: Bool) -> CostTier? {
    let fits = idea.tiers.filter {
      let cost = $0.cost(for: teamSize)
      return strict ? cost < limit - 1e-9 : cost <= limit + 1e-9
    }
    return fits.max { ($0.value, -$0.cost(for: teamSize)) < ($1.value, -$1.cost(for: teamSize)) }
  }

  func score(_ idea: Idea, _ tier: CostTier, _ c: Constraints, _ limit: Double?) -> Double {
    var s = Double(tier.value)
    if let t = c.theme, idea.theme == t { s += 6 }
    if let a = c.audience, idea.audience == a { s += 1.5 }
    if let f = c.format, idea.formats.first == f { s += 0.5 }
    if let limit, limit > 0 {
      // Good use of the budget: a share of it, not all of it on one idea.
      let share = tier.cost(for: c.effectiveTeamSize) / limit
      s += share <= 0.6 ? share * 2 : 1.2 - (share - 0.6)
    }
    return s
  }

  /// Greedy re-ranking that lowers ideas whose theme already appeared, for variety.
  /// Works on indices, so the (large) suggestions move once.
  func diversify(_ items: [Suggestion]) -> [Suggestion] {
    let order = items.indices.sorted {
      (items[$0].score, items[$1].idea.id) > (items[$1].score, items[$0].idea.id)
    }
    let themeIndex = order.map { Theme.allCases.firstIndex(of: items[$0].idea.theme)! }
    var taken = [Bool](repeating: false, count: order.count)
    var themeCounts = [Int](repeating: 0, count: Theme.allCases.count)
    var out: [Suggestion] = []
    out.reserveCapacity(items.count)
    for _ in order.indices {
      var best = -1
      var bestScore = -Double.infinity
      for k in order.indices where !taken[k] {
        let adjusted = items[order[k]].score - 1.5 * Double(themeCounts[themeIndex[k]])
        if adjusted > bestScore {
          bestScore = adjusted
          best = k
        }
      }
      taken[best] = true
      themeCounts[themeIndex[best]] += 1
      out.append(items[order[best]])
    }
    return out
  }
}
