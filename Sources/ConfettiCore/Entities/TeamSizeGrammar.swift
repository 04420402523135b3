/// Finds how many people take part.
///
/// Most specific first: a count with a people noun ("12 people", "40 support
/// reps", "a 200-person contact center", "6 of us"), a group noun with "of"
/// ("a team of eight", "headcount is 40"), "we are 12"; and, in a later pass
/// (after years are taken), "for N" ("ideas for 12 under $300").
///
/// ```swift
/// // "two dozen reps" → team_size 24, span "two dozen"
/// ```
enum TeamSizeGrammar {
  static let range = 1...100_000

  /// The passes that rely on a noun or phrase around the number.
  static func applyMarked(_ scan: inout EntityScan) {
    var i = 0
    while i < scan.tokens.count {
      guard let n = count(scan, at: i, allowZero: true, allowLarge: true) else {
        i += 1
        continue
      }
      let end = i + n.length
      if n.value > Double(range.upperBound) {
        // "five million people": more than Confetti plans for, kept as said so the conversation
        // answers it (the slot refuses it) instead of reading a smaller number nearby.
        if let noun = peopleNoun(scan, after: end) {
          scan.add(.teamSize, .int(Int(n.value)), valueTokens: i..<end, claim: i..<(noun + 1))
          i = noun + 1
        } else if groupCue(scan, before: i) {
          scan.add(.teamSize, .int(Int(n.value)), valueTokens: i..<end)
          i = end
        } else {
          i += 1
        }
        continue
      }
      if let noun = peopleNoun(scan, after: end) {
        // "0 people" is read as said, for the conversation to ask; a bare 0 is no count.
        scan.add(.teamSize, .int(Int(n.value)), valueTokens: i..<end, claim: i..<(noun + 1))
        // "12 remote people": how the team works is the format's to read.
        for k in end..<noun where WordLists.formatModifiers.contains(scan.tokens[k].text) {
          scan.claimed[k] = false
        }
        i = noun + 1
      } else if let group = groupAfter(scan, end: end), n.value >= 1 {
        // "22 on the team", "30 in total" (when the line speaks of people)
        scan.add(.teamSize, .int(Int(n.value)), valueTokens: i..<end, claim: i..<group)
        i = group
      } else if n.value >= 1 && (groupCue(scan, before: i) || selfCount(scan, before: i)) {
        scan.add(.teamSize, .int(Int(n.value)), valueTokens: i..<end)
        i = end
      } else {
        i += 1
      }
    }
  }

  /// "for 12", "for about 40": a count after "for" that nothing else explained.
  static func applyFor(_ scan: inout EntityScan) {
    guard !scan.entities.contains(where: { $0.slot == .teamSize }) else { return }
    for i in 0..<scan.tokens.count {
      guard let n = count(scan, at: i), n.isDigits || n.value <= 100 else { continue }
      var j = i - 1
      // "for about 12", "for all 18": a hedge or "all" between the cue and the count.
      if let w = scan.text(j),
        ["about", "around", "roughly", "maybe", "approx", "approximately", "all"].contains(w)
      {
        j -= 1
      }
      guard let cue = scan.text(j), cue == "for" || cue == "with", scan.isFree(j..<(j + 1)) else { continue }
      if cue == "with" && scan.text(j - 1) != "team" { continue }
      let end = i + n.length
      // "for 12 hours", "for 3 days" are not people.
      if let next = scan.text(end), timeWords.contains(next) { continue }
      if let next = scan.text(end), next == "%" { continue }
      scan.add(.teamSize, .int(Int(n.value)), valueTokens: i..<end)
      return
    }
  }

  static let timeWords: Set<String> = [
    "hours", "hour", "days", "day", "weeks", "week", "minutes", "minute", "mins", "months", "month", "years",
    "year", "hrs", "hr", "am", "pm", "percent",
  ]

  private static func count(
    _ scan: EntityScan, at i: Int, allowZero: Bool = false, allowLarge: Bool = false
  ) -> NumberGrammar.Match? {
    guard scan.isFree(i..<(i + 1)), let n = scan.number(at: i),
      scan.isFree(i..<(i + n.length)), n.value == n.value.rounded(), n.value >= (allowZero ? 0 : 1),
      !scan.tokens[i].isNegative,
      allowLarge || n.value <= Double(range.upperBound)
    else { return nil }
    // Ordinals ("the 3rd") and list references ("#2") are not counts.
    if i > 0, scan.tokens[i - 1].text == "#" { return nil }
    return n
  }

  /// The index of a people noun after a count, allowing a few modifiers: "12 [support] reps", and
  /// one other word of a compound noun right before the noun: "22 [claims] handlers".
  static func peopleNoun(_ scan: EntityScan, after end: Int) -> Int? {
    var j = end
    var gap = 0
    while j < scan.tokens.count && gap <= 3 && !scan.claimed[j] {
      let w = scan.tokens[j].text
      if WordLists.peopleNouns.contains(w) { return j }
      if w == "of", let us = scan.text(j + 1), us == "us" || us == "them" || us == "you" { return j + 1 }
      guard scan.tokens[j].kind == .word else { return nil }
      if !WordLists.countModifiers.contains(w) {
        guard j + 1 < scan.tokens.count, !scan.claimed[j + 1],
          WordLists.peopleNouns.contains(scan.tokens[j + 1].text)
        else { return nil }
        return j + 1
      }
      j += 1
      gap += 1
    }
    return nil
  }

  /// Groups a count can be "on" or "in" ("22 on the team"); never a place ("35 in the office").
  static let memberOf: Set<String> = [
    "team", "group", "crew", "department", "dept", "squad", "unit", "pod", "staff",
  ]

  /// The end of a group phrase after a count: "22 [on the team]", "9 [in my crew]", "30 [total]",
  /// "30 [in total]", "30 [all told]" or "18 [strong]" in a line that names people or a group ("30 total" alone may
  /// be money).
  static func groupAfter(_ scan: EntityScan, end: Int) -> Int? {
    if let p = scan.text(end), p == "on" || p == "in", let d = scan.text(end + 1),
      FormatMixGrammar.determiners.contains(d), let g = scan.text(end + 2), memberOf.contains(g),
      scan.isFree(end..<(end + 3))
    {
      return end + 3
    }
    let total: Int? =
      ["total", "altogether", "strong"].contains(scan.text(end) ?? "")
      ? end + 1
      : scan.matches(["in", "total"], at: end) || scan.matches(["all", "told"], at: end) ? end + 2 : nil
    guard let total, scan.isFree(end..<total) else { return nil }
    let speaksOfPeople = scan.tokens.contains {
      WordLists.peopleNouns.contains($0.text) || WordLists.groupNouns.contains($0.text) || $0.text == "us"
        || WordLists.workplacePlaces.contains($0.text)
    }
    return speaksOfPeople ? total : nil
  }

  /// Words that may stand between a word for a group and its count: "team [of] 8", "team [is about] 12".
  static let groupCueFillers: Set<String> = [
    "of", "is", "about", "around", "roughly", "approx", "size", "count", "just", "only", "'s", "maybe",
    "like", "has", "are", "totals", "total", "numbers",
  ]

  /// "team of 8", "our team is 12", "headcount: 40", "team size 30".
  static func groupCue(_ scan: EntityScan, before i: Int) -> Bool {
    var j = i - 1
    var steps = 0
    while j >= 0 && steps < 4 {
      let w = scan.tokens[j].text
      // "a call centre of 120", "our support desk is 18": a place a team works is one too.
      if WordLists.groupNouns.contains(w) || WordLists.workplacePlaces.contains(w) {
        return steps > 0 || w == "headcount" || w == "size"
      }
      guard groupCueFillers.contains(w) else { return false }
      j -= 1
      steps += 1
    }
    return false
  }

  /// "we are 12", "we're 30", "there are 16", "it's just 3".
  private static func selfCount(_ scan: EntityScan, before i: Int) -> Bool {
    var j = i - 1
    if let w = scan.text(j), ["about", "around", "only", "just", "roughly"].contains(w) { j -= 1 }
    guard let w = scan.text(j) else { return false }
    if w == "we're" || w == "were" { return true }
    if w == "are", let s = scan.text(j - 1), s == "we" || s == "there" { return true }
    return false
  }
}
