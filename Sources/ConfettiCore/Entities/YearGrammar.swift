/// Finds a year: "2027", "CSW 2017", "this year", "next year", "last year".
///
/// Relative years resolve against `today`, which callers inject so tests are stable.
enum YearGrammar {
  static let plausible = 1900...2199

  static func apply(_ scan: inout EntityScan, today: CivilDate) {
    let relative: [([String], Int)] = [
      (["this", "year"], 0), (["next", "year"], 1), (["last", "year"], -1), (["this", "coming", "year"], 0),
      (["the", "following", "year"], 1), (["the", "year", "after", "next"], 2), (["this", "october"], 0),
      (["next", "october"], 1), (["last", "october"], -1), (["the", "coming", "year"], 0),
      (["current", "year"], 0), (["previous", "year"], -1), (["coming", "year"], 0),
    ]
    var i = 0
    while i < scan.tokens.count {
      var matched = false
      for (words, offset) in relative where scan.matches(words, at: i) && scan.isFree(i..<(i + words.count)) {
        scan.add(.year, .int(today.year + offset), valueTokens: i..<(i + words.count))
        i += words.count
        matched = true
        break
      }
      if matched { continue }
      let t = scan.tokens[i]
      if t.kind == .number, scan.isFree(i..<(i + 1)), t.text.count == 4, let v = Int(t.text),
        plausible.contains(v), !(i > 0 && WordLists.currencySymbols[scan.tokens[i - 1].text] != nil),
        !(i > 0 && scan.tokens[i - 1].text == "#")
      {
        scan.add(.year, .int(v), valueTokens: i..<(i + 1))
      }
      i += 1
    }
  }
}
