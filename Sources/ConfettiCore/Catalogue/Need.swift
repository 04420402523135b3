/// Something an idea needs to run that not every workplace has: a layer of managers, other
/// departments, a meeting room, closing the doors for a while, or time away from customers.
/// The catalogue lists each idea's needs (`needs:` in `Catalogue/ideas.yaml`); a small business,
/// or a team that cannot close, gets ideas that need none of what it lacks.
///
/// ```swift
/// Catalogue.builtin.idea(id: "shark-tank")!.needs  // [.managementLayer, .otherDepartments]
/// Need.smallBusiness.contains(.closing)            // true
/// ```
public enum Need: String, Sendable, CaseIterable, Comparable {
  /// Executives, managers or leaders above the team (a panel of executives, leaders serving food).
  case managementLayer = "management_layer"
  /// Departments other than the service team (IT, billing, a warehouse) to visit, thank or mix with.
  case otherDepartments = "other_departments"
  /// A room apart from where customers are served, for a session or workshop.
  case meetingRoom = "meeting_room"
  /// Closing to customers for a while: the whole team away at once.
  case closing
  /// Hours away from serving customers for many of the team (a workshop, a day out), or paid time
  /// off that the others must cover (a longer break, an early finish, a day off).
  case timeOffFloor = "time_off_floor"

  /// What a small business lacks: every need.
  public static let smallBusiness: Set<Need> = Set(allCases)

  /// How a reply names the need ("it needs a management layer").
  public var label: String {
    switch self {
    case .managementLayer: return "a management layer"
    case .otherDepartments: return "other departments"
    case .meetingRoom: return "a meeting room"
    case .closing: return "the doors closed for a while"
    case .timeOffFloor: return "time off the floor"
    }
  }

  public static func < (lhs: Need, rhs: Need) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

extension Need {
  /// The need's bit in a set of needs (there are fewer than 8).
  var bit: UInt8 { 1 << UInt8(Need.allCases.firstIndex(of: self)!) }

  /// The set of `needs` as bits.
  static func mask<S: Sequence<Need>>(of needs: S) -> UInt8 { needs.reduce(0) { $0 | $1.bit } }
}
