/// One change a line states to what is in force, with its polarity and target: the typed
/// currency between understanding and the dialogue state. ``DialogueState/apply(_:)`` is the only
/// place an edit takes effect.
///
/// ```swift
/// // "no cookout this time, and plus 6 from sales"
/// [Edit.idea("cookout", .excluded), .teamSize(.add(6))]
/// // "a 500 budget" (no currency said: the one in force, else dollars)
/// [Edit.budget(.total(Edit.Amount(500, currency: nil)))]
/// ```
public enum Edit: Sendable, Equatable {
  /// Whether a named thing is wanted, left out, or let back in after being left out.
  public enum Polarity: String, Sendable, Equatable {
    case wanted
    case excluded
    /// "put the raffle back": no longer left out, without making it what the search is for.
    case readmitted
  }

  /// An amount as said: the currency is nil when the line named none ("a 500 budget").
  public struct Amount: Sendable, Equatable {
    public var value: Double
    public var currency: Money.Currency?

    public init(_ value: Double, currency: Money.Currency?) {
      self.value = value
      self.currency = currency
    }

    /// The amount in `fallback` when the line named no currency.
    public func money(in fallback: Money.Currency) -> Money {
      Money(amount: value, currency: currency ?? fallback)
    }
  }

  /// A change to the head count.
  public enum Count: Sendable, Equatable {
    case set(Int)
    /// "plus 6 from sales", "add 5 more people".
    case add(Int)
    /// "double the team", "half of us".
    case scale(Double)
  }

  /// A change to the budget.
  public enum Budget: Sendable, Equatable {
    case total(Amount)
    case perPerson(Amount)
    /// "between 200 and 400": a lower and an upper end.
    case range(Amount, Amount)
    /// "at least 500": a lower end only.
    case minimum(Amount)
    /// "no budget limit".
    case clear
    /// "double the budget", "cut it in half".
    case scale(Double)
  }

  case teamSize(Count)
  case budget(Budget)
  /// Who the ideas are for; excluded means "not them" ("just staff, not customers").
  case audience(Audience, Polarity)
  /// How the team meets; `.readmitted` means "including them too" ("even with the remote folks").
  case format(Format, Polarity)
  case theme(Theme)
  case kind(Kind, Polarity)
  /// A catalogue idea by id.
  case idea(String, Polarity)
  /// The day the idea of the same line goes on in a plan.
  case day(WorkDay)
  /// The year of the event (never a year said in passing, never an amount).
  case year(Int)
  /// The content words of a search ("something outdoorsy"), stemmed.
  case terms([String])
  /// What the team lacks, so ideas that need it are left out: "we can't close the shop" lacks
  /// closing; "my shop", "our practice" (a small business) lack every ``Need``.
  case lacks([Need])
  /// How many ideas a planned day holds: "two a day", "a fuller week" (2); "keep it light" (1).
  case perDay(Int)
  /// How many guests come to ideas that invite them ("with families, about 60 guests").
  case guests(Int)

  /// True for edits about what to look for (ideas, kinds, content words), wanted or not.
  public var isContent: Bool {
    switch self {
    case .idea, .kind, .terms: return true
    default: return false
    }
  }

  /// True for a head count set ("for 5"), not one added to or scaled.
  public var isHeadCount: Bool {
    if case .teamSize(.set) = self { return true }
    return false
  }

  /// True for a day for an idea ("on friday").
  public var isDay: Bool {
    if case .day = self { return true }
    return false
  }

  /// True for edits that say what a search is for: a wanted idea, kind or content words.
  public var isNewContent: Bool {
    switch self {
    case .idea(_, .wanted), .kind(_, .wanted): return true
    case .terms(let t): return !t.isEmpty
    default: return false
    }
  }
}
