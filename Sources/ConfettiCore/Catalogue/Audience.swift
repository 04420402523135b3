/// Who an idea is for: the service team, customers, or both together.
public enum Audience: String, Sendable, CaseIterable {
  case employees
  case customers
  case both

  /// True when an idea for `self` suits a request for `wanted`.
  ///
  /// An idea for both suits any request; a request for both ("for my staff and my customers")
  /// wants a mix, so ideas for either suit it (lists alternate them, plans hold each).
  public func suits(_ wanted: Audience) -> Bool {
    self == .both || self == wanted || wanted == .both
  }

  public var label: String {
    switch self {
    case .employees: return "employees"
    case .customers: return "customers"
    case .both: return "employees & customers"
    }
  }
}
