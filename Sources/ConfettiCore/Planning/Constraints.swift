/// Everything in effect for a search: who, how many, how much, where, what theme.
///
/// ```swift
/// var c = Constraints()
/// c.teamSize = 12
/// c.budget = .usd(300)
/// c.totalBudget  // 300
/// ```
public struct Constraints: Sendable, Equatable {
  /// The team size assumed when none was given (said in the reply).
  public static let defaultTeamSize = 10

  public var teamSize: Int?
  public var budget: Money?
  public var budgetMin: Money?
  public var budgetPerPerson: Money?
  public var audience: Audience?
  public var format: Format?
  public var theme: Theme?
  public var year: Int?
  /// An idea asked for by name: it comes first when it fits.
  public var idea: String?
  /// Kinds of idea asked for ("something with food").
  public var kinds: [Kind] = []
  /// The day a named idea should have in a plan.
  public var day: WorkDay?
  /// The stemmed content words of the question that set ``idea`` and ``kinds``, for the search.
  public var terms: [String] = []
  /// A price ceiling from "cheaper": ideas must cost less than this.
  public var maxCost: Double?

  public init() {}

  public var effectiveTeamSize: Int { teamSize ?? Constraints.defaultTeamSize }

  /// The total budget: the stated total, or per person × team size, whichever is lower.
  ///
  /// Non-dollar amounts are compared at par with the dollar estimates; a pound or
  /// a euro is worth more than a dollar, so this never suggests more than the budget buys.
  public var totalBudget: Double? {
    let perPersonTotal = budgetPerPerson.map {
      min($0.amount * Double(effectiveTeamSize), NumberGrammar.maximum)
    }
    switch (budget?.amount, perPersonTotal) {
    case (let b?, let p?): return min(b, p)
    case (let b?, nil): return b
    case (nil, let p?): return p
    case (nil, nil): return nil
    }
  }

  /// The currency the person spoke in (dollars by default).
  public var currency: Money.Currency { budget?.currency ?? budgetPerPerson?.currency ?? .usd }

  public var isEmpty: Bool { self == Constraints() }

  /// True when the search has something to look for beyond the rules.
  public var hasContent: Bool { idea != nil || !kinds.isEmpty || !terms.isEmpty }

  /// Applies the constraint slots of `slots`; returns the slots that changed.
  ///
  /// What to look for (an idea, kinds, content words in `terms`) changes as a whole when
  /// the line brings any of it, and otherwise carries on, like every other constraint.
  @discardableResult
  public mutating func apply(_ slots: Slots, terms newTerms: [String] = []) -> [SlotName] {
    var changed: [SlotName] = []
    func update<T: Equatable>(_ key: WritableKeyPath<Constraints, T?>, _ value: T?, _ name: SlotName) {
      guard let value, self[keyPath: key] != value else { return }
      self[keyPath: key] = value
      changed.append(name)
    }
    update(\.teamSize, slots.teamSize, .teamSize)
    if slots.budget != nil || slots.budgetPerPerson != nil {
      // A new amount replaces the old way of stating the budget.
      if slots.budget != nil && slots.budgetPerPerson == nil && budgetPerPerson != nil {
        budgetPerPerson = nil
        changed.append(.budgetPerPerson)
      }
      if slots.budgetPerPerson != nil && slots.budget == nil && budget != nil {
        budget = nil
        changed.append(.budget)
      }
      if slots.budgetMin == nil && budgetMin != nil {
        budgetMin = nil
      }
      maxCost = nil
    }
    update(\.budget, slots.budget, .budget)
    update(\.budgetMin, slots.budgetMin, .budgetMin)
    update(\.budgetPerPerson, slots.budgetPerPerson, .budgetPerPerson)
    update(\.audience, slots.audience, .audience)
    update(\.format, slots.format, .format)
    update(\.theme, slots.theme, .theme)
    update(\.year, slots.year, .year)
    if slots.idea != nil || !slots.kinds.isEmpty || !newTerms.isEmpty {
      if idea != slots.idea {
        idea = slots.idea
        changed.append(.idea)
      }
      if kinds != slots.kinds {
        kinds = slots.kinds
        changed.append(.kinds)
      }
      day = slots.day
      terms = newTerms
    } else if let d = slots.day, idea != nil, d != day {
      day = d
      changed.append(.day)
    }
    return changed
  }
}
