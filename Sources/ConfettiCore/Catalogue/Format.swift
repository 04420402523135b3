/// Where an idea can happen.
public enum Format: String, Sendable, CaseIterable {
  case inPerson = "in_person"
  case remote
  case hybrid

  public var label: String {
    switch self {
    case .inPerson: return "in person"
    case .remote: return "remote"
    case .hybrid: return "hybrid"
    }
  }
}
