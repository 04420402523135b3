/// An amount of money in a currency.
///
/// ```swift
/// Money(amount: 300, currency: .usd).description  // "$300"
/// ```
public struct Money: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// A currency Confetti recognises. It plans in US dollars, pounds and euros (``isPlanned``);
  /// the others are read so that "under ₹3000" or "CA$300" is never taken for dollars.
  public enum Currency: String, Sendable, CaseIterable {
    case usd = "USD"
    case gbp = "GBP"
    case eur = "EUR"
    case cad = "CAD"
    case aud = "AUD"
    case nzd = "NZD"
    case inr = "INR"
    case jpy = "JPY"
    case cny = "CNY"
    case chf = "CHF"
    case mxn = "MXN"
    case sgd = "SGD"
    case hkd = "HKD"

    /// The sign written before an amount.
    public var symbol: String {
      switch self {
      case .usd: return "$"
      case .gbp: return "£"
      case .eur: return "€"
      case .cad: return "CA$"
      case .aud: return "A$"
      case .nzd: return "NZ$"
      case .inr: return "₹"
      case .jpy: return "¥"
      case .cny: return "CN¥"
      case .chf: return "CHF "
      case .mxn: return "MX$"
      case .sgd: return "S$"
      case .hkd: return "HK$"
      }
    }

    /// True for the currencies Confetti plans in. Its cost estimates are in US dollars; a budget in
    /// pounds or euros is converted at the catalogue's dated rates (``RateTable``) and every price is
    /// shown in it. For other currencies Confetti asks for the amount in one of these.
    public var isPlanned: Bool { self == .usd || self == .gbp || self == .eur }

    /// "Canadian dollars"
    public var name: String {
      switch self {
      case .usd: return "US dollars"
      case .gbp: return "pounds sterling"
      case .eur: return "euros"
      case .cad: return "Canadian dollars"
      case .aud: return "Australian dollars"
      case .nzd: return "New Zealand dollars"
      case .inr: return "Indian rupees"
      case .jpy: return "Japanese yen"
      case .cny: return "Chinese yuan"
      case .chf: return "Swiss francs"
      case .mxn: return "Mexican pesos"
      case .sgd: return "Singapore dollars"
      case .hkd: return "Hong Kong dollars"
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

  /// "$300", "£25.50", "-$100" (the sign before the currency).
  public var description: String {
    (amount < 0 ? "-" : "") + currency.symbol + Money.format(abs(amount))
  }

  /// "1500" → "1,500"; "12.5" → "12.50".
  public static func format(_ amount: Double) -> String {
    guard amount.isFinite, abs(amount) < 1e15 else { return String(amount) }
    let negative = amount < 0
    let rounded = (abs(amount) * 100).rounded() / 100
    let whole = Int(rounded)
    let cents = Int(((rounded - Double(whole)) * 100).rounded())
    // The length first, then the digits written backwards straight into the string, a comma
    // after every third: a result of up to 15 bytes ("$1,234,567.89") is a small string, so
    // formatting an amount allocates nothing.
    var digits = 1
    var scan = whole
    while scan >= 10 {
      scan /= 10
      digits += 1
    }
    // ".05", ".50"; ".100" only if rounding ever gave a hundred cents, as before.
    let centsCount = cents == 0 ? 0 : cents < 100 ? 3 : 4
    let length = (negative ? 1 : 0) + digits + (digits - 1) / 3 + centsCount
    return String(unsafeUninitializedCapacity: length) { text in
      var end = length
      if cents != 0 {
        var c = cents
        let first = end - centsCount
        text[first] = UInt8(ascii: ".")
        while end > first + 1 {
          end -= 1
          text[end] = UInt8(ascii: "0") + UInt8(c % 10)
          c /= 10
        }
        end = first
      }
      var rest = whole
      var count = 0
      repeat {
        if count > 0 && count % 3 == 0 {
          end -= 1
          text[end] = UInt8(ascii: ",")
        }
        end -= 1
        text[end] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
        count += 1
      } while rest > 0
      if negative { text[0] = UInt8(ascii: "-") }
      return length
    }
  }
}
