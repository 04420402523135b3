/// The day-themes of the five-day framework (ICMI, 2024): day 1 Educate, day 2
/// Activate, days 3–4 Co-Create, day 5 Celebrate.
public enum Theme: String, Sendable, CaseIterable, Comparable {
  case educate
  case activate
  case cocreate
  case celebrate

  /// A human label: "Co-Create".
  public var label: String {
    switch self {
    case .educate: return "Educate"
    case .activate: return "Activate"
    case .cocreate: return "Co-Create"
    case .celebrate: return "Celebrate"
    }
  }

  public static func < (lhs: Theme, rhs: Theme) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
