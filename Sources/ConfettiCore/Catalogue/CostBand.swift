/// How expensive a cost tier is, per person, for a typical team of 20: the bands the
/// catalogue is balanced across, from free to lavish.
///
/// ```swift
/// CostBand(of: CostTier(name: "x", description: "", fixed: 0, perPerson: 0, value: 5)) // .free
/// ```
public enum CostBand: String, Sendable, CaseIterable, Comparable {
  /// Nothing to pay.
  case free
  /// Under $10 a person.
  case low
  /// $10 to $40 a person.
  case moderate
  /// $40 to $100 a person.
  case high
  /// $100 a person or more.
  case lavish

  /// The team size the bands are measured at.
  public static let referenceTeamSize = 20

  public init(of tier: CostTier, teamSize: Int = CostBand.referenceTeamSize) {
    let each = tier.cost(for: teamSize) / Double(max(teamSize, 1))
    switch each {
    case ...0: self = .free
    case ..<10: self = .low
    case ..<40: self = .moderate
    case ..<100: self = .high
    default: self = .lavish
    }
  }

  /// The bands an idea's tiers cover.
  public static func covered(by idea: Idea) -> Set<CostBand> { Set(idea.tiers.map { CostBand(of: $0) }) }

  public static func < (lhs: CostBand, rhs: CostBand) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
