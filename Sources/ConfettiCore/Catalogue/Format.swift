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

extension Format {
  /// The format's bit in a set of formats (see ``mask(of:)``).
  var bit: UInt8 {
    switch self {
    case .inPerson: return 1
    case .remote: return 2
    case .hybrid: return 4
    }
  }

  /// The set of `formats` as bits.
  static func mask(of formats: [Format]) -> UInt8 { formats.reduce(0) { $0 | $1.bit } }
}
