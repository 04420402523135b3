import Testing

@testable import ConfettiCore

@Suite struct SuggesterTests {
  static let budgets: [Double] = [0, 1, 10, 50, 100, 300, 500, 1000, 2500, 5000, 10000]
  static let teamSizes = [1, 2, 5, 12, 40, 100, 250, 500]
  /// What the search looks for: nothing, a named idea, one kind, two kinds.
  static let contents: [(String?, [Kind])] = [
    (nil, []), ("cookout", []), (nil, [.food]), (nil, [.games, .music]),
  ]

  /// The hard rules, on every answer of a grid of budgets, team sizes, audiences and formats.
  @Test(arguments: budgets)
  func hardRulesHoldOnTheGrid(_ budget: Double) {
    let suggester = Suggester(catalogue: Fixtures.catalogue)
    for n in Self.teamSizes {
      for audience in [nil] + Audience.allCases.map(Optional.some) {
        for format in [nil] + Format.allCases.map(Optional.some) {
          for (perPerson, content) in [false, true].flatMap({ p in Self.contents.map { (p, $0) } }) {
            var c = Constraints()
            c.teamSize = n
            if perPerson { c.budgetPerPerson = .usd(budget / 10) } else { c.budget = .usd(budget) }
            c.audience = audience
            c.format = format
            (c.idea, c.kinds) = content
            let limit = c.totalBudget!
            let r = suggester.suggest(c)
            for s in r.ranked {
              // A year's cost (an annual tier) is never measured against a week's budget.
              #expect(s.weekCost <= limit + 1e-9, "\(s.idea.id) \(s.cost) > \(limit)")
              #expect(s.idea.teamSize.contains(n), "\(s.idea.id) for \(n)")
              #expect(audience.map { s.idea.audience.suits($0) } ?? true, "\(s.idea.id) audience")
              #expect(format.map { s.idea.formats.contains($0) } ?? true, "\(s.idea.id) format")
              #expect(format.map { s.idea.tier(s.tier, suits: $0) } ?? true, "\(s.idea.id) tier format")
              #expect(s.idea.tiers.contains(s.tier))
              if limit == 0 { #expect(s.cost == 0) }
            }
            if let (named, status) = r.named {
              #expect(named.idea.id == c.idea)
              #expect((status == .fits) == (r.ranked.first?.idea.id == c.idea))
              if case .overBudget(let needs) = status { #expect(needs > limit) }
            }
            #expect(r.ranked.isEmpty || r.nearest.isEmpty)
            #expect(r.nearest.allSatisfy { $0.cost > limit })
          }
        }
      }
    }
  }

  /// A distinctive word that names one idea outweighs a kind found in another word of the line:
  /// pies for charity are the pie-throwing idea, not every volunteering idea.
  @Test func aDistinctiveWordOutweighsAKindFromAnotherWord() throws {
    var c = Constraints()
    c.teamSize = 50
    c.kinds = [.volunteering]
    c.terms = RelevanceIndex.terms(of: "pies")
    let first = try #require(Suggester(catalogue: Fixtures.catalogue).suggest(c).ranked.first)
    #expect(first.idea.name.lowercased().contains("pie"), "\(first.idea.id)")
    c.terms = []
    let kindOnly = try #require(Suggester(catalogue: Fixtures.catalogue).suggest(c).ranked.first)
    #expect(kindOnly.idea.tags.contains(.volunteering), "\(kindOnly.idea.id)")
  }

  /// A kind left out is a hard rule for suggestions and plans, and a named idea of that kind says why.
  @Test(arguments: [Kind.food, .games, .customerFacing])
  func aKindLeftOutNeverShows(_ kind: Kind) throws {
    var c = Constraints()
    c.teamSize = 30
    c.budget = .usd(3000)
    c.withoutKinds = [kind]
    let r = Suggester(catalogue: Fixtures.catalogue).suggest(c)
    #expect(!r.ranked.isEmpty)
    #expect(r.ranked.allSatisfy { !$0.idea.tags.contains(kind) })
    let plan = WeekPlanner(catalogue: Fixtures.catalogue).plan(c, week: ServiceWeekCalendar.week(of: 2026))
    #expect(plan.days.flatMap(\.items).allSatisfy { !$0.idea.tags.contains(kind) })
    let named = try #require(Fixtures.catalogue.ideas.first { $0.tags.contains(kind) })
    c.idea = named.id
    #expect(Suggester(catalogue: Fixtures.catalogue).suggest(c).named?.1 == .unsuitable(.leftOut(kind)))
  }

  @Test func chosenTierIsTheBestThatFits() throws {
    var c = Constraints()
    c.teamSize = 40
    c.budget = .usd(5000)
    let festival = try #require(
      Suggester(catalogue: Fixtures.catalogue).suggest(c).ranked.first { $0.idea.id == "fall-festival" })
    let fitting = festival.idea.tiers.filter { $0.cost(for: 40) <= 5000 }
    #expect(festival.tier.value == fitting.map(\.value).max())
  }

  @Test func zeroBudgetGivesOnlyFreeIdeasAndSmallAndLargeBudgetsDiffer() {
    let suggester = Suggester(catalogue: Fixtures.catalogue)
    var small = Constraints()
    small.teamSize = 6
    small.budget = .usd(0)
    var large = Constraints()
    large.teamSize = 200
    large.budget = .usd(10000)
    let a = suggester.suggest(small).ranked
    let b = suggester.suggest(large).ranked
    #expect(a.count >= 5 && a.allSatisfy { $0.cost == 0 })
    #expect(b.prefix(5).contains { $0.cost > 0 })
    #expect(a.prefix(5).map(\.idea.id) != b.prefix(5).map(\.idea.id))
  }

  @Test func nothingFitsOffersTheNearestOptions() {
    var c = Constraints()
    c.teamSize = 500
    c.budget = .usd(1)
    c.format = .inPerson
    c.audience = .both
    // The built-in catalogue has free ideas, which fit any budget: what fits costs nothing.
    let all = Suggester(catalogue: Fixtures.catalogue).suggest(c)
    // (A year's cost is never held to a week's budget: such a tier is shown when no other fits.)
    #expect(all.ranked.allSatisfy { $0.cost <= 1 || $0.tier.annual })
    // Without the free ideas nothing fits $1 for 500 people, and the nearest options are offered.
    let paid = Fixtures.catalogue.ideas.filter { idea in
      idea.tiers.allSatisfy { !$0.annual && $0.cost(for: 500) > 1 }
    }
    #expect(paid.count >= 5)
    let r = Suggester(catalogue: Catalogue(ideas: paid, facts: Fixtures.catalogue.facts)).suggest(c)
    #expect(r.ranked.isEmpty)
    #expect(!r.nearest.isEmpty)
    #expect(r.nearest.map(\.cost) == r.nearest.map(\.cost).sorted())
    #expect(r.nearest.allSatisfy { $0.cost > 1 })
  }

  @Test func themeIsPreferredAndVarietyOtherwise() {
    var c = Constraints()
    c.teamSize = 20
    c.budget = .usd(1000)
    c.theme = .cocreate
    let top = Suggester(catalogue: Fixtures.catalogue).suggest(c).ranked.prefix(5)
    #expect(top.first?.idea.theme == .cocreate)
    c.theme = nil
    let plain = Suggester(catalogue: Fixtures.catalogue).suggest(c).ranked.prefix(5)
    #expect(Set(plain.map(\.idea.theme)).count >= 3)
  }

  @Test(arguments: Kind.allCases)
  func aKindAskedForComesFirstWhenAnIdeaOfThatKindFits(_ kind: Kind) {
    var c = Constraints()
    c.teamSize = 20
    c.kinds = [kind]
    let r = Suggester(catalogue: Fixtures.catalogue).suggest(c)
    let anyFits = r.ranked.contains { $0.idea.tags.contains(kind) }
    #expect(!anyFits || r.ranked.first?.idea.tags.contains(kind) == true, "\(kind)")
  }

  @Test func aNamedIdeaThatDoesNotSuitTheFormatIsExplained() throws {
    var c = Constraints()
    c.teamSize = 30
    c.format = .remote
    c.idea = "cookout"
    let r = Suggester(catalogue: Fixtures.catalogue).suggest(c)
    let (named, status) = try #require(r.named)
    #expect(named.idea.id == "cookout")
    guard case .unsuitable(.format(let formats)) = status else {
      Issue.record("expected unsuitable by format, got \(status)")
      return
    }
    #expect(!formats.contains(.remote))
    #expect(!r.ranked.isEmpty && r.ranked.allSatisfy { $0.idea.id != "cookout" })
  }

  @Test func withoutContentABudgetBuysBeforeFreeIdeas() {
    var c = Constraints()
    c.teamSize = 8
    c.budget = .usd(150)
    let top = Suggester(catalogue: Fixtures.catalogue).suggest(c).ranked.prefix(3)
    #expect(top.allSatisfy { $0.cost > 0 }, "\(top.map(\.idea.id))")
  }

  /// For every kind and audience: the coverage counts the ranked ideas of that kind, and when
  /// there are none it names an idea of that kind with the rule or budget that keeps it out.
  @Test(arguments: Kind.allCases)
  func kindCoverageIsHonest(_ kind: Kind) throws {
    for audience in [Audience.customers, .employees] {
      var c = Constraints()
      c.teamSize = 40
      c.budget = .usd(100)
      c.audience = audience
      c.kinds = [kind]
      let r = Suggester(catalogue: Fixtures.catalogue).suggest(c)
      let coverage = try #require(r.kinds)
      #expect(coverage.matching == r.ranked.count { $0.idea.tags.contains(kind) })
      if coverage.matching == 0, Fixtures.catalogue.ideas.contains(where: { $0.tags.contains(kind) }) {
        let (closest, status) = try #require(coverage.closest)
        #expect(closest.idea.tags.contains(kind))
        #expect(status != .fits)
      } else {
        #expect(coverage.closest == nil)
      }
    }
    var plain = Constraints()
    plain.teamSize = 40
    #expect(Suggester(catalogue: Fixtures.catalogue).suggest(plain).kinds == nil)
  }
}

@Suite struct DiversifyTests {
  /// The greedy re-ranking as first written: at each step, every idea not yet taken is scored.
  static func reference(_ items: [Suggestion]) -> [String] {
    let order = items.indices.sorted {
      (items[$0].score, items[$1].idea.id) > (items[$1].score, items[$0].idea.id)
    }
    var taken = [Bool](repeating: false, count: order.count)
    var counts: [Theme: Int] = [:]
    var out: [String] = []
    for _ in order.indices {
      var best = -1
      var bestScore = -Double.infinity
      for k in order.indices where !taken[k] {
        let adjusted = items[order[k]].score - 1.5 * Double(counts[items[order[k]].idea.theme, default: 0])
        if adjusted > bestScore {
          bestScore = adjusted
          best = k
        }
      }
      taken[best] = true
      counts[items[order[best]].idea.theme, default: 0] += 1
      out.append(items[order[best]].idea.id)
    }
    return out
  }

  /// Comparing only each theme's best gives the same order, ties included (scores on a half-point
  /// grid tie often).
  @Test func takingEachThemesBestEqualsScoringEveryIdea() {
    var generator = SystemRandomNumberGenerator()
    let suggester = Suggester(catalogue: .builtin)
    for round in 0..<200 {
      let ideas = Catalogue.builtin.ideas.shuffled(using: &generator).prefix(round % 60 + 1)
      let items = ideas.map { idea in
        Suggestion(
          idea: idea, tier: idea.moderateTier, teamSize: 10,
          score: Double(Int.random(in: 0...24, using: &generator)) / 2)
      }
      #expect(suggester.diversify(items).map(\.idea.id) == Self.reference(items))
    }
  }

  /// The alternation of staff and customer ideas, against its definition taken literally: remove
  /// from what is left the first for both or for the other side, else the first (seeded lists).
  @Test func theAlternationFollowsItsDefinition() {
    func byDefinition(_ list: [Audience]) -> [Int] {
      var rest = Array(list.indices)
      var order: [Int] = []
      var last: Audience?
      while !rest.isEmpty {
        let k = rest.firstIndex { list[$0] == .both || list[$0] != last } ?? 0
        let i = rest.remove(at: k)
        if list[i] != .both { last = list[i] }
        order.append(i)
      }
      return order
    }
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for n in 0..<200 {
      let list = (0..<(n % 23)).map { _ -> Audience in
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Audience.allCases[Int(seed >> 33) % Audience.allCases.count]
      }
      #expect(Suggester.alternationOrder(list) == byDefinition(list), "\(list)")
    }
    #expect(Suggester.alternationOrder([.employees, .employees, .customers, .both]) == [0, 2, 1, 3])
  }
}
