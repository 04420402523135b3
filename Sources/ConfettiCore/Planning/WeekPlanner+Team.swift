/// The week as a team gets it: a light one for a tiny team, a mix for staff and customers both.
extension WeekPlanner {
  /// The largest team whose week is light unless it asks for more: one short item a day.
  public static let lightWeekTeamSize = 8

  /// How many ideas a day of the plan for `c` may hold: what the person said (``Constraints/perDay``),
  /// else one for a team of ``lightWeekTeamSize`` or fewer, else two.
  public static func perDay(for c: Constraints) -> Int {
    c.perDay ?? (isLightWeek(c) ? 1 : 2)
  }

  /// True when the week is kept light because the team is tiny and asked for nothing else: one
  /// item a day, lunch-break sized (nothing that needs the doors closed or hours off the floor).
  public static func isLightWeek(_ c: Constraints) -> Bool {
    c.perDay == nil && c.effectiveTeamSize <= lightWeekTeamSize
  }

  /// The plan for `c` as the team gets it (the conversation and the `plan` command plan this way):
  ///
  /// - a tiny team's week is light (``isLightWeek(_:)``): one item a day, and none that needs the
  ///   doors closed or hours off the floor, unless it asked for more ("two a day");
  /// - asked for staff and customers both ("for my staff and my customers") with no idea named, a
  ///   plan that holds no idea for one side is planned again with that side's best fitting idea in
  ///   it, so the week is a mix, not only ideas aimed at both (the first plan stands when the
  ///   second cannot hold that idea).
  public func teamPlan(_ c: Constraints, week: ServiceWeekCalendar.Week) -> WeekPlan {
    var planner = self
    planner.maxPerDay = WeekPlanner.perDay(for: c)
    var rules = c
    let light = WeekPlanner.isLightWeek(c)
    if light { rules.withoutNeeds += [.closing, .timeOffFloor] }
    var first = planner.plan(rules, week: week)
    first.lightWeek = light
    guard c.audience == .both, c.idea == nil else { return first }
    let planned = first.days.flatMap(\.items)
    guard
      let side = [Audience.customers, .employees].first(where: { a in
        !planned.contains { $0.idea.audience == a }
      })
    else { return first }
    var one = rules
    one.audience = side
    guard
      let best = Suggester(catalogue: catalogue).suggest(one).ranked.first(where: {
        $0.idea.audience == side && $0.cost <= first.budget
      })
    else { return first }
    var mixed = rules
    mixed.idea = best.idea.id
    var second = planner.plan(mixed, week: week)
    guard second.days.contains(where: { $0.items.contains { $0.idea.id == best.idea.id } }) else {
      return first
    }
    second.missing = nil
    second.lightWeek = light
    return second
  }
}
