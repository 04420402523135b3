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

  static func apply(_ scan: inout EntityScan) {
    for i in scan.tokens.indices where scan.isFree(i..<(i + 1)) && scan.tokens[i].kind == .word {
      guard let day = words[scan.tokens[i].text] else { continue }
      // Abbreviations only after "on" or "for", so "wed" in other senses stays a word.
      if scan.tokens[i].text.count <= 5 && !scan.tokens[i].text.hasSuffix("day") {
        guard let previous = scan.text(i - 1), ["on", "for", "by"].contains(previous) else { continue }
      }
      scan.add(.day, .text(day.rawValue), valueTokens: i..<(i + 1))
    }
  }
}
