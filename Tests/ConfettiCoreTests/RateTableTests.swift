import Testing

@testable import ConfettiCore

/// The dated rate table and the one price formatter.
@Suite struct RateTableTests {
  static let rates = RateTable.builtin

  /// Dollars to pounds or euros and back give the amount again.
  @Test(arguments: [Money.Currency.gbp, .eur])
  func conversionRoundTrips(_ currency: Money.Currency) throws {
    for dollars in [0.5, 12, 300, 4_010, 123_456.78] {
      let converted = try #require(Self.rates.convert(dollars, to: currency))
      let back = try #require(Self.rates.dollars(Money(amount: converted, currency: currency)))
      #expect(abs(back - dollars) < 1e-6 * max(1, dollars))
    }
  }

  /// A budget in pounds is what it buys: £4,000 is more than $4,000, and no plan or suggestion made
  /// under it shows a total above it once converted back.
  @Test func aConvertedTotalNeverExceedsTheBudget() {
    var c = Constraints()
    c.teamSize = 35
    c.budget = Money(amount: 4_000, currency: .gbp)
    let limit = c.totalBudget ?? 0
    #expect(limit > 5_000 && limit < 5_500, "\(limit)")
    let pounds = PriceFormatter(currency: .gbp)
    let plan = WeekPlanner(catalogue: Fixtures.catalogue).plan(c, week: ServiceWeekCalendar.week(of: 2027))
    #expect(pounds.money(plan.totalCost).amount <= 4_000, "\(plan.totalCost)")
    for s in Suggester(catalogue: Fixtures.catalogue).suggest(c).ranked {
      #expect(pounds.money(s.weekCost).amount <= 4_000, "\(s.idea.id) \(s.cost)")
    }
  }

  /// Dollars are shown as they are; pounds are rounded to whole pounds from 100 up.
  @Test func theFormatterWritesOneCurrency() {
    #expect(PriceFormatter(currency: .usd)(4_010) == "$4,010")
    #expect(PriceFormatter(currency: .usd).note == nil)
    let pounds = PriceFormatter(currency: .gbp)
    #expect(pounds(4_010) == "£3,064")
    #expect(pounds(10) == "£7.64")
    #expect(
      pounds.note?.contains("1 USD = 0.76 GBP, European Central Bank reference rates of November 21, 2025")
        == true)
    // A currency the table has no rate for stays in dollars rather than at par.
    #expect(PriceFormatter(currency: .inr)(100) == "$100")
  }
}
