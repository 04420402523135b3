/// A kind of idea a person can ask for ("something with food", "music", "halloween"):
/// the catalogue tags each idea with its kinds, and the words for each kind live in
/// `Intents/entities/kinds.yml`.
///
/// ```swift
/// Kind(rawValue: "food")?.label   // "food"
/// Kind.customerInsight.label      // "learning about customers"
/// ```
public enum Kind: String, Sendable, CaseIterable {
  case food
  case drinks
  case music
  case games
  case sports
  case contest
  case halloween
  case autumn
  case outdoor
  case family
  case volunteering
  case recognition
  case awards
  case customerInsight = "customer_insight"
  case customerFacing = "customer_facing"
  case socialMedia = "social_media"
  case video
  case photos
  case writing
  case decorations
  case improvement
  case leadership
  case wellness
  case remoteFriendly = "remote_friendly"
  case lowPrep = "low_prep"
  case smallBusiness = "small_business"
  case nightShift = "night_shift"
  case accessibility
  case career
  case largeTeam = "large_team"
  case outsideUS = "outside_us"

  /// How a reply names the kind.
  public var label: String {
    switch self {
    case .customerInsight: return "learning about customers"
    case .customerFacing: return "customer-facing"
    case .remoteFriendly: return "remote-friendly"
    case .lowPrep: return "low-prep"
    case .smallBusiness: return "small-business"
    case .socialMedia: return "social media"
    case .halloween: return "Halloween"
    case .nightShift: return "night-shift and 24/7"
    case .largeTeam: return "large, multi-site"
    case .outsideUS: return "outside-the-US"
    case .career: return "career growth"
    default: return rawValue
    }
  }

  /// Kinds that make a celebration for the whole team (food, drink, music, play).
  public static let celebration: Set<Kind> = [.food, .drinks, .music, .games, .sports]

  /// Kinds that mark an idea made for a particular kind of team (night shifts, teams outside the
  /// US, large multi-site teams): such an idea is offered first only to a team that asks for it.
  public static let particularTeams: Set<Kind> = [.nightShift, .outsideUS, .largeTeam]
}

extension Kind {
  /// Each kind's place in `allCases`, read once.
  private static let places: [Kind: Int] = Dictionary(
    uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

  /// The kind's bit in a set of kinds (there are fewer than 64).
  var bit: UInt64 { 1 << UInt64(Kind.places[self]!) }
}
