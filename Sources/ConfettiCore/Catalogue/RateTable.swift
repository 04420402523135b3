/// The exchange rates Confetti shows its US-dollar estimates with, for a person who plans in
/// pounds or euros: one day's published reference rates, dated and credited (`Catalogue/rates.yaml`).
///
/// ```swift
/// let rates = RateTable.builtin
/// rates.convert(4_000, to: .gbp)          // about 3,056 at the ECB's rates of 21 November 2025
/// rates.dollars(Money(amount: 4_000, currency: .gbp))  // about 5,235
/// ```
public struct RateTable: Sendable, Equatable {
  /// The day the rates were published.
  public var asOf: CivilDate
  /// Who published them ("European Central Bank").
  public var publisher: String
  public var title: String
  public var url: String?
  /// Units of each currency per euro, as the publisher quotes them; the euro itself is 1.
  public var perEuro: [Money.Currency: Double]

  /// The table `confetti-generate` compiled from `Catalogue/rates.yaml`.
  public static let builtin = BuiltinCatalogue.rates

  public init(
    asOf: CivilDate, publisher: String, title: String, url: String?, perEuro: [Money.Currency: Double]
  ) {
    self.asOf = asOf
    self.publisher = publisher
    self.title = title
    self.url = url
    var rates = perEuro
    rates[.eur] = 1
    self.perEuro = rates
  }

  /// Units of `currency` one US dollar buys, through the euro; nil when the table lacks either.
  public func perDollar(_ currency: Money.Currency) -> Double? {
    guard let usd = perEuro[.usd], usd > 0, let c = perEuro[currency] else { return nil }
    return c / usd
  }

  /// A US-dollar amount in `currency`.
  public func convert(_ dollars: Double, to currency: Money.Currency) -> Double? {
    currency == .usd ? dollars : perDollar(currency).map { dollars * $0 }
  }

  /// An amount in US dollars.
  public func dollars(_ money: Money) -> Double? {
    guard money.currency != .usd else { return money.amount }
    guard let rate = perDollar(money.currency), rate > 0 else { return nil }
    return money.amount / rate
  }

  /// "1 USD = 0.76 GBP, European Central Bank reference rates of November 21, 2025"
  public func label(for currency: Money.Currency) -> String? {
    guard currency != .usd, let rate = perDollar(currency) else { return nil }
    let shown = (rate * 100).rounded() / 100
    return "1 USD = \(Money.format(shown)) \(currency.rawValue), \(publisher) reference rates of "
      + "\(asOf.monthDay), \(asOf.year)"
  }
}
