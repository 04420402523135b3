/// An amount of money in a currency.
///
/// ```swift
/// Money(amount: 300, currency: .usd).description  // "$300"
/// ```
public struct Money: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// A currency Confetti recognises.
  public enum Currency: String, Sendable, CaseIterable {
    case usd = "USD"
    case gbp = "GBP"
    case eur = "EUR"

    /// The sign written before an amount.
    public var symbol: String {
      switch self {
      case .usd: return "$"
      case .gbp: return "£"
      case .eur: return "€"
      }
    }
  }

  public var amount: Double
  public var currency: Currency

  public init(amount: Double, currency: Currency = .usd) {
    self.amount = amount
    self.currency = currency
  }

  public static func usd(_ amount: Double) -> Money { Money(amount: amount, currency: .usd) }

  public var description: String { currency.symbol + Money.format(amount) }

  /// "1500" → "1,500"; "12.5" → "12.50".
  public static func format(_ amount: Double) -> String {
    guard amount.isFinite, abs(amount) < 1e15 else { return String(amount) }
    let negative = amount < 0
    let rounded = (abs(amount) * 100).rounded() / 100
    let whole = Int(rounded)
    let cents = Int(((rounded - Double(whole)) * 100).rounded())
    var digits = String(whole)
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    grouped = digits + grouped
    if cents != 0 {
      grouped += "." + (cents < 10 ? "0" : "") + String(cents)
    }
    return (negative ? "-" : "") + grouped
  }
}
