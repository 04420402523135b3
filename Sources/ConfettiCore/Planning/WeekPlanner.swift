/// Plans Customer Service Week: day 1 Educate, day 2 Activate, days 3–4
/// Co-Create, day 5 Celebrate (seed 002), one or two ideas a day.
///
/// The choice is an exact optimisation: the total value (the sum of each
/// chosen tier's value) is maximised subject to the total cost staying within
/// the budget. It is a dynamic programme over the days, whose states are the
/// Pareto-optimal (cost, value) pairs reachable so far; dominated states are
/// dropped, so the search is exact without discretising money. Days 3 and 4
/// share a theme and are planned together so they never repeat an idea.
/// Ties go to the cheaper plan.
///
/// ```swift
/// var c = Constraints(); c.teamSize = 40; c.budget = .usd(2000)
/// let plan = WeekPlanner(catalogue: .builtin).plan(c, week: ServiceWeekCalendar.week(of: 2026))
/// plan.totalCost <= 2000  // always
/// ```
public struct WeekPlanner: Sendable {
  /// The per-person budget assumed when none was given.
  public static let moderatePerPerson = 25.0

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

  public func plan(_ c: Constraints, week: ServiceWeekCalendar.Week) -> WeekPlan {
    let n = c.effectiveTeamSize
    let assumed = c.totalBudget == nil
    let budget = c.totalBudget ?? WeekPlanner.moderatePerPerson * Double(n)
    let budgetCents = Int((min(budget, NumberGrammar.maximum) * 100).rounded(.down))
    let candidates: [Theme: [Suggestion]] = Dictionary(
      grouping: catalogue.ideas.filter { Suggester.fitsRules($0, c) }.flatMap { idea in
        idea.tiers.compactMap { tier -> Suggestion? in
          let s = Suggestion(idea: idea, tier: tier, teamSize: n)
          return WeekPlanner.cents(s.cost) <= budgetCents ? s : nil
        }
      }, by: { $0.idea.theme })

    let stages: [[Option]] = [
      dayOptions(candidates[.educate] ?? [], budgetCents),
      dayOptions(candidates[.activate] ?? [], budgetCents),
      pairOptions(candidates[.cocreate] ?? [], budgetCents),
      dayOptions(candidates[.celebrate] ?? [], budgetCents),
    ]
    var states = [State(cents: 0, value: 0, choice: [])]
    for options in stages {
      var next: [State] = []
      for s in states {
        for o in options where s.cents + o.cents <= budgetCents {
          next.append(State(cents: s.cents + o.cents, value: s.value + o.value, choice: s.choice + [o]))
        }
      }
      states = WeekPlanner.paretoFront(next)
    }
    let best = states.max { ($0.value, -$0.cents) < ($1.value, -$1.cents) }
    var perDay: [[Suggestion]] = Array(repeating: [], count: 5)
    if let best {
      perDay =
        [best.choice[0].days[0], best.choice[1].days[0]] + best.choice[2].days + [best.choice[3].days[0]]
    }
    let themes: [Theme] = [.educate, .activate, .cocreate, .cocreate, .celebrate]
    let days = week.days.enumerated().map { i, date in
      WeekPlan.Day(date: date, theme: themes[i], items: perDay[i])
    }
    return WeekPlan(week: week, days: days, teamSize: n, budget: budget, budgetAssumed: assumed)
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

  /// The objective's reward for a day that has at least one idea, larger than any
  /// two tiers' values together, so a plan covers every day it can before anything else.
  public static let dayCoverageBonus = 100

  /// The score a plan maximises: coverage first, then the sum of tier values.
  public static func objective(_ days: [[Suggestion]]) -> Int {
    days.reduce(0) { total, items in
      total + (items.isEmpty ? 0 : dayCoverageBonus) + items.reduce(0) { $0 + $1.tier.value }
    }
  }

  /// Nothing, one idea, or two different ideas for one day.
  func singleDayOptions(_ items: [Suggestion], _ budgetCents: Int) -> [Option] {
    var options = [Option(cents: 0, value: 0, days: [[]])]
    for (i, a) in items.enumerated() {
      let ca = WeekPlanner.cents(a.cost)
      options.append(Option(cents: ca, value: WeekPlanner.objective([[a]]), days: [[a]]))
      guard maxPerDay >= 2 else { continue }
      for b in items[(i + 1)...] where b.idea.id != a.idea.id {
        let cb = WeekPlanner.cents(b.cost)
        if ca + cb <= budgetCents {
          options.append(Option(cents: ca + cb, value: WeekPlanner.objective([[a, b]]), days: [[a, b]]))
        }
      }
    }
    return options
  }

  /// Pareto-pruned options for one day.
  func dayOptions(_ items: [Suggestion], _ budgetCents: Int) -> [Option] {
    WeekPlanner.paretoFront(singleDayOptions(items, budgetCents))
  }

  /// Options for days 3 and 4 together, no idea on both days; Pareto-pruned after pairing, so exact.
  func pairOptions(_ items: [Suggestion], _ budgetCents: Int) -> [Option] {
    let singles = singleDayOptions(items, budgetCents)
    // Each single's ideas as a set of small integers, so pairing compares sets cheaply.
    var ideaNumber: [String: Int] = [:]
    for s in items where ideaNumber[s.idea.id] == nil { ideaNumber[s.idea.id] = ideaNumber.count }
    // Ideas as bits of a mask (a theme never has more than 64 ideas; beyond that, sets).
    let useMasks = ideaNumber.count <= 64
    let masks = singles.map {
      $0.days[0].reduce(UInt64(0)) { $0 | (useMasks ? 1 << UInt64(ideaNumber[$1.idea.id]!) : 0) }
    }
    let ideaSets = useMasks ? [] : singles.map { Set($0.days[0].map { ideaNumber[$0.idea.id]! }) }
    struct Pair: CostValued {
      var cents: Int
      var value: Int
      var first: Int
      var second: Int
    }
    var pairs: [Pair] = []
    for (a, first) in singles.enumerated() {
      for (b, second) in singles.enumerated() where first.cents + second.cents <= budgetCents {
        guard useMasks ? masks[a] & masks[b] == 0 : ideaSets[a].isDisjoint(with: ideaSets[b]) else {
          continue
        }
        pairs.append(
          Pair(cents: first.cents + second.cents, value: first.value + second.value, first: a, second: b))
      }
    }
    return WeekPlanner.paretoFront(pairs).map { p in
      Option(cents: p.cents, value: p.value, days: [singles[p.first].days[0], singles[p.second].days[0]])
    }
  }
}

/// Something with a cost in cents and a value, for Pareto pruning.
protocol CostValued {
  var cents: Int { get }
  var value: Int { get }
}
