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

  /// One day's priced candidates, flat: the search moves indices and integers, and builds
  /// suggestions only for the plan it picks.
  struct Pool {
    /// The day's candidates, then (from `requiredStart`) the tiers of an idea that must be in it.
    var items: [Item] = []
    var requiredStart = 0
    var count: Int { items.count }

    /// A tier priced for the team, with what the search needs of it.
    struct Item: Equatable {
      /// The idea's place in the catalogue (the same across days), so "not the same idea
      /// twice" compares integers.
      var ideaKey: Int
      /// The tier's place among its idea's tiers.
      var tier: Int
      var cents: Int
      var worth: Int
      /// A paid tier of a team celebration (see ``WeekPlanner/isTeamCelebration(_:)``).
      var celebrates: Bool
    }

    /// Appends the tiers of catalogue idea `key` that suit the format and fit the budget, in
    /// the idea's order, each priced and valued once.
    mutating func add(
      _ idea: Idea, key: Int, teamSize n: Int, guests: Int?, format: Format?, budgetCents: Int, asked: Int,
      objective: Objective
    ) {
      // By index, so each tier is read in place rather than copied with its strings.
      let tiers = idea.tiers
      var celebratory: Bool?
      // A year's cost (an annual tier) is never part of a week's plan.
      for t in tiers.indices where !tiers[t].annual && idea.tier(at: t, suits: format) {
        let cost = tiers[t].cost(for: n, guests: guests)
        let cents = WeekPlanner.cents(cost)
        guard cents <= budgetCents else { continue }
        var celebrates = false
        if cost > 0 {
          if celebratory == nil {
            celebratory =
              idea.audience.suits(.employees)
              && idea.tags.contains(where: WeekPlanner.celebrationKinds.contains)
          }
          celebrates = celebratory == true
        }
        items.append(
          Item(
            ideaKey: key, tier: t, cents: cents,
            worth: objective.item(cost: cost, value: tiers[t].value, asked: asked), celebrates: celebrates))
      }
    }
  }

  /// A choice for one stage, as indices into the pools: `a`, `b` for one day (or the first
  /// of the co-create pair), `c`, `d` for the pair's second day; -1 for none.
  struct Option: CostValued {
    var cents: Int
    var value: Int
    var a: Int32 = -1
    var b: Int32 = -1
    var c: Int32 = -1
    var d: Int32 = -1
  }

  struct State: CostValued {
    var cents: Int
    var value: Int
    /// The option taken at each stage, by index.
    var choice: SIMD4<Int32>
  }

  /// The idea that must be in the plan, and its day; nil when none was named or it cannot be.
  /// Kinds asked for a day ("swap friday for something with food") stand for the idea of those
  /// kinds that fits, of that day's theme if one is, then the cheapest.
  func forced(_ c: Constraints) -> (idea: Idea, day: Int)? {
    guard let id = c.idea else { return forcedKind(c) }
    guard let idea = catalogue.idea(id: id), Suggester.fitsRules(idea, c) else { return nil }
    let day = c.day?.index ?? WeekPlanner.themes.firstIndex(of: idea.theme)!
    return (idea, day)
  }

  func forcedKind(_ c: Constraints) -> (idea: Idea, day: Int)? {
    guard let day = c.day?.index, !c.kinds.isEmpty else { return nil }
    let fitting = catalogue.ideas.filter { idea in
      Suggester.fitsRules(idea, c) && idea.tags.contains(where: c.kinds.contains)
    }
    func rank(_ idea: Idea) -> (Int, Double, String) {
      (idea.theme == WeekPlanner.themes[day] ? 0 : 1, Suggester.cheapest(idea, c).cost, idea.id)
    }
    return fitting.min { rank($0) < rank($1) }.map { ($0, day) }
  }

  public func plan(_ c: Constraints, week: ServiceWeekCalendar.Week) -> WeekPlan {
    let n = c.effectiveTeamSize
    let assumed = c.totalBudget == nil
    let budget = c.totalBudget ?? WeekPlanner.moderatePerPerson * Double(n)
    let budgetCents = Int((min(budget, NumberGrammar.maximum) * 100).rounded(.down))
    let ideas = catalogue.ideas
    let pools = self.pools(c, budget: budget, budgetCents: budgetCents)
    let stages: [[Option]] = [
      dayOptions(day: 0, pools[0], budgetCents),
      dayOptions(day: 1, pools[1], budgetCents),
      pairOptions(pools[2], pools[3], budgetCents),
      dayOptions(day: 4, pools[4], budgetCents),
    ]
    var states = [State(cents: 0, value: 0, choice: SIMD4(repeating: -1))]
    var final: [State] = []
    for (k, options) in stages.enumerated() {
      var next: [State] = []
      next.reserveCapacity(states.count * options.count)
      for s in states {
        for (i, o) in options.enumerated() where s.cents + o.cents <= budgetCents {
          var choice = s.choice
          choice[k] = Int32(i)
          next.append(State(cents: s.cents + o.cents, value: s.value + o.value, choice: choice))
        }
      }
      if k == stages.count - 1 { final = next }
      states = WeekPlanner.paretoFront(next)
    }
    // A minimum from a range: the best final candidate that reaches it, if any does.
    let minCents = c.budgetMin.map { WeekPlanner.cents(Constraints.dollars($0)) } ?? 0
    let reaching = final.filter { $0.cents >= minCents }
    let pool = minCents > 0 && !reaching.isEmpty ? reaching : states
    let best = pool.max { ($0.value, -$0.cents) < ($1.value, -$1.cents) }
    var perDay: [[Suggestion]] = Array(repeating: [], count: 5)
    if let best {
      func picked(_ day: Int, _ indices: Int32...) -> [Suggestion] {
        indices.filter { $0 >= 0 }.map { k in
          let item = pools[day].items[Int(k)]
          let idea = ideas[item.ideaKey]
          return Suggestion(idea: idea, tier: idea.tiers[item.tier], teamSize: n, guests: c.guests)
        }
      }
      let o = (0..<4).map { stages[$0][Int(best.choice[$0])] }
      perDay = [
        picked(0, o[0].a, o[0].b), picked(1, o[1].a, o[1].b), picked(2, o[2].a, o[2].b),
        picked(3, o[2].c, o[2].d), picked(4, o[3].a, o[3].b),
      ]
    }
    let days = week.days.enumerated().map { i, date in
      WeekPlan.Day(date: date, theme: WeekPlanner.themes[i], items: perDay[i])
    }
    var plan = WeekPlan(week: week, days: days, teamSize: n, budget: budget, budgetAssumed: assumed)
    plan.currency = assumed ? .usd : c.currency
    plan.framework = catalogue.fact(id: "framework-overview")?.source
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
    /// Points per idea id for following what was asked (see ``WeekPlanner/relevanceBonus(_:)``).
    public var bonus: [String: Int]

    public init(budget: Double, bonus: [String: Int] = [:]) {
      self.budget = budget
      self.bonus = bonus
    }

    public func item(_ s: Suggestion) -> Int { item(s, asked: bonus[s.idea.id] ?? 0) }

    /// ``item(_:)`` with the idea's points for following what was asked already looked up.
    func item(_ s: Suggestion, asked: Int) -> Int { item(cost: s.cost, value: s.tier.value, asked: asked) }

    /// ``item(_:)`` from a tier's cost for the team and its value.
    func item(cost: Double, value: Int, asked: Int) -> Int {
      guard cost > 0 else { return 10 * value + asked }
      let share = budget > 0 ? min(1, cost / (budget / 5)) : 1
      return 10 * value + 3 + Int((7 * share).rounded(.down)) + asked
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

  /// ``Kind/celebration`` as an array: a kind is found by comparing cases, where the set hashes
  /// each kind's name.
  static let celebrationKinds = Kind.allCases.filter(Kind.celebration.contains)

  /// A paid idea with food, drink, music or games that the team itself enjoys.
  public static func isTeamCelebration(_ s: Suggestion) -> Bool {
    s.cost > 0 && s.idea.audience.suits(.employees) && !Kind.celebration.isDisjoint(with: s.idea.tags)
  }

  /// The score a plan maximises (see ``Objective``).
  public static func objective(_ days: [[Suggestion]], budget: Double, bonus: [String: Int] = [:]) -> Int {
    Objective(budget: budget, bonus: bonus).week(days)
  }

  /// The most an idea earns for matching what was asked: twenty value points, so a day takes
  /// the idea that was asked for ("plan a halloween week", "a week with lots of food") over a
  /// slightly richer one that was not, while covering every day still comes first.
  public static let relevanceWeight = 200.0

  /// Points per idea for the kinds and content words asked for (the search's relevance, in
  /// [0, 1], times ``relevanceWeight``); empty when nothing was asked. A named idea is placed
  /// on its day already, so it does not also pull similar ideas in.
  public func relevanceBonus(_ c: Constraints) -> [String: Int] {
    guard let relevance = askedRelevance(c) else { return [:] }
    var bonus: [String: Int] = [:]
    for (i, idea) in catalogue.ideas.enumerated() where relevance[i] > 0 {
      bonus[idea.id] = WeekPlanner.points(relevance[i])
    }
    return bonus
  }

  /// ``relevanceBonus(_:)`` by the ideas' places in the catalogue (0 for an idea that earns
  /// none); empty when nothing was asked.
  func askedPoints(_ c: Constraints) -> [Int] {
    askedRelevance(c)?.map { $0 > 0 ? WeekPlanner.points($0) : 0 } ?? []
  }

  /// The search's relevance of each catalogue idea to what was asked, a named idea aside; nil
  /// when nothing was asked.
  func askedRelevance(_ c: Constraints) -> [Double]? {
    var asked = c
    asked.idea = nil
    guard asked.hasContent else { return nil }
    return Suggester(catalogue: catalogue).relevance(asked)
  }

  /// Points for a relevance in [0, 1].
  static func points(_ relevance: Double) -> Int { Int((relevanceWeight * relevance).rounded()) }

  /// Whole cents, rounded up; amounts are bounded by ``NumberGrammar/maximum``, so this stays inside `Int`.
  static func cents(_ dollars: Double) -> Int {
    Int((min(dollars, NumberGrammar.maximum) * 100).rounded(.up))
  }

  /// Keeps the items that no other item beats on both cost and value (ties: the first, cheapest).
  ///
  /// The items are taken in order of cost, then value (highest first), then position. When
  /// each fits (cost under 2^28 cents, value under 2^16, fewer than 2^20 items), that order is
  /// the order of one 64-bit key per item, sorted as plain integers; otherwise the items are
  /// sorted themselves (same order, only slower).
  static func paretoFront<T: CostValued>(_ items: [T]) -> [T] {
    if let front = denseFront(items) { return front }
    return sortedFront(items)
  }

  /// ``paretoFront(_:)`` without sorting, when the values span a range at most eight times
  /// the number of items: the cheapest item of each value (the first of equals, as the sorted
  /// order keeps it), then, from the highest value down, each item cheaper than every one of
  /// higher value. Nil for fewer than 32 items or a wider range (sorting is cheaper then).
  static func denseFront<T: CostValued>(_ items: [T]) -> [T]? {
    guard items.count >= 32, items.count < Int(Int32.max) else { return nil }
    var low = Int.max
    var high = Int.min
    for s in items {
      low = min(low, s.value)
      high = max(high, s.value)
    }
    let (span, overflow) = high.subtractingReportingOverflow(low)
    guard !overflow, span < 8 * items.count else { return nil }
    var cheapest = [Int32](repeating: -1, count: span + 1)
    for (i, s) in items.enumerated() {
      let k = s.value - low
      let held = Int(cheapest[k])
      if held < 0 || s.cents < items[held].cents { cheapest[k] = Int32(i) }
    }
    var out: [T] = []
    var bound = Int.max
    for k in stride(from: span, through: 0, by: -1) {
      let held = Int(cheapest[k])
      guard held >= 0, items[held].cents < bound else { continue }
      out.append(items[held])
      bound = items[held].cents
    }
    out.reverse()
    return out
  }

  /// ``paretoFront(_:)`` by sorting (see there).
  static func sortedFront<T: CostValued>(_ items: [T]) -> [T] {
    var out: [T] = []
    var bestValue = Int.min
    if let keys = packedOrder(items) {
      for key in keys {
        let s = items[Int(key & 0xF_FFFF)]
        guard s.value > bestValue else { continue }
        out.append(s)
        bestValue = s.value
      }
      return out
    }
    let sorted = items.sorted { ($0.cents, -$0.value) < ($1.cents, -$1.value) }
    for s in sorted where s.value > bestValue {
      out.append(s)
      bestValue = s.value
    }
    return out
  }

  /// The items' positions in order of cost, then value (highest first), then position.
  static func costOrder<T: CostValued>(_ items: [T]) -> [Int] {
    if let keys = packedOrder(items) { return keys.map { Int($0 & 0xF_FFFF) } }
    return items.indices.sorted {
      (items[$0].cents, -items[$0].value, $0) < (items[$1].cents, -items[$1].value, $1)
    }
  }

  /// Keys `cents << 36 | (0xFFFF - value) << 20 | position`, ascending; nil when a field does
  /// not fit.
  static func packedOrder<T: CostValued>(_ items: [T]) -> [UInt64]? {
    guard items.count <= 0x10_0000 else { return nil }
    var keys: [UInt64] = []
    keys.reserveCapacity(items.count)
    for (i, s) in items.enumerated() {
      guard s.cents >= 0, s.cents < 1 << 28, s.value >= 0, s.value <= 0xFFFF else { return nil }
      keys.append(UInt64(s.cents) << 36 | UInt64(0xFFFF - s.value) << 20 | UInt64(i))
    }
    sortKeys(&keys)
    return keys
  }

  /// Sorts distinct keys ascending: insertion sort in runs of 16, then bottom-up merges through
  /// one scratch buffer (the plain integer sort the Pareto fronts need, without the generic
  /// stable sort's closures).
  static func sortKeys(_ keys: inout [UInt64]) {
    let n = keys.count
    guard n > 1 else { return }
    let run = 16
    keys.withUnsafeMutableBufferPointer { a in
      var lo = 0
      while lo < n {
        let hi = min(lo + run, n)
        var i = lo + 1
        while i < hi {
          let x = a[i]
          var j = i
          while j > lo && a[j - 1] > x {
            a[j] = a[j - 1]
            j -= 1
          }
          a[j] = x
          i += 1
        }
        lo = hi
      }
      guard n > run else { return }
      let scratch = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: n)
      defer { scratch.deallocate() }
      var src = a
      var dst = scratch
      var width = run
      while width < n {
        var lo = 0
        while lo < n {
          let mid = min(lo + width, n)
          let hi = min(lo + 2 * width, n)
          var i = lo
          var j = mid
          var k = lo
          while i < mid && j < hi {
            if src[j] < src[i] {
              dst[k] = src[j]
              j += 1
            } else {
              dst[k] = src[i]
              i += 1
            }
            k += 1
          }
          while i < mid {
            dst[k] = src[i]
            i += 1
            k += 1
          }
          while j < hi {
            dst[k] = src[j]
            j += 1
            k += 1
          }
          lo = hi
        }
        swap(&src, &dst)
        width *= 2
      }
      if src.baseAddress != a.baseAddress {
        for k in 0..<n { a[k] = src[k] }
      }
    }
  }

  /// The five days' priced candidates under `c`: each fitting idea's tiers that suit the format
  /// and fit the budget go to its theme's day (co-create's to days 3 and 4), in catalogue order;
  /// the tiers of an idea that must be in the plan go last on its day.
  func pools(_ c: Constraints, budget: Double, budgetCents: Int) -> [Pool] {
    let n = c.effectiveTeamSize
    let forced = self.forced(c)
    let ideas = catalogue.ideas
    // Ideas are numbered by their place in the catalogue, so "not the same idea twice" compares
    // integers; the named idea is the one of its id.
    let forcedIndex = forced.flatMap { f in ideas.firstIndex { $0.id == f.idea.id } }
    let asked = askedPoints(c)
    let objective = Objective(budget: budget)
    let described = Suggester(catalogue: catalogue).described(c)
    var pools = [Pool](repeating: Pool(), count: 5)
    for day in [0, 1, 2, 4] { pools[day].items.reserveCapacity(ideas.count) }
    for i in ideas.indices where i != forcedIndex {
      let idea = ideas[i]
      guard let day = WeekPlanner.themes.firstIndex(of: idea.theme),
        Suggester.fitsRules(idea, c, asked: described)
      else {
        continue
      }
      pools[day].add(
        idea, key: i, teamSize: n, guests: c.guests, format: Suggester.tierFormat(idea, c),
        budgetCents: budgetCents, asked: asked.isEmpty ? 0 : asked[i],
        objective: objective)
    }
    pools[3] = pools[2]
    for day in pools.indices { pools[day].requiredStart = pools[day].count }
    if let forced, let i = forcedIndex {
      pools[forced.day].add(
        ideas[i], key: i, teamSize: n, guests: c.guests, format: Suggester.tierFormat(ideas[i], c),
        budgetCents: budgetCents, asked: asked.isEmpty ? 0 : asked[i], objective: objective)
    }
    return pools
  }

  /// Nothing, one idea, or two different ideas for one day; with required tiers (a named
  /// idea), every option holds one of them. Values follow ``Objective/day(_:_:)``. Candidates
  /// that no option on the Pareto front can hold are left out (see ``usable(_:day:rivals:)``);
  /// `rivals` is 2 for a day of its own and 4 for a day of the co-create pair.
  func singleDayOptions(day: Int, _ pool: Pool, _ budgetCents: Int, rivals: Int = 2) -> [Option] {
    var options: [Option] = []
    let items = pool.items
    let n = pool.requiredStart
    let celebrationDay = day == 4
    func add(_ a: Int, _ b: Int) {
      var cents = items[a].cents
      var value = WeekPlanner.dayCoverageBonus + items[a].worth
      var celebrates = items[a].celebrates
      if b >= 0 {
        cents += items[b].cents
        value += items[b].worth
        celebrates = celebrates || items[b].celebrates
      }
      guard cents <= budgetCents else { return }
      if celebrationDay && celebrates { value += WeekPlanner.celebrationBonus }
      options.append(Option(cents: cents, value: value, a: Int32(a), b: Int32(b)))
    }
    let kept = WeekPlanner.usable(pool, day: day, rivals: rivals)
    if n == items.count {
      let m = kept.count
      options.reserveCapacity(1 + m + (maxPerDay >= 2 ? m * (m - 1) / 2 : 0))
      options.append(Option(cents: 0, value: 0))
      for (k, i) in kept.enumerated() {
        add(i, -1)
        guard maxPerDay >= 2 else { continue }
        let key = items[i].ideaKey
        for j in kept[(k + 1)...] where items[j].ideaKey != key { add(i, j) }
      }
    } else {
      for r in n..<items.count {
        add(r, -1)
        guard maxPerDay >= 2 else { continue }
        for j in kept { add(r, j) }
      }
    }
    return options
  }

  /// The candidates (before `requiredStart`, ascending) that an option on the day's Pareto
  /// front can hold. A candidate is left out when another tier of its own idea beats it, or
  /// tiers of `rivals` other ideas do; "beats" means no dearer, worth no less, a celebration if
  /// it is one (on Friday), and cheaper or worth more. Then any option holding it is beaten
  /// outright by the same option holding the better tier instead: one of its own idea never
  /// clashes, and of `rivals` ideas one is free of the other idea of the day (2) or also of
  /// the two ideas of the other co-create day (4). A beaten option is neither on the front nor
  /// a tie winner there, so leaving these out changes nothing but the work.
  static func usable(_ pool: Pool, day: Int, rivals: Int) -> [Int] {
    let items = pool.items
    let n = pool.requiredStart
    guard n > 8 else { return Array(0..<n) }
    let celebrationDay = day == 4
    var kept: [Int] = []
    kept.reserveCapacity(n)
    var seen: [Int] = []
    seen.reserveCapacity(rivals)
    candidates: for b in 0..<n {
      let x = items[b]
      seen.removeAll(keepingCapacity: true)
      for y in items[0..<n] {
        guard y.cents <= x.cents, y.worth >= x.worth, y.cents < x.cents || y.worth > x.worth,
          !celebrationDay || y.celebrates || !x.celebrates
        else { continue }
        if y.ideaKey == x.ideaKey { continue candidates }
        guard !seen.contains(y.ideaKey) else { continue }
        seen.append(y.ideaKey)
        if seen.count == rivals { continue candidates }
      }
      kept.append(b)
    }
    return kept
  }

  /// Pareto-pruned options for one day.
  func dayOptions(day: Int, _ pool: Pool, _ budgetCents: Int) -> [Option] {
    WeekPlanner.paretoFront(singleDayOptions(day: day, pool, budgetCents))
  }

  /// Options for days 3 and 4 together, no idea on both days; Pareto-pruned after pairing, so exact.
  func pairOptions(_ third: Pool, _ fourth: Pool, _ budgetCents: Int) -> [Option] {
    let firsts = singleDayOptions(day: 2, third, budgetCents, rivals: 4)
    // Without a named idea on either day the two pools are one (a copy sharing its storage, so
    // this compares no items), and so are their options: neither day earns a Friday bonus.
    let sameDays = third.requiredStart == fourth.requiredStart && third.items == fourth.items
    let seconds = sameDays ? firsts : singleDayOptions(day: 3, fourth, budgetCents, rivals: 4)
    // An option holds at most two ideas: their numbers, -1 for none (-2 on the other side, so
    // two empty places never match).
    func ideas(_ o: Option, _ pool: Pool, none: Int) -> (Int, Int) {
      (o.a >= 0 ? pool.items[Int(o.a)].ideaKey : none, o.b >= 0 ? pool.items[Int(o.b)].ideaKey : none)
    }
    let secondIdeas = seconds.map { ideas($0, fourth, none: -2) }
    // For each first-day option, only the seconds on the Pareto front of those it can pair with
    // can make a pair on the final front (a dominated second makes a dominated pair, and of equal
    // ones the first is kept, as the front keeps it). That front depends on the first's ideas
    // alone, not its tiers, so it is found once per set of ideas, by one scan of the seconds in
    // order of cost; a first pairs with the part of it within the budget.
    let byCost = WeekPlanner.costOrder(seconds)
    // The ideas of the day numbered 0..<m, so a first's pair of ideas indexes a flat table.
    var local = [Int32](repeating: -1, count: catalogue.ideas.count)
    var m = 0
    for item in third.items where local[item.ideaKey] < 0 {
      local[item.ideaKey] = Int32(m)
      m += 1
    }
    func number(_ key: Int) -> Int { key < 0 ? 0 : Int(local[key]) + 1 }
    var groupOf = [Int32](repeating: -1, count: (m + 1) * (m + 1))
    var groupStart: [Int] = []
    var groupEnd: [Int] = []
    groupStart.reserveCapacity(firsts.count)
    groupEnd.reserveCapacity(firsts.count)
    var members: [Int32] = []
    members.reserveCapacity(4 * seconds.count)
    var pairs: [Option] = []
    pairs.reserveCapacity(4 * firsts.count)
    for first in firsts {
      let (x, y) = ideas(first, third, none: -1)
      let slot = number(x) * (m + 1) + number(y)
      var group = Int(groupOf[slot])
      if group < 0 {
        group = groupStart.count
        groupOf[slot] = Int32(group)
        groupStart.append(members.count)
        var best = Int.min
        for j in byCost {
          let value = seconds[j].value
          guard value > best else { continue }
          let (u, v) = secondIdeas[j]
          guard x != u && x != v && y != u && y != v else { continue }
          best = value
          members.append(Int32(j))
        }
        groupEnd.append(members.count)
      }
      for k in groupStart[group]..<groupEnd[group] {
        let second = seconds[Int(members[k])]
        if first.cents + second.cents > budgetCents { break }
        pairs.append(
          Option(
            cents: first.cents + second.cents, value: first.value + second.value, a: first.a, b: first.b,
            c: second.a, d: second.b))
      }
    }
    return WeekPlanner.paretoFront(pairs)
  }
}

/// Something with a cost in cents and a value, for Pareto pruning.
protocol CostValued {
  var cents: Int { get }
  var value: Int { get }
}
