import Testing

@testable import ConfettiCore

@Suite struct WeekPlannerTests {
  /// A small catalogue: the first two ideas of each theme.
  static let small: Catalogue = {
    var ideas: [Idea] = []
    for t in Theme.allCases { ideas += Fixtures.catalogue.ideas.filter { $0.theme == t }.prefix(2) }
    return Catalogue(ideas: ideas, facts: [])
  }()

  /// Every choice for one day: nothing, one priced idea, or two different ideas.
  static func dayChoices(_ items: [Suggestion]) -> [[Suggestion]] {
    var out: [[Suggestion]] = [[]]
    for (i, a) in items.enumerated() {
      out.append([a])
      for b in items[(i + 1)...] where b.idea.id != a.idea.id { out.append([a, b]) }
    }
    return out
  }

  /// Exhaustive search for the best objective within the budget.
  static func bruteForce(_ c: Constraints, catalogue: Catalogue) -> Int {
    let n = c.effectiveTeamSize
    let budget = c.totalBudget ?? WeekPlanner.moderatePerPerson * Double(n)
    let bonus = WeekPlanner(catalogue: catalogue).relevanceBonus(c)
    func items(_ t: Theme) -> [Suggestion] {
      catalogue.ideas.filter { $0.theme == t && Suggester.fitsRules($0, c) }.flatMap { idea in
        idea.tiers.map { Suggestion(idea: idea, tier: $0, teamSize: n) }
      }
    }
    let e = dayChoices(items(.educate))
    let a = dayChoices(items(.activate))
    let co = dayChoices(items(.cocreate))
    let ce = dayChoices(items(.celebrate))
    var best = Int.min
    func cost(_ d: [Suggestion]) -> Double { d.reduce(0) { $0 + $1.cost } }
    for d1 in e {
      for d2 in a where cost(d1) + cost(d2) <= budget + 1e-9 {
        for d3 in co where cost(d1) + cost(d2) + cost(d3) <= budget + 1e-9 {
          let used = Set(d3.map(\.idea.id))
          for d4 in co where d4.allSatisfy({ !used.contains($0.idea.id) }) {
            let c4 = cost(d1) + cost(d2) + cost(d3) + cost(d4)
            guard c4 <= budget + 1e-9 else { continue }
            for d5 in ce where c4 + cost(d5) <= budget + 1e-9 {
              best = max(best, WeekPlanner.objective([d1, d2, d3, d4, d5], budget: budget, bonus: bonus))
            }
          }
        }
      }
    }
    return best
  }

  @Test(arguments: [(5, 0.0), (5, 40), (12, 150), (12, 600), (40, 800), (40, 2000), (3, 75), (100, 5000)])
  func matchesBruteForceAndStaysWithinBudget(_ team: Int, _ budget: Double) {
    for kinds in [[], [Kind.food], [.customerInsight, .games]] {
      var c = Constraints()
      c.teamSize = team
      c.budget = .usd(budget)
      c.kinds = kinds
      let planner = WeekPlanner(catalogue: Self.small)
      let plan = planner.plan(c, week: ServiceWeekCalendar.week(of: 2026))
      #expect(plan.totalCost <= budget + 1e-9)
      #expect(
        WeekPlanner.objective(plan.days.map(\.items), budget: budget, bonus: planner.relevanceBonus(c))
          == Self.bruteForce(c, catalogue: Self.small), "kinds \(kinds)")
      if kinds.isEmpty { #expect(planner.relevanceBonus(c).isEmpty) }
    }
    var c = Constraints()
    c.teamSize = team
    c.budget = .usd(budget)
    let plan = WeekPlanner(catalogue: Self.small).plan(c, week: ServiceWeekCalendar.week(of: 2026))
    let coIdeas = plan.days[2].items.map(\.idea.id) + plan.days[3].items.map(\.idea.id)
    #expect(Set(coIdeas).count == coIdeas.count, "days 3 and 4 repeat an idea")
  }

  /// Each day's options, and the co-create pair's, equal the Pareto front of EVERY choice the
  /// day allows (every compatible pair of choices for the pair): the same options, in the same
  /// order, with the same tie winners. The planner leaves out tiers that are beaten, scans the
  /// second co-create day once per set of first-day ideas and stops at the budget; the
  /// reference does none of that. Full catalogue, so the days have many ideas and tiers; with
  /// a named idea on its own day, on either co-create day, or none.
  @Test(arguments: [1, 5, 12, 40, 150, 1200])
  func optionsEqualTheFrontOfEveryChoice(_ team: Int) {
    let planner = WeekPlanner(catalogue: Fixtures.catalogue)
    let ideas = Fixtures.catalogue.ideas
    let cocreate = ideas.first { $0.theme == .cocreate }!.id
    let named: [(String, WorkDay?)?] = [
      nil, (cocreate, .wednesday), (cocreate, .thursday), (ideas.first { $0.theme == .celebrate }!.id, nil),
      (ideas.first { $0.theme == .educate }!.id, nil),
    ]
    for budget in [0.0, 60, 250, 900, 3000, 20000] {
      for format in [nil, Format.remote] {
        for name in named {
          var c = Constraints()
          c.teamSize = team
          c.budget = .usd(budget)
          c.format = format
          c.idea = name?.0
          c.day = name?.1
          let cents = Int((budget * 100).rounded(.down))
          let pools = planner.pools(c, budget: budget, budgetCents: cents)
          let label = "team \(team), $\(budget), \(String(describing: format)), \(String(describing: name))"
          for day in [0, 1, 4] {
            let fast = planner.dayOptions(day: day, pools[day], cents)
            let all = WeekPlanner.paretoFront(Self.everyChoice(day: day, pools[day], cents))
            #expect(Self.fields(fast) == Self.fields(all), "day \(day): \(label)")
          }
          let fast = planner.pairOptions(pools[2], pools[3], cents)
          #expect(
            Self.fields(fast) == Self.fields(Self.allPairs(pools[2], pools[3], cents)), "pair: \(label)")
        }
      }
    }
  }

  static func fields(_ options: [WeekPlanner.Option]) -> [[Int]] {
    options.map { [$0.cents, $0.value, Int($0.a), Int($0.b), Int($0.c), Int($0.d)] }
  }

  /// Every choice for one day, as the planner numbers them: nothing, one candidate, two of
  /// different ideas; with a named idea's tiers, each of them alone or with one candidate.
  static func everyChoice(day: Int, _ pool: WeekPlanner.Pool, _ cents: Int) -> [WeekPlanner.Option] {
    let items = pool.items
    let n = pool.requiredStart
    var out: [WeekPlanner.Option] = []
    func add(_ a: Int, _ b: Int) {
      let chosen = b >= 0 ? [items[a], items[b]] : [items[a]]
      let total = chosen.reduce(0) { $0 + $1.cents }
      guard total <= cents else { return }
      var value = WeekPlanner.dayCoverageBonus + chosen.reduce(0) { $0 + $1.worth }
      if day == 4 && chosen.contains(where: \.celebrates) { value += WeekPlanner.celebrationBonus }
      out.append(WeekPlanner.Option(cents: total, value: value, a: Int32(a), b: Int32(b)))
    }
    if n == items.count {
      out.append(WeekPlanner.Option(cents: 0, value: 0))
      for i in 0..<n {
        add(i, -1)
        for j in (i + 1)..<n where items[j].ideaKey != items[i].ideaKey { add(i, j) }
      }
    } else {
      for r in n..<items.count {
        add(r, -1)
        for j in 0..<n { add(r, j) }
      }
    }
    return out
  }

  /// Every choice for the first co-create day with every choice for the second that shares no
  /// idea and fits, then the Pareto front.
  static func allPairs(_ third: WeekPlanner.Pool, _ fourth: WeekPlanner.Pool, _ cents: Int) -> [WeekPlanner
    .Option]
  {
    func ideas(_ o: WeekPlanner.Option, _ pool: WeekPlanner.Pool) -> Set<Int> {
      Set([o.a, o.b].filter { $0 >= 0 }.map { pool.items[Int($0)].ideaKey })
    }
    let firsts = everyChoice(day: 2, third, cents)
    let seconds = everyChoice(day: 3, fourth, cents)
    let firstIdeas = firsts.map { ideas($0, third) }
    let secondIdeas = seconds.map { ideas($0, fourth) }
    var pairs: [WeekPlanner.Option] = []
    for (i, f) in firsts.enumerated() {
      for (j, s) in seconds.enumerated()
      where f.cents + s.cents <= cents && firstIdeas[i].isDisjoint(with: secondIdeas[j]) {
        pairs.append(
          WeekPlanner.Option(
            cents: f.cents + s.cents, value: f.value + s.value, a: f.a, b: f.b, c: s.a, d: s.b))
      }
    }
    return WeekPlanner.paretoFront(pairs)
  }

  /// The front found without sorting equals the sorted one, tie winners included: many items
  /// share a cost, a value or both; values may be negative; the position rides in `a`.
  @Test(arguments: [32, 33, 100, 500, 2000])
  func denseFrontEqualsTheSortedFront(_ count: Int) throws {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D &* UInt64(count)
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    for spread in [2, count / 4, count * 4] {
      let items = (0..<count).map { i in
        WeekPlanner.Option(cents: next(spread) * 100, value: next(spread) - spread / 3, a: Int32(i))
      }
      let dense = try #require(WeekPlanner.denseFront(items))
      let sorted = WeekPlanner.sortedFront(items)
      #expect(
        dense.map { [$0.cents, $0.value, Int($0.a)] } == sorted.map { [$0.cents, $0.value, Int($0.a)] })
    }
    let wide = (0..<count).map { WeekPlanner.Option(cents: $0, value: $0 * 9) }
    #expect(WeekPlanner.denseFront(wide) == nil)
  }

  /// The planner's integer sort orders distinct keys as the standard sort does, across the
  /// sizes where it switches from insertion runs to merging.
  @Test(arguments: [0, 1, 2, 15, 16, 17, 31, 32, 33, 64, 100, 257, 1281])
  func sortKeysOrdersLikeTheStandardSort(_ count: Int) {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(count + 1)
    var keys: [UInt64] = []
    for i in 0..<count {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      // Few distinct high parts, as costs repeat; the position makes each key distinct.
      keys.append((state >> 61) << 36 | (state >> 40 & 0xFFFF) << 20 | UInt64(i))
    }
    var sorted = keys
    WeekPlanner.sortKeys(&sorted)
    #expect(sorted == keys.sorted())
  }

  /// A kind asked for steers each day's choice, within the day's theme and the budget.
  @Test(arguments: [Kind.food, .halloween, .games, .music])
  func aKindAskedForIsPlannedWhereTheDayAllows(_ kind: Kind) {
    let without = Self.plan(team: 30, budget: 2000)
    let with = Self.plan(team: 30, budget: 2000) { $0.kinds = [kind] }
    func count(_ p: WeekPlan) -> Int { p.days.flatMap(\.items).count { $0.idea.tags.contains(kind) } }
    #expect(count(with) >= 1, "no \(kind) idea in the plan")
    #expect(count(with) >= count(without))
    #expect(with.totalCost <= 2000)
    #expect(
      zip(with.days, WeekPlanner.themes).allSatisfy { day, theme in
        day.items.allSatisfy { $0.idea.theme == theme }
      })
  }

  @Test func followsTheFrameworkAndDates() {
    var c = Constraints()
    c.teamSize = 40
    c.budget = .usd(2000)
    let plan = WeekPlanner(catalogue: Fixtures.catalogue).plan(c, week: ServiceWeekCalendar.week(of: 2026))
    #expect(plan.days.map(\.theme) == [.educate, .activate, .cocreate, .cocreate, .celebrate])
    #expect(
      plan.days.map(\.date.description) == [
        "2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09",
      ])
    #expect(plan.days.allSatisfy { (1...2).contains($0.items.count) })
    #expect(plan.days.allSatisfy { day in day.items.allSatisfy { $0.idea.theme == day.theme } })
    #expect(plan.totalCost <= 2000)
    #expect(plan.totalCost >= 1000, "a good plan uses the budget it has")
  }

  @Test func noBudgetGivesAModeratePlanSaidAsSuch() {
    var c = Constraints()
    c.teamSize = 20
    let plan = WeekPlanner(catalogue: Fixtures.catalogue).plan(c, week: ServiceWeekCalendar.week(of: 2027))
    #expect(plan.budgetAssumed)
    #expect(plan.budget == WeekPlanner.moderatePerPerson * 20)
    #expect(plan.totalCost <= plan.budget)
  }

  @Test func respectsFormatAndAudience() {
    var c = Constraints()
    c.teamSize = 30
    c.budget = .usd(3000)
    c.format = .remote
    c.audience = .customers
    let plan = WeekPlanner(catalogue: Fixtures.catalogue).plan(c, week: ServiceWeekCalendar.week(of: 2026))
    for s in plan.days.flatMap(\.items) {
      #expect(s.idea.formats.contains(.remote))
      #expect(s.idea.audience.suits(.customers))
    }
  }

  static func plan(team: Int, budget: Double?, _ edit: (inout Constraints) -> Void = { _ in }) -> WeekPlan {
    var c = Constraints()
    c.teamSize = team
    c.budget = budget.map { .usd($0) }
    edit(&c)
    return WeekPlanner(catalogue: Fixtures.catalogue).plan(c, week: ServiceWeekCalendar.week(of: 2026))
  }

  @Test func fridayFundsARealCelebrationWhenTheBudgetAllows() {
    let plan = Self.plan(team: 40, budget: 2000)
    #expect(
      plan.days[4].items.contains(where: WeekPlanner.isTeamCelebration),
      "\(plan.days[4].items.map(\.idea.id))")
  }

  @Test func aSmallBudgetStillBuysSomething() {
    let plan = Self.plan(team: 12, budget: 100)
    #expect(plan.totalCost > 0 && plan.totalCost <= 100)
  }

  @Test func aLargeBudgetIsUsedNotLeftByAccident() {
    let plan = Self.plan(team: 200, budget: 50000)
    #expect(plan.totalCost >= 25000, "spent \(plan.totalCost) of 50000")
    #expect(plan.totalCost <= 50000)
  }

  @Test(arguments: [
    ("cookout", nil), ("house-band", WorkDay.friday), ("raffle", .tuesday), ("shark-tank", .monday),
  ])
  func aNamedIdeaIsPlannedOnItsDayAndDaysKeepTheirThemes(_ id: String, _ day: WorkDay?) throws {
    let plan = Self.plan(team: 25, budget: 3000) {
      $0.idea = id
      $0.day = day
    }
    let idea = try #require(Fixtures.catalogue.idea(id: id))
    let index = day?.index ?? WeekPlanner.themes.firstIndex(of: idea.theme)!
    #expect(plan.days[index].items.contains { $0.idea.id == id })
    #expect(plan.days.flatMap(\.items).filter { $0.idea.id == id }.count == 1)
    #expect(plan.days.map(\.theme) == WeekPlanner.themes)
    #expect(plan.totalCost <= 3000)
    #expect(plan.missing == nil)
  }

  /// Kinds asked for a day put an idea of those kinds on that day; without a day they force nothing.
  @Test(arguments: [(Kind.food, WorkDay.friday), (.music, .monday), (.games, .wednesday)])
  func kindsForADayPutSuchAnIdeaOnIt(_ kind: Kind, _ day: WorkDay) {
    let plan = Self.plan(team: 20, budget: 1000) {
      $0.kinds = [kind]
      $0.day = day
    }
    #expect(
      plan.days[day.index].items.contains { $0.idea.tags.contains(kind) }, "\(plan.days[day.index].items)")
    #expect(plan.days.map(\.theme) == WeekPlanner.themes)
    #expect(plan.totalCost <= 1000)
  }

  @Test func aNamedIdeaThatCannotFitIsReported() throws {
    let plan = Self.plan(team: 100, budget: 200) { $0.idea = "fall-festival" }
    let (idea, status) = try #require(plan.missing)
    #expect(idea.id == "fall-festival")
    if case .overBudget(let needs) = status { #expect(needs > 200) } else { Issue.record("\(status)") }
  }

  @Test func aMinimumFromARangeIsRespected() {
    let plan = Self.plan(team: 20, budget: 2000) { $0.budgetMin = .usd(1500) }
    #expect(plan.totalCost >= 1500 && plan.totalCost <= 2000, "\(plan.totalCost)")
  }
}
