/// Finds how many guests come to ideas that invite people beyond the team: "about 60 guests",
/// "60 family members", "around 40 visitors", as a cue whose edit is `.guests(n)`. The count and
/// its noun are claimed, so "60 guests" is never the team size or a budget.
///
/// Guests are not the team: "ideas for 20 people with families, about 60 guests" is a team of 20
/// whose family events cost food for 60 guests. Customers are guests when the line says they come
/// ("about 40 customers come in on a Saturday", "we expect 60 clients"), not when it only counts
/// them ("we serve 5,000 customers").
enum GuestsGrammar {
  /// The cue's name.
  static let cue = "guests"
  /// Nouns that make a number a count of guests.
  static let nouns: Set<String> = [
    "guests", "guest", "visitors", "relatives", "plus-ones", "plus-one", "invitees",
  ]
  /// Words after the customers that say they come: "come in", "drop by", "show up", "visit".
  static let comingWords: Set<String> = [
    "come", "comes", "coming", "came", "visit", "visits", "visiting", "attend", "attends", "attending",
    "drop", "drops", "pop", "show", "turn", "stop", "walk",
  ]
  /// Words before the count that say the customers are expected: "we expect 60 clients".
  static let expectingWords: Set<String> = ["expect", "expecting", "invite", "inviting", "welcome", "host"]
  /// Words that may stand between the count and the noun: "60 family guests", "40 invited visitors".
  static let describing: Set<String> = ["family", "extra", "invited", "outside", "more", "total"]

  /// Runs before the edit, money and team-size grammars.
  static func apply(_ scan: inout EntityScan) {
    // Most lines have no word for guests: nothing to read numbers for.
    guard
      scan.tokens.contains(where: {
        nouns.contains($0.text) || $0.text == "members" || $0.text == "member"
          || WordLists.customerNouns.contains($0.text)
      })
    else { return }
    for i in scan.tokens.indices where scan.isFree(i..<(i + 1)) {
      guard let n = scan.number(at: i), n.value == n.value.rounded(), n.value >= 0,
        n.value <= Double(TeamSizeGrammar.range.upperBound), !scan.tokens[i].isNegative,
        scan.isFree(i..<(i + n.length))
      else { continue }
      var k = i + n.length
      while k < min(i + n.length + 2, scan.tokens.count), let w = scan.text(k), describing.contains(w) {
        k += 1
      }
      guard let end = noun(scan, at: k) ?? customersComing(scan, count: i, at: k) else { continue }
      // "family members" is two words; "family" alone before "members" was read as describing.
      for j in i..<end { scan.claimed[j] = true }
      scan.cues.append(EntityParser.Cue(name: cue, tokens: i..<end, edit: .guests(Int(n.value))))
      return
    }
  }

  /// The index after customers at `k` said to come ("40 customers [usually] come in", "expect 60
  /// clients"), or nil.
  private static func customersComing(_ scan: EntityScan, count i: Int, at k: Int) -> Int? {
    guard let w = scan.text(k), WordLists.customerNouns.contains(w) else { return nil }
    let coming = (k + 1...k + 3).contains { scan.text($0).map(comingWords.contains) ?? false }
    let expected = (max(0, i - 3)..<i).contains { scan.text($0).map(expectingWords.contains) ?? false }
    return coming || expected ? k + 1 : nil
  }

  /// The index after the guests noun at `k` ("guests", "family members"), or nil.
  private static func noun(_ scan: EntityScan, at k: Int) -> Int? {
    guard let w = scan.text(k) else { return nil }
    if nouns.contains(w) { return k + 1 }
    if w == "members" || w == "member", scan.text(k - 1) == "family" { return k + 1 }
    if w == "family", let m = scan.text(k + 1), m == "members" || m == "member" { return k + 2 }
    return nil
  }
}
