/// One way to run an idea at a price: fixed costs plus a cost per person.
///
/// Figures are the Confetti team's own estimates in US dollars, not from the sources. A fixed
/// part that is really sized to the group (a prize pool, platters, supplies) says for how many
/// people it was estimated (``fixedSizedFor``); a smaller team pays its share of it.
///
/// ```swift
/// let tier = CostTier(name: "simple", description: "hot dogs", fixed: 40, perPerson: 8, value: 5)
/// tier.cost(for: 12)       // 136
/// tier.breakdown(for: 12)  // "$8/person × 12 + $40 = $136"
/// let prizes = CostTier(name: "prizes", description: "", fixed: 60, perPerson: 1, value: 5, fixedSizedFor: 20)
/// prizes.cost(for: 6)      // 24: $18 of the $60 pool, plus $6
/// ```
public struct CostTier: Sendable, Equatable {
  public var name: String
  public var description: String
  public var fixed: Double
  public var perPerson: Double
  /// The team's estimate of this tier's impact, 1–10.
  public var value: Int
  /// The formats this tier works for when narrower than its idea's (a printed wall map is
  /// in person only); nil means every format of the idea.
  public var formats: [Format]?
  /// The team size the fixed part was estimated for, when it grows with the group (a prize pool,
  /// platters): a smaller team pays that share of it. Nil when the fixed part is the same for any
  /// team (a rented band, a speaker).
  public var fixedSizedFor: Int?

  public init(
    name: String, description: String, fixed: Double, perPerson: Double, value: Int, formats: [Format]? = nil,
    fixedSizedFor: Int? = nil
  ) {
    self.name = name
    self.description = description
    self.fixed = fixed
    self.perPerson = perPerson
    self.value = value
    self.formats = formats
    self.fixedSizedFor = fixedSizedFor
  }

  /// The fixed part for `teamSize` people: all of it, or for a team smaller than
  /// ``fixedSizedFor`` its share, rounded up to a whole dollar.
  public func fixed(for teamSize: Int) -> Double {
    guard let group = fixedSizedFor, teamSize < group, fixed > 0 else { return fixed }
    return min(fixed, (fixed * Double(max(teamSize, 1)) / Double(group)).rounded(.up))
  }

  public func cost(for teamSize: Int) -> Double { fixed(for: teamSize) + perPerson * Double(teamSize) }

  public var isFree: Bool { fixed == 0 && perPerson == 0 }

  public func breakdown(for teamSize: Int) -> String {
    let total = Money.usd(cost(for: teamSize))
    let fixed = fixed(for: teamSize)
    switch (perPerson > 0, fixed > 0) {
    case (true, true):
      return "\(Money.usd(perPerson))/person × \(teamSize) + \(Money.usd(fixed)) = \(total)"
    case (true, false):
      return "\(Money.usd(perPerson))/person × \(teamSize) = \(total)"
    case (false, true):
      return "\(Money.usd(fixed)) flat"
    case (false, false):
      return "free"
    }
  }
}
