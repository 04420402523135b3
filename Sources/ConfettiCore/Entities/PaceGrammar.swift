/// Finds how full a planned day should be, as a typed ``Edit/perDay(_:)`` edit on a cue: "two a
/// day", "2 things a day", "one activity per day", "a fuller week", "a busier week" (two a day;
/// not "a full week", which is the whole Monday to Friday),
/// "keep it light", "a light week" (one a day). A tiny team's week is light unless it says so
/// (``WeekPlanner/perDay(for:)``).
///
/// It runs before the team-size grammar, so the 2 of "2 a day" is not a head count.
///
/// ```swift
/// // "plan our week, two things a day please" → cue per_day (.perDay(2))
/// ```
enum PaceGrammar {
  static let cue = "per_day"

  /// Words for what a day holds: "two things a day".
  static let itemWords: Set<String> = [
    "thing", "things", "idea", "ideas", "item", "items", "activity", "activities", "event", "events", "ones",
  ]
  /// Words before "day": "a day", "per day", "each day", "every day".
  static let dayMarkers: Set<String> = ["a", "per", "each", "every"]
  /// Phrases for a fuller week: two a day.
  static let fuller: [[String]] = [
    ["fuller", "week"], ["busier", "week"], ["packed", "week"], ["pack", "the", "week"],
    ["more", "each", "day"],
    ["more", "per", "day"], ["more", "a", "day"], ["fuller", "days"], ["busier", "days"],
  ]
  /// Phrases for a light week: one a day.
  static let lighter: [[String]] = [
    ["light", "week"], ["lighter", "week"], ["keep", "it", "light"], ["lighter", "days"],
  ]

  static func apply(_ scan: inout EntityScan) {
    var i = 0
    while i < scan.tokens.count {
      if let (n, length) = find(scan, at: i), scan.isFree(i..<(i + length)) {
        for k in i..<(i + length) { scan.claimed[k] = true }
        scan.cues.append(EntityParser.Cue(name: cue, tokens: i..<(i + length), edit: .perDay(n)))
        i += length
      } else {
        i += 1
      }
    }
  }

  /// The items a day and the tokens read, for the phrase starting at `i`.
  static func find(_ scan: EntityScan, at i: Int) -> (Int, Int)? {
    for p in fuller where scan.matches(p, at: i) { return (2, p.count) }
    for p in lighter where scan.matches(p, at: i) { return (1, p.count) }
    // "two a day", "2 things per day", "one activity each day"
    guard let number = scan.number(at: i), number.value == 1 || number.value == 2 else { return nil }
    var k = i + number.length
    if let w = scan.text(k), itemWords.contains(w) { k += 1 }
    guard let m = scan.text(k), dayMarkers.contains(m), scan.text(k + 1) == "day" else { return nil }
    return (Int(number.value), k + 2 - i)
  }
}
