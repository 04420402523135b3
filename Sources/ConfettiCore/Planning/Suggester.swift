/// Picks and ranks ideas that fit a team, a budget, an audience and a format,
/// putting what was asked for first.
///
/// Retrieval, then rules. Relevance comes from a BM25 search of the catalogue
/// (``RelevanceIndex``) fused with the kinds of idea asked for and an idea named
/// outright. The hard rules then filter, on every answer: an idea is shown only
/// inside its team size range, for a matching audience and format, and with a tier
/// that works in that format and whose cost for the team fits the budget (the
/// best-valued tier that fits is chosen). A zero budget therefore gives free ideas
/// only. Last, good use of the budget and variety across themes break ties.
///
/// ```swift
/// var c = Constraints(); c.teamSize = 12; c.budget = .usd(300); c.kinds = [.food]
/// let result = Suggester(catalogue: .builtin).suggest(c)
/// result.ranked.first?.idea.tags.contains(.food)  // true: food first, within $300
/// ```
public struct Suggester: Sendable {
  /// What became of an idea asked for by name.
  public enum NamedStatus: Sendable, Equatable {
    /// It fits every rule and the budget, and comes first.
    case fits
    /// It fits every rule, but its cheapest fitting tier costs more than the budget.
    case overBudget(needs: Double)
    /// A rule other than the budget excludes it.
    case unsuitable(Rule)
  }

  /// A hard rule other than the budget, as it excludes an idea.
  public enum Rule: Sendable, Equatable {
    /// The team size is outside the idea's range.
    case teamSize(ClosedRange<Int>)
    /// The idea is for another audience.
    case audience(Audience)
    /// No tier of the idea works in the format asked for; these are the idea's formats.
    case format([Format])
    /// The idea is of a kind asked to be left out ("no food").
    case leftOut(Kind)
    /// The idea itself was asked to be left out ("skip the cookout").
    case leftOutByName
    /// The idea needs something the team lacks (a management layer, closing the doors).
    case needs(Need)
  }

  /// The ranked ideas and, when none fit, the nearest options.
  public struct Result: Sendable {
    /// Everything that fits, best first.
    public var ranked: [Suggestion]
    /// When nothing fits: the cheapest ideas that satisfy every rule but the budget.
    public var nearest: [Suggestion]
    /// The idea asked for by name, if any, priced for the team, and whether it fits.
    public var named: (suggestion: Suggestion, status: NamedStatus)?
    /// How the kinds asked for were met: how many ranked ideas have one, and when none
    /// does, the idea of those kinds that came closest and why it is out.
    public var kinds: KindCoverage?
  }

  /// How many fitting ideas are of the kinds asked for ("music"), and when none is, the
  /// closest idea of those kinds with the rule or budget that keeps it out.
  public struct KindCoverage: Sendable {
    public var matching: Int
    public var closest: (suggestion: Suggestion, status: NamedStatus)?
  }

  public let catalogue: Catalogue

  public init(catalogue: Catalogue) {
    self.catalogue = catalogue
  }

  /// True when `idea` may be shown for these constraints, budget aside. `asked` is an idea the
  /// line described in its own words (``described(_:)``), which what the team lacks never keeps out.
  public static func fitsRules(_ idea: Idea, _ c: Constraints, asked: String? = nil) -> Bool {
    brokenRule(idea, c, asked: asked) == nil
  }

  /// The rule that keeps `idea` out under these constraints (budget aside), or nil when none does.
  /// An idea the person asked for — named in `c` (``Constraints/idea``) or described (`asked`) —
  /// is never kept out by what the team lacks: it is shown with a caution (``lacking(_:_:)``),
  /// not silently dropped.
  public static func brokenRule(_ idea: Idea, _ c: Constraints, asked: String? = nil) -> Rule? {
    if c.withoutIdeas.contains(idea.id) { return .leftOutByName }
    if !idea.teamSize.contains(c.effectiveTeamSize) { return .teamSize(idea.teamSize) }
    if let a = c.audience, !idea.audience.suits(a) { return .audience(idea.audience) }
    if let f = c.ruleFormat, !idea.hasTier(suiting: f),
      !c.assumesOnSite || (idea.id != c.idea && idea.id != asked)
    {
      return .format(idea.formats)
    }
    if c.needsMask != 0, let need = idea.firstNeed(among: c.needsMask), idea.id != c.idea, idea.id != asked {
      return .needs(need)
    }
    if !c.withoutKinds.isEmpty, let k = c.withoutKinds.first(where: idea.has) { return .leftOut(k) }
    return nil
  }

  /// The idea the line's own words describe when none was named ("partner with a charity on a
  /// clean-up day"): the catalogue's best match for the content words, when that match is strong
  /// enough to count as the line being about it (``IntentMatcher/isStrong(_:)``, about two
  /// distinctive words of the idea). Nil when the team lacks nothing (it only matters then).
  public func described(_ c: Constraints) -> String? {
    guard c.needsMask != 0, c.idea == nil, !c.terms.isEmpty else { return nil }
    // Words that speak for a group ("team", "we", "staff") describe who, not what.
    let content = c.terms.filter { !IntentMatcher.groupWordStems.contains($0) }
    let evidence = catalogue.relevance.value.evidence(content)
    guard let best = evidence.indices.max(by: { evidence[$0] < evidence[$1] }),
      IntentMatcher.isStrong(evidence[best])
    else { return nil }
    return catalogue.ideas[best].id
  }

  /// What `idea` needs that the team said it lacks, in need order: empty unless the idea was
  /// named and shown despite it (see ``brokenRule(_:_:)``).
  public static func lacking(_ idea: Idea, _ c: Constraints) -> [Need] {
    c.needsMask == 0 ? [] : idea.needs.filter(c.withoutNeeds.contains).sorted()
  }

  /// Why `idea` cannot be shown under `c`: the rule it breaks, or else the budget it would
  /// need, with the suggestion to show for it.
  public static func whyNot(_ idea: Idea, _ c: Constraints) -> (suggestion: Suggestion, status: NamedStatus) {
    if let rule = brokenRule(idea, c) {
      return (
        Suggestion(idea: idea, tier: idea.moderateTier, teamSize: c.effectiveTeamSize, guests: c.guests),
        .unsuitable(rule)
      )
    }
    let cheapest = Suggester.cheapest(idea, c)
    return (cheapest, .overBudget(needs: cheapest.cost))
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

  /// The tier to show under `c`: the most valuable one that fits the limit and the format,
  /// or with no budget the moderate one (or the nearest that works in the format). A year's
  /// cost (an ``CostTier/annual`` tier) is never measured against a week's budget: such a tier
  /// is shown, cheapest first, only when no tier for the week fits.
  static func tier(for idea: Idea, _ c: Constraints, limit: Double?) -> CostTier? {
    let n = c.effectiveTeamSize
    let format = tierFormat(idea, c)
    if let limit {
      // The tier that scores best: its value, plus good use of the budget; the first of equals.
      // One pass, each tier priced once (this runs for every idea on every answer).
      let strict = c.maxCost != nil && limit == c.maxCost
      let tiers = idea.tiers
      var best: Int?
      var bestKey = (score: 0.0, cost: 0.0)
      for k in tiers.indices {
        guard !tiers[k].annual else { continue }
        let cost = tiers[k].cost(for: n, guests: c.guests)
        // A ceiling of 0 ("which are free?") keeps what costs nothing.
        let under = strict && limit > 0 ? cost < limit - 1e-9 : cost <= limit + 1e-9
        guard under, idea.tier(at: k, suits: format)
        else { continue }
        let key = (score: budgetScore(tiers[k], c, limit), cost: cost)
        if best == nil || (bestKey.score, -bestKey.cost) < (key.score, -key.cost) {
          best = k
          bestKey = key
        }
      }
      if let best { return tiers[best] }
      // "Which are free?" (a limit of 0) wants nothing to pay, this year or this week, and
      // "cheaper" wants less to pay.
      guard limit > 0, !strict else { return nil }
      return tiers.indices.filter { tiers[$0].annual && idea.tier(at: $0, suits: format) }
        .min { tiers[$0].cost(for: n, guests: c.guests) < tiers[$1].cost(for: n, guests: c.guests) }
        .map { tiers[$0] }
    }
    let tiers = idea.tiers
    let moderate = idea.moderateTierIndex
    if idea.tier(at: moderate, suits: format) { return tiers[moderate] }
    return tiers.indices.last { idea.tier(at: $0, suits: format) }.map { tiers[$0] }
  }

  /// The format `idea`'s tier must work in under `c`: the one asked for; in person for a small
  /// business that asked for none, when the idea can be run so (an idea it named that cannot is
  /// shown as it can be run).
  static func tierFormat(_ idea: Idea, _ c: Constraints) -> Format? {
    if let f = c.format { return f }
    return c.assumesOnSite && idea.hasTier(suiting: .inPerson) ? .inPerson : nil
  }

  public func suggest(_ c: Constraints) -> Result {
    let n = c.effectiveTeamSize
    let limit = Suggester.limit(c)
    let relevance = self.relevance(c)
    var fitting: [Suggestion] = []
    var eligible: [Idea] = []
    fitting.reserveCapacity(catalogue.ideas.count)
    eligible.reserveCapacity(catalogue.ideas.count)
    var named: (Suggestion, NamedStatus)?
    let asked = described(c)
    for (i, idea) in catalogue.ideas.enumerated() {
      let isNamed = idea.id == c.idea
      let fits = Suggester.fitsRules(idea, c, asked: asked)
      if fits { eligible.append(idea) }
      guard fits, let tier = Suggester.tier(for: idea, c, limit: limit) else {
        if isNamed { named = Suggester.whyNot(idea, c) }
        continue
      }
      let s = Suggestion(
        idea: idea, tier: tier, teamSize: n, score: score(idea, tier, c, limit) + 40 * relevance[i],
        guests: c.guests)
      if isNamed {
        named = (s, .fits)
      } else {
        fitting.append(s)
      }
    }
    var ranked = diversify(fitting)
    if c.audience == .both { ranked = Suggester.alternatingAudiences(ranked) }
    if let (s, status) = named, status == .fits { ranked.insert(s, at: 0) }
    var nearest: [Suggestion] = []
    if ranked.isEmpty {
      if eligible.isEmpty {
        // No idea suits the team size: those made for the nearest size that keep the other rules.
        var any = c
        any.teamSize = nil
        let others = catalogue.ideas.filter { idea in
          var atSize = any
          atSize.teamSize = min(max(n, idea.teamSize.lowerBound), idea.teamSize.upperBound)
          return Suggester.fitsRules(idea, atSize)
        }
        let gap = { (idea: Idea) in max(idea.teamSize.lowerBound - n, n - idea.teamSize.upperBound, 0) }
        if let closest = others.map(gap).min() { eligible = others.filter { gap($0) == closest } }
      }
      nearest = eligible.map { Suggester.cheapest($0, c) }
        .sorted { ($0.cost, $0.idea.id) < ($1.cost, $1.idea.id) }
      nearest = Array(nearest.prefix(3))
    }
    return Result(ranked: ranked, nearest: nearest, named: named, kinds: coverage(ranked, c, relevance))
  }

  /// How the kinds in `c` were met by `ranked`; nil when no kind was asked for.
  func coverage(_ ranked: [Suggestion], _ c: Constraints, _ relevance: [Double]) -> KindCoverage? {
    guard !c.kinds.isEmpty else { return nil }
    let matching = ranked.count { $0.idea.tags.contains(where: c.kinds.contains) }
    guard matching == 0 else { return KindCoverage(matching: matching) }
    let closest = catalogue.ideas.indices
      .filter { catalogue.ideas[$0].tags.contains(where: c.kinds.contains) }
      .max { (relevance[$0], catalogue.ideas[$1].id) < (relevance[$1], catalogue.ideas[$0].id) }
    return KindCoverage(matching: 0, closest: closest.map { Suggester.whyNot(catalogue.ideas[$0], c) })
  }

  /// The idea at its cheapest tier that works in the format asked for.
  static func cheapest(_ idea: Idea, _ c: Constraints) -> Suggestion {
    let n = c.effectiveTeamSize
    let format = tierFormat(idea, c)
    let usable = idea.tiers.filter { idea.tier($0, suits: format) }
    let g = c.guests
    let tier = (usable.isEmpty ? idea.tiers : usable).min {
      $0.cost(for: n, guests: g) < $1.cost(for: n, guests: g)
    }!
    return Suggestion(idea: idea, tier: tier, teamSize: n, guests: g)
  }

  /// How much the share of the kinds asked for counts in ``relevance(_:)``, against the text
  /// match's 1 − this. The kind words are also indexed text, so a kind is counted twice; a
  /// distinctive word that names an idea ("throw a pie at a supervisor for charity") must still
  /// outweigh a kind found in another word of the line (charity → volunteering).
  static let kindWeight = 0.3

  /// The search term for the customers audience.
  static let customerTerm = Stemmer.stem("customers")

  /// Relevance in [0, 1] of each catalogue idea to what was asked: BM25 over the content
  /// words, fused with the share of the kinds asked for that the idea has. Without a named
  /// idea or kinds, a named idea's own kinds and words stand in, so the closest ideas
  /// follow it.
  func relevance(_ c: Constraints) -> [Double] {
    let count = catalogue.ideas.count
    guard c.hasContent else { return Array(repeating: 0, count: count) }
    var kinds = c.kinds
    var terms = c.terms
    // Customers named beside other content words are part of what is asked ("sessions where
    // clients suggest fixes"): ideas written about customers match better.
    if c.audience == .customers && !terms.isEmpty { terms.append(Suggester.customerTerm) }
    if let id = c.idea, let idea = catalogue.idea(id: id) {
      if kinds.isEmpty { kinds = idea.tags }
      terms += RelevanceIndex.terms(of: idea.name)
    }
    let text = catalogue.relevance.value.scores(terms)
    let top = text.max() ?? 0
    let kindBits = kinds.map(\.bit)
    return catalogue.ideas.indices.map { i in
      let t = top > 0 ? text[i] / top : 0
      guard !kinds.isEmpty else { return t }
      let tags = catalogue.ideas[i].masks.tags
      let k = Double(kindBits.count { tags & $0 != 0 }) / Double(kinds.count)
      return Suggester.kindWeight * k + (1 - Suggester.kindWeight) * t
    }
  }

  /// The rules-and-budget part of the score: the tier's value, the theme and audience
  /// asked for, and good use of the budget.
  func score(_ idea: Idea, _ tier: CostTier, _ c: Constraints, _ limit: Double?) -> Double {
    var s = Suggester.budgetScore(tier, c, limit)
    if let t = c.theme, idea.theme == t { s += 6 }
    if let a = c.audience, idea.audience == a { s += 1.5 }
    if let f = c.format, idea.formats.first == f { s += 0.5 }
    if Suggester.isForAnotherTeam(idea, c) { s -= Suggester.particularTeamPenalty }
    if c.needsMask == Suggester.smallBusinessMask, idea.has(.smallBusiness) {
      s += Suggester.smallBusinessBonus
    }
    return s
  }

  /// What a small business lacks (every ``Need``), as the bits of ``Constraints/withoutNeeds``.
  static let smallBusinessMask = Need.mask(of: Need.allCases)

  /// How much an idea the catalogue marks as suiting a small business (the `small_business`
  /// kind) gains when the team is one ("my bakery"): the profile steers the list as the kind
  /// would if asked for, by about what a richer tier is worth.
  static let smallBusinessBonus = 3.0

  /// How much an idea made for a particular kind of team loses when the team asked for none.
  static let particularTeamPenalty = 4.0

  /// The size from which a team counts as large, so ideas for large teams suit it unasked.
  static let largeTeamSize = 150

  /// True when `idea` is made for a particular kind of team (``Kind/particularTeams``) and the
  /// question names none of those kinds, nor (for large-team ideas) a team that large: a
  /// night-shift breakfast or a southern-hemisphere spring party is not a first answer for
  /// "something with drinks for 15".
  static func isForAnotherTeam(_ idea: Idea, _ c: Constraints) -> Bool {
    // Read from the idea's kind bits: this runs for every idea on every answer.
    let made = idea.masks.tags & particularTeamBits
    guard made != 0, !c.kinds.contains(where: Kind.particularTeams.contains) else { return false }
    if made & largeTeamBit != 0 && c.effectiveTeamSize >= largeTeamSize { return false }
    return true
  }

  /// ``Kind/particularTeams`` as bits of ``Idea/RuleMasks/tags``.
  static let particularTeamBits = Kind.particularTeams.reduce(UInt64(0)) { $0 | $1.bit }
  /// ``Kind/largeTeam`` as a bit of ``Idea/RuleMasks/tags``.
  static let largeTeamBit = Kind.largeTeam.bit

  /// A tier's value (1–10) plus good use of the budget: a paid tier that takes up to half
  /// of it earns 1 to 3.5 more the more it uses; past nine tenths it leaves nothing for
  /// anything else and earns less. Free earns nothing extra, so money given is money used.
  static func budgetScore(_ tier: CostTier, _ c: Constraints, _ limit: Double?) -> Double {
    var s = Double(tier.value)
    let cost = tier.cost(for: c.effectiveTeamSize, guests: c.guests)
    if let limit, limit > 0, cost > 0 {
      let share = cost / limit
      s += 1 + 2.5 * min(share / 0.5, 1) - 5 * max(0, share - 0.9)
    }
    return s
  }

  /// For staff and customers both, a mix: ideas for employees and ideas for customers take turns,
  /// each the best left of its side (an idea for both may take either turn), so a page of five
  /// holds some of each whenever the catalogue has them.
  static func alternatingAudiences(_ items: [Suggestion]) -> [Suggestion] {
    alternationOrder(items.map(\.idea.audience)).map { items[$0] }
  }

  /// The order ``alternatingAudiences(_:)`` puts items of these audiences in (indices into the list):
  /// each turn takes the first left that is for both or for the other side than the last, else the
  /// first left. Each audience's indices wait in rank order, so a turn compares three queue heads.
  ///
  /// ```swift
  /// Suggester.alternationOrder([.employees, .employees, .customers, .both])  // [0, 2, 1, 3]
  /// ```
  public static func alternationOrder(_ list: [Audience]) -> [Int] {
    let audiences = Audience.allCases
    var queues = [[Int]](repeating: [], count: audiences.count)
    for (k, a) in list.enumerated() { queues[audiences.firstIndex(of: a) ?? 0].append(k) }
    var heads = [Int](repeating: 0, count: audiences.count)
    var order: [Int] = []
    order.reserveCapacity(list.count)
    var last: Audience?
    for _ in list.indices {
      var pick: Int?  // the queue whose head is the first left for both or for the other side
      var first: Int?  // the queue whose head is the first left
      for a in audiences.indices where heads[a] < queues[a].count {
        let k = queues[a][heads[a]]
        if first.map({ k < queues[$0][heads[$0]] }) ?? true { first = a }
        if audiences[a] == .both || audiences[a] != last, pick.map({ k < queues[$0][heads[$0]] }) ?? true {
          pick = a
        }
      }
      guard let a = pick ?? first else { break }
      order.append(queues[a][heads[a]])
      heads[a] += 1
      if audiences[a] != .both { last = audiences[a] }
    }
    return order
  }

  /// Greedy re-ranking that lowers ideas whose theme already appeared, for variety.
  /// Works on indices, so the (large) suggestions move once.
  func diversify(_ items: [Suggestion]) -> [Suggestion] {
    // Score first, then id; the ids are read only for equal scores, and the scores are read
    // into a plain array first (reading a field of an array element inside the comparison
    // would copy the element, retaining its idea and tier).
    let scores = items.map(\.score)
    let order = items.indices.sorted { a, b in
      scores[a] != scores[b] ? scores[a] > scores[b] : items[a].idea.id < items[b].idea.id
    }
    let themes = Theme.allCases
    let themeIndex = order.map { k in themes.firstIndex(of: items[k].idea.theme)! }
    // Within a theme every idea bears the same penalty, so the best of a theme is its first not
    // yet taken (in score order); each step compares those few, ties going to the earlier.
    // Each theme's queue is a chain through `next` (no array per theme): `heads[t]` is its first
    // place in `order` not yet taken, -1 when none is left.
    let themeCount = themes.count
    var heads = [Int](repeating: -1, count: themeCount)
    var next = [Int](repeating: -1, count: order.count)
    for k in order.indices.reversed() {
      next[k] = heads[themeIndex[k]]
      heads[themeIndex[k]] = k
    }
    var themeCounts = [Int](repeating: 0, count: themeCount)
    var out: [Suggestion] = []
    out.reserveCapacity(items.count)
    for _ in order.indices {
      var best = -1
      var bestTheme = -1
      var bestScore = -Double.infinity
      for t in 0..<themeCount where heads[t] >= 0 {
        let k = heads[t]
        let adjusted = scores[order[k]] - 1.5 * Double(themeCounts[t])
        if adjusted > bestScore || (adjusted == bestScore && k < best) {
          bestScore = adjusted
          best = k
          bestTheme = t
        }
      }
      heads[bestTheme] = next[best]
      themeCounts[bestTheme] += 1
      out.append(items[order[best]])
    }
    return out
  }
}
