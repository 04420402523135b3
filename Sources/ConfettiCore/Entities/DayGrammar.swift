/// Finds a weekday of the Customer Service Week named for a plan: "a house band on friday",
/// "Wednesday's lunch", "fri".
enum DayGrammar {
  static let words: [String: WorkDay] = [
    "monday": .monday, "mon": .monday, "mondays": .monday,
    "tuesday": .tuesday, "tues": .tuesday, "tue": .tuesday, "tuesdays": .tuesday,
    "wednesday": .wednesday, "wed": .wednesday, "weds": .wednesday, "wednesdays": .wednesday,
    "thursday": .thursday, "thurs": .thursday, "thu": .thursday, "thursdays": .thursday,
    "friday": .friday, "fri": .friday, "fridays": .friday,
  ]

  /// True when the weekday at `i` begins or ends a span of days: "monday [to] friday", "mon-fri".
  static func isInRange(_ scan: EntityScan, at i: Int) -> Bool {
    func day(_ k: Int) -> Bool { scan.text(k).map { words[$0] != nil } ?? false }
    func joins(_ a: Int) -> Bool {
      (day(a + 1) && scan.tokens[a + 1].isAfterHyphen)
        || (day(a + 2) && WordLists.rangeWords.contains(scan.text(a + 1) ?? ""))
    }
    return joins(i) || (i >= 1 && day(i - 1) && joins(i - 1)) || (i >= 2 && day(i - 2) && joins(i - 2))
  }

  static func apply(_ scan: inout EntityScan) {
    for i in scan.tokens.indices where scan.isFree(i..<(i + 1)) && scan.tokens[i].kind == .word {
      guard let day = words[scan.tokens[i].text] else { continue }
      // Abbreviations only after "on" or "for", so "wed" in other senses stays a word.
      if scan.tokens[i].text.count <= 5 && !scan.tokens[i].text.hasSuffix("day") {
        guard let previous = scan.text(i - 1), ["on", "for", "by"].contains(previous) else { continue }
      }
      // "monday to friday", "mon-fri": a span of the week, no day for an idea.
      if isInRange(scan, at: i) { continue }
      scan.add(.day, .text(day.rawValue), valueTokens: i..<(i + 1))
    }
  }
}
