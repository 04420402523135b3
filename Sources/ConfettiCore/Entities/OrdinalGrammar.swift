/// Finds a reference to a shown item: "the second one", "#2", "number 3", "the 4th".
///
/// "The last one" (or "that last idea") names the last item shown: a cue, ``lastShown``, since its
/// number depends on what was shown.
enum OrdinalGrammar {
  static let range = 1...50
  /// The cue for "the last one".
  static let lastShown = "last_shown"
  /// Words after "the last" that make it an item of a list ("the last one", not "the last week").
  static let lastNouns: Set<String> = [
    "one", "idea", "suggestion", "option", "item", "activity", "pick", "choice",
  ]

  /// Words that number an item before a number said in words: "number four", "option two" (not
  /// "no one").
  static let numberWordCues: Set<String> = ["number", "option", "item", "num", "nr", "choice", "idea"]

  /// True when the ordinal word at `i` is part of a set phrase that numbers nothing: "on second
  /// thought", "second thoughts", "first of all", "at first".
  static func isIdiom(_ scan: EntityScan, at i: Int) -> Bool {
    let next = scan.text(i + 1)
    if next == "thought" || next == "thoughts" { return true }
    if scan.tokens[i].text == "first" {
      return scan.matches(["of", "all"], at: i + 1) || scan.text(i - 1) == "at"
    }
    return false
  }

  static func apply(_ scan: inout EntityScan) {
    var i = 0
    while i < scan.tokens.count {
      defer { i += 1 }
      guard scan.isFree(i..<(i + 1)) else { continue }
      let t = scan.tokens[i]
      if t.text == "last", i > 0, ["the", "that", "your"].contains(scan.tokens[i - 1].text),
        i + 1 == scan.tokens.count || lastNouns.contains(scan.tokens[i + 1].text)
      {
        scan.claimed[i] = true
        scan.cues.append(EntityParser.Cue(name: lastShown, tokens: i..<(i + 1)))
        continue
      }
      if let v = WordLists.ordinalWords[t.text], !isIdiom(scan, at: i) {
        scan.add(.ordinal, .int(v), valueTokens: i..<(i + 1))
        continue
      }
      // "number four", "option two": a number word after a word that numbers an item.
      if t.kind == .word, NumberGrammar.isUnitOrTen(t.text), i > 0,
        numberWordCues.contains(scan.tokens[i - 1].text), let n = scan.number(at: i),
        let v = Int(exactly: n.value), range.contains(v)
      {
        scan.add(.ordinal, .int(v), valueTokens: i..<(i + n.length))
        i += n.length - 1
        continue
      }
      guard t.kind == .number, let v = Int(t.text), range.contains(v) else { continue }
      if let next = scan.text(i + 1), scan.tokens[i + 1].isJoined, ["st", "nd", "rd", "th"].contains(next) {
        scan.add(.ordinal, .int(v), valueTokens: i..<(i + 2))
        i += 1
        continue
      }
      if i > 0, scan.tokens[i - 1].text == "#", scan.isFree((i - 1)..<i) {
        scan.add(.ordinal, .int(v), valueTokens: i..<(i + 1), claim: (i - 1)..<(i + 1))
        continue
      }
      if i > 0, WordLists.ordinalCues.contains(scan.tokens[i - 1].text), scan.isFree((i - 1)..<i) {
        scan.add(.ordinal, .int(v), valueTokens: i..<(i + 1))
      }
    }
  }
}
