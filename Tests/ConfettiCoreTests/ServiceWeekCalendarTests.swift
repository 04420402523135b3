import ConfettiCore
import Testing

@Suite struct ServiceWeekCalendarTests {
  @Test(arguments: [
    (2017, "2017-10-02", "2017-10-06"), (2024, "2024-10-07", "2024-10-11"),
    (2025, "2025-10-06", "2025-10-10"),
    (2026, "2026-10-05", "2026-10-09"), (2027, "2027-10-04", "2027-10-08"),
  ])
  func knownWeeks(_ year: Int, _ start: String, _ end: String) {
    let w = ServiceWeekCalendar.week(of: year)
    #expect(w.start.description == start)
    #expect(w.end.description == end)
  }

  /// Zeller's congruence, an independent weekday computation (0 = Saturday … 6 = Friday).
  static func zeller(_ y: Int, _ m: Int, _ d: Int) -> Int {
    let (mm, yy) = m < 3 ? (m + 12, y - 1) : (m, y)
    let k = yy % 100
    let j = yy / 100
    return (d + (13 * (mm + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7
  }

  @Test func everyYearFrom1992To2100MatchesAnIndependentComputation() {
    for year in 1992...2100 {
      // The first October day whose Zeller weekday is Monday (2).
      let firstMonday = (1...7).first { Self.zeller(year, 10, $0) == 2 }!
      let w = ServiceWeekCalendar.week(of: year)
      #expect(w.start == CivilDate(year: year, month: 10, day: firstMonday), "\(year)")
      #expect(w.end == CivilDate(year: year, month: 10, day: firstMonday + 4), "\(year)")
      #expect(w.days.map(\.weekday) == [.monday, .tuesday, .wednesday, .thursday, .friday])
    }
  }

  @Test func nextWeekFollowsTheInjectedToday() {
    #expect(ServiceWeekCalendar.next(after: CivilDate(year: 2026, month: 11, day: 23)).start.year == 2027)
    #expect(ServiceWeekCalendar.next(after: CivilDate(year: 2026, month: 10, day: 9)).start.year == 2026)
    #expect(ServiceWeekCalendar.next(after: CivilDate(year: 2026, month: 10, day: 10)).start.year == 2027)
  }

  @Test func civilDateRoundTrips() {
    for days in stride(from: -800_000, through: 800_000, by: 997) {
      #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
    }
    #expect(CivilDate(iso: "2024-02-29") != nil)
    #expect(CivilDate(iso: "2023-02-29") == nil)
    #expect(CivilDate(iso: "2026-1-5") == nil)
  }
}
