/// One way to run an idea at a price: fixed costs plus a cost per person.
///
/// Figures are the Confetti team's own estimates in US dollars, not from the sources.
///
/// ```swift
/// let tier = CostTier(name: "simple", description: "hot dogs", fixed: 40, perPerson: 8, value: 5)
/// tier.cost(for: 12)       // 136
/// tier.breakdown(for: 12)  // "$8/person × 12 + $40 = $136"
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

  public init(
    name: String, description: String, fixed: Double, perPerson: Double, value: Int, formats: [Format]? = nil
  ) {
    self.name = name
    self.description = description
    self.fixed = fixed
    self.perPerson = perPerson
    self.value = value
    self.formats = formats
  }

  public func cost(for teamSize: Int) -> Double { fixed + perPerson * Double(teamSize) }

  public var isFree: Bool { fixed == 0 && perPerson == 0 }

  public func breakdown(for teamSize: Int) -> String {
    let total = Money.usd(cost(for: teamSize))
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
