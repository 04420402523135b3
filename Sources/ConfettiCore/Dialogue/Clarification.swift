/// A question Confetti asks back instead of answering on a reading that could mislead.
///
/// ```swift
/// chat.respond(to: "ideas under ₹3000").content  // .clarify(.currency(₹3,000))
/// ```
public enum Clarification: Sendable, Equatable {
  /// A budget in a currency Confetti does not plan in (see ``Money/Currency/isPlanned``): compared
  /// with dollar estimates at par it could overspend, so Confetti asks for the amount in one it does.
  case currency(Money)
  /// A budget below zero ("budget: -100").
  case negativeBudget(Money)
  /// A team of no one ("ideas for 0 people").
  case noPeople
  /// A team larger than Confetti plans for ("five million people"), as said.
  case teamTooLarge(Int)
  /// A bare number after a request with a team and no budget that could be either ("make it 40"
  /// after ideas for 30): the people or the budget, in the currency the person speaks.
  case amountOrTeam(Money)

  /// The reason code in `--json` output.
  public var code: String {
    switch self {
    case .currency: return "unplanned_currency"
    case .negativeBudget: return "negative_budget"
    case .noPeople: return "no_people"
    case .teamTooLarge: return "team_too_large"
    case .amountOrTeam: return "amount_or_team"
    }
  }

  /// What a line's `slots` (or, for amounts below zero, which no slot holds, its `entities`) need
  /// asking about before anything is planned, if anything does.
  public static func needed(for slots: Slots, entities: [Entity]) -> Clarification? {
    let amounts = [slots.budget, slots.budgetMin, slots.budgetPerPerson].compactMap { $0 }
    if let m = amounts.first(where: { !$0.currency.isPlanned }) { return .currency(m) }
    for e in entities where e.slot == .budget || e.slot == .budgetMin || e.slot == .budgetPerPerson {
      if case .money(let m) = e.value, m.amount < 0 { return .negativeBudget(m) }
    }
    if slots.teamSize == 0 { return .noPeople }
    for e in entities where e.slot == .teamSize {
      if let n = e.value.int, n > TeamSizeGrammar.range.upperBound { return .teamTooLarge(n) }
    }
    return nil
  }
}
