/// Dates of Customer Service Week: the first full Monday–Friday week of October.
///
/// The first Monday of October always has its Friday in October too, so the
/// week starts on that Monday.
///
/// ```swift
/// ServiceWeekCalendar.week(of: 2026)  // 2026-10-05 ... 2026-10-09
/// ```
public enum ServiceWeekCalendar {
  /// The first year the week was a national event (declared by the U.S. Congress in 1992).
  public static let firstNationalYear = 1992
  /// The year the ICSA established it.
  public static let establishedYear = 1984

  /// A Monday–Friday span.
  public struct Week: Sendable, Equatable {
    public var start: CivilDate
    public var end: CivilDate

    /// "October 5–9, 2026"
    public var span: String {
      let tail = start.month == end.month ? String(end.day) : end.monthDay
      return "\(start.monthDay)–\(tail), \(end.year)"
    }

    /// The five weekdays, Monday first.
    public var days: [CivilDate] { (0..<5).map { start.adding(days: $0) } }
  }

  public static func week(of year: Int) -> Week {
    let october1 = CivilDate(year: year, month: 10, day: 1)
    let offset = (7 - october1.weekday.rawValue) % 7
    let monday = october1.adding(days: offset)
    return Week(start: monday, end: monday.adding(days: 4))
  }

  /// The next week that has not ended yet on `today`.
  public static func next(after today: CivilDate) -> Week {
    let thisYear = week(of: today.year)
    return today <= thisYear.end ? thisYear : week(of: today.year + 1)
  }
}
