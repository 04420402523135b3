/// How Confetti writes a price: its US-dollar estimate as it is, or converted into the currency the
/// person plans in at the catalogue's dated rates (``RateTable``). Every price a reply shows goes
/// through one of these, so a budget in pounds sees every cost, breakdown and total in pounds.
///
/// ```swift
/// let pounds = PriceFormatter(currency: .gbp)
/// pounds(4_010)   // "£3,064" at the ECB's rates of 21 November 2025
/// pounds.note     // "Prices are converted from Confetti's US-dollar estimates at 1 USD = 0.76 GBP, …"
/// ```
public struct PriceFormatter: Sendable {
  /// The currency prices are shown in: US dollars, or the person's when the table has its rate.
  public let currency: Money.Currency
  public let rates: RateTable

  public init(currency: Money.Currency, rates: RateTable = .builtin) {
    self.currency = rates.perDollar(currency) == nil ? .usd : currency
    self.rates = rates
  }

  /// True when prices are converted from US dollars.
  public var converts: Bool { currency != .usd }

  /// A US-dollar amount in the shown currency, rounded as shown: whole units from 100 up, cents below.
  public func money(_ dollars: Double) -> Money {
    let amount = rates.convert(dollars, to: currency) ?? dollars
    guard converts else { return Money(amount: amount, currency: currency) }
    return Money(
      amount: amount >= 100 ? amount.rounded() : (amount * 100).rounded() / 100, currency: currency)
  }

  /// A US-dollar amount in the shown currency to the cent, for records that carry amounts
  /// (`--json`): dollars as they are; converted amounts rounded to the cent, never to whole units,
  /// so a total within a budget stays within it once converted.
  public func exact(_ dollars: Double) -> Money {
    guard converts, let amount = rates.convert(dollars, to: currency) else { return .usd(dollars) }
    return Money(amount: (amount * 100).rounded() / 100, currency: currency)
  }

  /// "$300", or "£229" converted.
  public func callAsFunction(_ dollars: Double) -> String { money(dollars).description }

  /// How a tier's price adds up for a team, each amount in the shown currency.
  public func breakdown(_ tier: CostTier, teamSize: Int, guests: Int? = nil) -> String {
    tier.breakdown(for: teamSize, guests: guests) { self($0) }
  }

  /// The sentence that says prices were converted, at what rate and of when; nil for dollars.
  public var note: String? {
    rates.label(for: currency).map { "Prices are converted from Confetti's US-dollar estimates at \($0)." }
  }
}
