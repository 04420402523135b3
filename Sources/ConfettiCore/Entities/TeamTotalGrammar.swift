/// Finds a head count said as the whole after the parts that make it up: "2 schedulers as well,
/// so 9", "plus the 2 apprentices and me, so that makes 8", "3 more joined, 13 in all". The whole
/// wins: ``settle(_:)`` leaves the line's other counts of people and any people added as words
/// for the intent classifier, but they are no longer the team size or a change to it.
///
/// A count is the whole when a count came before it in the line and it is led by "so" (with "that
/// makes", "we're", … or nothing between), "making", "which makes" or "that makes", or followed by
/// "in all", "in total", "all told" or "altogether" (after a people noun or not: "9 people in
/// all"). Led but not followed so, it must end its phrase, a people noun or "of us" aside ("so 9
/// people"; not "so 2 teams", "so 10 each").
///
/// ```swift
/// // "oh and 2 schedulers as well, so 9" → team_size 9 (the 2 is a part)
/// ```
enum TeamTotalGrammar {
  /// Words between "so" and the count: "so [that makes] 9", "so [we're] 9".
  static let afterSo: [[String]] = [
    ["that", "makes"], ["that", "make"], ["that's"], ["thats"], ["that", "is"], ["it's"], ["its"],
    ["we're"], ["we", "are"], ["were"], ["makes"], ["making"], ["it", "makes"], ["that", "would", "be"],
    ["that'd", "be"], ["that", "will", "be"], ["that'll", "be"], ["there", "are"], ["there's"],
    ["in", "all"], ["a", "total", "of"], ["all", "in", "all"],
  ]
  /// Phrases that lead a whole without "so": "making 9", "which makes 9", "that makes 9".
  static let leads: [[String]] = [
    ["making", "it"], ["making"], ["which", "makes"], ["that", "makes"], ["that", "make"],
    ["bringing", "it", "to"], ["bringing", "us", "to"], ["which", "brings", "us", "to"],
  ]
  /// Words after a count that make it the whole: "9 [in all]".
  static let wholeWords: [[String]] = [
    ["in", "all"], ["in", "total"], ["all", "told"], ["altogether"], ["total"], ["overall"],
  ]

  static func apply(_ scan: inout EntityScan) {
    var i = 0
    while i < scan.tokens.count {
      if let found = find(scan, at: i), scan.isFree(found.claim) {
        scan.add(.teamSize, .int(found.value), valueTokens: found.count, claim: found.claim)
        scan.wholeTeam = found.count
        return
      }
      i += 1
    }
  }

  /// A whole said at `i`: its value, the tokens of the count, and the tokens of the phrase.
  private static func find(_ scan: EntityScan, at i: Int) -> (
    value: Int, count: Range<Int>, claim: Range<Int>
  )? {
    guard let w = scan.text(i) else { return nil }
    var start = i
    var led = false
    if w == "so" {
      start += 1
      if let p = afterSo.first(where: { scan.matches($0, at: start) }) { start += p.count }
      led = true
    } else if let p = leads.first(where: { scan.matches($0, at: i) }) {
      start += p.count
      led = true
    }
    guard let n = scan.number(at: start), n.value == n.value.rounded(), n.value >= 1,
      n.value <= Double(TeamSizeGrammar.range.upperBound), !scan.tokens[start].isNegative,
      scan.text(start - 1).map({ !["$", "£", "€", "#"].contains($0) }) ?? true,
      (0..<i).contains(where: { scan.number(at: $0) != nil })
    else { return nil }
    let end = start + n.length
    var last = end
    var whole = false
    if let p = wholeWords.first(where: { scan.matches($0, at: end) }) {
      last = end + p.count
      whole = true
    } else if let noun = TeamSizeGrammar.peopleNoun(scan, after: end) {
      last = noun + 1
      if let p = wholeWords.first(where: { scan.matches($0, at: last) }) {
        last += p.count
        whole = true
      }
    }
    guard led || whole else { return nil }
    // Led by "so" alone, the count ends its phrase (the line, a comma, "and", "but", "now"): "so 2
    // teams", "so 10 each" are no head count.
    if !whole, last < scan.tokens.count, !scan.isSeparated(before: last),
      !["and", "but", "now", "then"].contains(scan.tokens[last].text)
    {
      return nil
    }
    return (Int(n.value), start..<end, i..<last)
  }

  /// When the line said a whole (``EntityScan/wholeTeam``), its other counts of people and the
  /// people it adds ("plus 2", "3 more") are parts of it: they stay for the classifier, as cues
  /// named as before, but no longer set or change the team size.
  static func settle(_ scan: inout EntityScan) {
    guard let whole = scan.wholeTeam else { return }
    var parts: [EntityParser.Cue] = []
    scan.entities.removeAll { e in
      guard e.slot == .teamSize, e.tokens != whole else { return false }
      parts.append(EntityParser.Cue(name: SlotName.teamSize.rawValue, tokens: e.tokens))
      return true
    }
    for k in scan.cues.indices {
      if case .teamSize = scan.cues[k].edit { scan.cues[k].edit = nil }
    }
    scan.cues += parts
  }
}
