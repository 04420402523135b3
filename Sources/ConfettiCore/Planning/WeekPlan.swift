/// A Monday–Friday plan: one or two priced ideas a day, themed by the five-day
/// Educate → Activate → Co-Create → Celebrate framework.
public struct WeekPlan: Sendable, Equatable {
  /// One day of the plan.
  public struct Day: Sendable, Equatable {
    public var date: CivilDate
    public var theme: Theme
    public var items: [Suggestion]

    public var cost: Double { items.reduce(0) { $0 + $1.cost } }
  }

  public var week: ServiceWeekCalendar.Week
  public var days: [Day]
  public var teamSize: Int
  /// The limit the plan was made under.
  public var budget: Double
  /// True when no budget was given and a moderate one was assumed.
  public var budgetAssumed: Bool
  /// The currency the budget was given in: every price of the plan is shown in it, converted from
  /// the US-dollar estimates at the catalogue's dated rates (``price``).
  public var currency: Money.Currency = .usd

  /// Writes the plan's prices in ``currency``.
  public var price: PriceFormatter { PriceFormatter(currency: currency) }

  /// The budget (kept in US dollars, as ``budget``) in its own currency: "£800".
  public var budgetMoney: Money { price.money(budget) }

  /// "Total: $700 of $800." or, in pounds or euros, the same with the rate it was converted at.
  public var totalSentence: String {
    "Total: \(price(totalCost)) of \(budgetMoney)." + (price.note.map { " " + $0 } ?? "")
  }
  /// An idea asked for by name that the plan could not hold, and why.
  public var missing: (idea: Idea, status: Suggester.NamedStatus)?
  /// Where the five-day framework comes from, for the citation under the plan.
  public var framework: Source?
  /// True when the week was kept light for a tiny team (``WeekPlanner/isLightWeek(_:)``): one
  /// item a day, lunch-break sized.
  public var lightWeek = false

  public init(
    week: ServiceWeekCalendar.Week, days: [Day], teamSize: Int, budget: Double, budgetAssumed: Bool
  ) {
    self.week = week
    self.days = days
    self.teamSize = teamSize
    self.budget = budget
    self.budgetAssumed = budgetAssumed
  }

  public static func == (lhs: WeekPlan, rhs: WeekPlan) -> Bool {
    (lhs.week, lhs.days, lhs.teamSize, lhs.budget, lhs.budgetAssumed, lhs.currency)
      == (rhs.week, rhs.days, rhs.teamSize, rhs.budget, rhs.budgetAssumed, rhs.currency)
      && lhs.missing?.idea.id == rhs.missing?.idea.id
  }

  public var totalCost: Double { days.reduce(0) { $0 + $1.cost } }

  /// The year-round costs of the plan's ideas, shown apart because they are never in a week's
  /// total: "Year-round, not in this week's total: Learning Stipend (books and courses), $150/person
  /// × 20 = $3,000 a year."
  public var yearRoundLines: [String] {
    var seen: Set<String> = []
    var out: [String] = []
    for s in days.flatMap(\.items) where seen.insert(s.idea.id).inserted {
      for t in s.idea.tiers where t.annual {
        out.append(
          "Year-round, not in this week's total: \(s.idea.name) (\(t.name)), \(price.breakdown(t, teamSize: teamSize))."
        )
      }
    }
    return out
  }
  public var totalValue: Int { days.reduce(0) { $0 + $1.items.reduce(0) { $0 + $1.tier.value } } }
}
