import ArgumentParser
import ConfettiCore
import ConfettiSession

/// An amount of money given as an option ("150", "£150", "150 GBP", "€80", "2k"), read by the
/// core's money grammar, the one the chat reads budgets with.
///
/// ```swift
/// try AmountArgument("150 GBP")  // 150, .gbp
/// try AmountArgument("150")      // 150, no currency (--currency or US dollars)
/// ```
struct AmountArgument: Sendable, Equatable {
  var value: Double
  /// The currency written with the amount; nil for a bare number.
  var currency: Money.Currency?

  /// Reads `text`, or throws why not (ArgumentParser names the option and exits 64).
  init(_ text: String) throws {
    guard let (value, currency) = MoneyGrammar.amount(text) else {
      throw ValidationError("expected an amount such as 150, £150, 150 GBP or €80.")
    }
    if let currency, !currency.isPlanned {
      throw ValidationError(
        "Confetti plans in US dollars, pounds or euros and won't guess an exchange rate for "
          + "\(Money(amount: value, currency: currency)) (\(currency.name)); give the amount in one of those."
      )
    }
    self.value = value
    self.currency = currency
  }
}

/// The currencies `--currency` takes: those Confetti plans in.
enum PlannedCurrency: String, CaseIterable, ExpressibleByArgument {
  case usd = "USD"
  case gbp = "GBP"
  case eur = "EUR"

  /// "gbp" is GBP.
  init?(argument: String) {
    self.init(rawValue: argument.uppercased())
  }

  var currency: Money.Currency {
    switch self {
    case .usd: return .usd
    case .gbp: return .gbp
    case .eur: return .eur
    }
  }
}
