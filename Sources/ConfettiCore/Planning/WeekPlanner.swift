/// Plans Customer Service Week: day 1 Educate, day 2 Activate, days 3–4
/// Co-Create, day 5 Celebrate (the five-day framework), one or two ideas a day.
///
/// The choice is an exact optimisation: the plan's ``objective(_:budget:)`` is
/// maximised subject to the total cost staying within the budget. It is a dynamic
/// programme over the days, whose states are the Pareto-optimal (cost, objective)
/// pairs reachable so far; dominated states are dropped, so the search is exact
/// without discretising money. Days 3 and 4 share a theme and are planned together
/// so they never repeat an idea. Ties go to the cheaper plan.
///
/// An idea named in the request ("plan a cookout week", "a house band on friday") is
/// part of every candidate plan, on the day named or else on its own theme's day;
/// the days keep their themes. A `budgetMin` from a range ("$1,000–$2,000") picks the
/// best plan that spends at least that much, when one among the final candidates does.
///
/// ```swift
/// var c = Constraints(); c.teamSize = 40; c.budget = .usd(2000)
/// let plan = WeekPlanner(catalogue: .builtin).plan(c, week: ServiceWeekCalendar.week(of: 2026))
/// plan.totalCost <= 2000  // always
/// ```
public struct WeekPlanner: Sendable {
  /// The per-person budget assumed when none was given.
  public static let moderatePerPerson = 25.0
  /// The framework's theme for each day, Monday first.
  public static let themes: [Theme] = [.educate, .activate, .cocreate, .cocreate, .celebrate]

  public let catalogue: Catalogue
  /// At most this many ideas a day.
  public var maxPerDay = 2

  public init(catalogue: Catalogue) {
    self.catalogue = catalogue
  }

  /// A choice for one stage: the ideas for one day (or two days, for the co-create pair).
  struct Option: CostValued {
    var cents: Int
    var value: Int
    var days: [[Suggestion]]
  }

  struct State: CostValued {
    var cents: Int
    var value: Int
    var choice: [Option]
  }

  /// The idea that must be in the plan, and its day; nil when none was named or it cannot be.
  func forced(_ c: Constraints) -> (idea: Idea, day: Int)? {
    guard let id = c.idea, let idea = catalogue.idea(id: id), Suggester.fitsRules(idea, c) else { return nil }
    let day = c.day?.index ?? WeekPlanner.themes.firstIndex(of: idea.theme)!
    return (idea, day)
  }

  public func plan(_ c: Constraints, week: ServiceWeekCalendar.Week) -> WeekPlan {
    let n = c.effectiveTeamSize
    let assumed = c.totalBudget == nil
    let budget = c.totalBudget ?? WeekPlanner.moderatePerPerson * Double(n)
    let budgetCents = Int((min(budget, NumberGrammar.maximum) * 100).rounded(.down))
    let forced = self.forced(c)
    func priced(_ idea: Idea) -> [Suggestion] {
      idea.tiers.compactMap { tier -> Suggestion? in
        guard idea.tier(tier, suits: c.format) else { return nil }
        let s = Suggestion(idea: idea, tier: tier, teamSize: n)
        return WeekPlanner.cents(s.cost) <= budgetCents ? s : nil
      }
    }
    let candidates: [Theme: [Suggestion]] = Dictionary(
      grouping: catalogue.ideas.filter { Suggester.fitsRules($0, c) && $0.id != forced?.idea.id }
        .flatMap(priced),
      by: { $0.idea.theme })
    let forcedTiers = forced.map { priced($0.idea) } ?? []
    let objective = Objective(budget: budget)
    func items(_ day: Int) -> (items: [Suggestion], required: [Suggestion]) {
      (candidates[WeekPlanner.themes[day]] ?? [], forced?.day == day ? forcedTiers : [])
    }
    let stages: [[Option]] = [
      dayOptions(day: 0, items(0), budgetCents, objective),
      dayOptions(day: 1, items(1), budgetCents, objective),
      pairOptions(items(2), items(3), budgetCents, objective),
      dayOptions(day: 4, items(4), budgetCents, objective),
    ]
    var states = [State(cents: 0, value: 0, choice: [])]
    var final: [State] = []
    for (k, options) in stages.enumerated() {
      var next: [State] = []
      for s in states {
        for o in options where s.cents + o.cents <= budgetCents {
          next.append(State(cents: s.cents + o.cents, value: s.value + o.value, choice: s.choice + [o]))
        }
      }
      if k == stages.count - 1 { final = next }
      states = WeekPlanner.paretoFront(next)
    }
    // A minimum from a range: the best final candidate that reaches it, if any does.
    let minCents = c.budgetMin.map { WeekPlanner.cents($0.amount) } ?? 0
    let reaching = final.filter { $0.cents >= minCents }
    let pool = minCents > 0 && !reaching.isEmpty ? reaching : states
    let best = pool.max { ($0.value, -$0.cents) < ($1.value, -$1.cents) }
    var perDay: [[Suggestion]] = Array(repeating: [], count: 5)
    if let best {
      perDay =
        [best.choice[0].days[0], best.choice[1].days[0]] + best.choice[2].days + [best.choice[3].days[0]]
    }
    let days = week.days.enumerated().map { i, date in
      WeekPlan.Day(date: date, theme: WeekPlanner.themes[i], items: perDay[i])
    }
    var plan = WeekPlan(week: week, days: days, teamSize: n, budget: budget, budgetAssumed: assumed)
    if let id = c.idea, let idea = catalogue.idea(id: id),
      !perDay.joined().contains(where: { $0.idea.id == id })
    {
      plan.missing = (idea, Suggester.whyNot(idea, c).status)
    }
    return plan
  }

  /// What a plan is worth: whole days first, then the ideas' value, good use of the money,
  /// and a real celebration for the team on Friday.
  ///
  /// Each day with an idea earns ``dayCoverageBonus``, more than anything else, so a plan
  /// covers every day it can. Each idea earns ten points per point of its tier's value
  /// (1–10, the team's estimate) plus, for a paid tier, 3 to 10 points as its cost nears a
  /// fifth of the budget (a day's share), so money buys the richer tier when it is there to
  /// spend, yet one value point still outweighs spending. Friday earns
  /// ``celebrationBonus`` when it has a paid celebration with food, drink, music or games
  /// for the team. The sum is additive over ideas and days, which keeps the planner exact.
  public struct Objective: Sendable {
    public var budget: Double

    public init(budget: Double) { self.budget = budget }

    public func item(_ s: Suggestion) -> Int {
      let cost = s.cost
      guard cost > 0 else { return 10 * s.tier.value }
      let share = budget > 0 ? min(1, cost / (budget / 5)) : 1
      return 10 * s.tier.value + 3 + Int((7 * share).rounded(.down))
    }

    public func day(_ index: Int, _ items: [Suggestion]) -> Int {
      guard !items.isEmpty else { return 0 }
      var total = WeekPlanner.dayCoverageBonus + items.reduce(0) { $0 + item($1) }
      if index == 4 && items.contains(where: WeekPlanner.isTeamCelebration) {
        total += WeekPlanner.celebrationBonus
      }
      return total
    }

    public func week(_ days: [[Suggestion]]) -> Int {
      days.enumerated().reduce(0) { $0 + day($1.offset, $1.element) }
    }
  }

  /// The reward for a day that has at least one idea: more than any day's ideas can earn.
  public static let dayCoverageBonus = 1000
  /// The reward for a paid team celebration on Friday: less than covering a day.
  public static let celebrationBonus = 400

  /// A paid idea with food, drink, music or games that the team itself enjoys.
  public static func isTeamCelebration(_ s: Suggestion) -> Bool {
    s.cost > 0 && s.idea.audience.suits(.employees) && !Kind.celebration.isDisjoint(with: s.idea.tags)
  }

  /// The score a plan maximises (see ``Objective``).
  public static func objective(_ days: [[Suggestion]], budget: Double) -> Int {
    Objective(budget: budget).week(days)
  }

  /// Whole cents, rounded up; amounts are bounded by ``NumberGrammar/maximum``, so this stays inside `Int`.
  static func cents(_ dollars: Double) -> Int {
    Int((min(dollars, NumberGrammar.maximum) * 100).rounded(.up))
  }

  /// Keeps the items that no other item beats on both cost and value (ties: the first, cheapest).
  static func paretoFront<T: CostValued>(_ items: [T]) -> [T] {
    let sorted = items.sorted { ($0.cents, -$0.value) < ($1.cents, -$1.value) }
    var out: [T] = []
    var bestValue = Int.min
    for s in sorted where s.value > bestValue {
      out.append(s)
      bestValue = s.value
    }
    return out
  }

  /// Nothing, one idea, or two different ideas for one day; with `required` tiers (a named
  /// idea), every option holds one of them.
  func singleDayOptions(
    day: Int, _ pool: (items: [Suggestion], required: [Suggestion]), _ budgetCents: Int,
    _ objective: Objective
  ) -> [Option] {
    func option(_ items: [Suggestion]) -> Option? {
      let cents = items.reduce(0) { $0 + WeekPlanner.cents($1.cost) }
      guard cents <= budgetCents else { return nil }
      return Option(cents: cents, value: objective.day(day, items), days: [items])
    }
    var options: [Option] = []
    if pool.required.isEmpty {
      options.append(Option(cents: 0, value: 0, days: [[]]))
      for (i, a) in pool.items.enumerated() {
        if let o = option([a]) { options.append(o) }
        guard maxPerDay >= 2 else { continue }
        for b in pool.items[(i + 1)...] where b.idea.id != a.idea.id {
          if let o = option([a, b]) { options.append(o) }
        }
      }
    } else {
      for r in pool.required {
        if let o = option([r]) { options.append(o) }
        guard maxPerDay >= 2 else { continue }
        for b in pool.items {
          if let o = option([r, b]) { options.append(o) }
        }
      }
    }
    return options
  }

  /// Pareto-pruned options for one day.
  func dayOptions(
    day: Int, _ pool: (items: [Suggestion], required: [Suggestion]), _ budgetCents: Int,
    _ objective: Objective
  ) -> [Option] {
    WeekPlanner.paretoFront(singleDayOptions(day: day, pool, budgetCents, objective))
  }

  /// Options for days 3 and 4 together, no idea on both days; Pareto-pruned after pairing, so exact.
  func pairOptions(
    _ third: (items: [Suggestion], required: [Suggestion]),
    _ fourth: (items: [Suggestion], required: [Suggestion]), _ budgetCents: Int, _ objective: Objective
  ) -> [Option] {
    let firsts = singleDayOptions(day: 2, third, budgetCents, objective)
    let seconds = singleDayOptions(day: 3, fourth, budgetCents, objective)
    // Each option's ideas as bits of a mask over the ideas of both days (sets beyond 64 ideas).
    var ideaNumber: [String: Int] = [:]
    for s in third.items + third.required + fourth.items + fourth.required where ideaNumber[s.idea.id] == nil
    {
      ideaNumber[s.idea.id] = ideaNumber.count
    }
    let useMasks = ideaNumber.count <= 64
    func masks(_ options: [Option]) -> [UInt64] {
      options.map {
        $0.days[0].reduce(UInt64(0)) { $0 | (useMasks ? 1 << UInt64(ideaNumber[$1.idea.id]!) : 0) }
      }
    }
    func sets(_ options: [Option]) -> [Set<Int>] {
      useMasks ? [] : options.map { Set($0.days[0].map { ideaNumber[$0.idea.id]! }) }
    }
    let (firstMasks, secondMasks) = (masks(firsts), masks(seconds))
    let (firstSets, secondSets) = (sets(firsts), sets(seconds))
    struct Pair: CostValued {
      var cents: Int
      var value: Int
      var first: Int
      var second: Int
    }
    var pairs: [Pair] = []
    for (a, first) in firsts.enumerated() {
      for (b, second) in seconds.enumerated() where first.cents + second.cents <= budgetCents {
        guard
          useMasks ? firstMasks[a] & secondMasks[b] == 0 : firstSets[a].isDisjoint(with: secondSets[b])
        else { continue }
        pairs.append(
          Pair(cents: first.cents + second.cents, value: first.value + second.value, first: a, second: b))
      }
    }
    return WeekPlanner.paretoFront(pairs).map { p in
      Option(cents: p.cents, value: p.value, days: [firsts[p.first].days[0], seconds[p.second].days[0]])
    }
  }
}

/// Something with a cost in cents and a value, for Pareto pruning.
protocol CostValued {
  var cents: Int { get }
  var value: Int { get }
}
