/// A day of the Monday–Friday week, as a person names it in a plan ("a house band on friday").
///
/// ```swift
/// WorkDay(rawValue: "friday")?.index  // 4, the fifth day of the plan
/// ```
public enum WorkDay: String, Sendable, CaseIterable {
  case monday, tuesday, wednesday, thursday, friday

  /// The position in the week, Monday 0.
  public var index: Int { WorkDay.allCases.firstIndex(of: self)! }
}
