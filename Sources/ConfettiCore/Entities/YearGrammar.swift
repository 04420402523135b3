/// Finds a year: "2027", "CSW 2017", "this year", "next year", "last year", "in 2 years",
/// "three years from now".
///
/// Relative years resolve against `today`, which callers inject so tests are stable.
enum YearGrammar {
  static let plausible = 1900...2199
  /// Later years, as `plan --year` takes them, count only right after a word for the week or a
  /// year ("csw 2300", "customer service week 2500"), never as a bare number ("for 2500").
  static let farYears = 2200...9999
  static let farYearCues: Set<String> = ["csw", "ncsw", "week", "year", "in", "of"]

  /// Years said relative to this one, with their offsets.
  static let relative: [([String], Int)] = [
    (["this", "year"], 0), (["next", "year"], 1), (["last", "year"], -1), (["this", "coming", "year"], 0),
    (["the", "following", "year"], 1), (["the", "year", "after", "next"], 2), (["this", "october"], 0),
    (["next", "october"], 1), (["last", "october"], -1), (["the", "coming", "year"], 0),
    (["current", "year"], 0), (["previous", "year"], -1), (["coming", "year"], 0),
  ]
  /// The words a relative year can start with: the phrases are tried only there.
  static let relativeFirstWords = Set(relative.map { $0.0[0] })
  /// The words for a year as a unit of time ("in 2 years").
  static let yearUnits: Set<String> = ["years", "year", "yrs", "yr"]

  static func apply(_ scan: inout EntityScan, today: CivilDate) {
    // "in 2 years" needs a year unit somewhere in the line; most lines have none.
    let hasYearUnit = scan.tokens.contains { yearUnits.contains($0.text) }
    var i = 0
    while i < scan.tokens.count {
      var matched = false
      if relativeFirstWords.contains(scan.tokens[i].text) {
        for (words, offset) in relative where scan.matches(words, at: i) && scan.isFree(i..<(i + words.count))
        {
          scan.add(.year, .int(today.year + offset), valueTokens: i..<(i + words.count))
          i += words.count
          matched = true
          break
        }
      }
      if matched { continue }
      if hasYearUnit, let (years, length) = yearsAhead(scan, at: i), today.year + years <= farYears.upperBound
      {
        scan.add(.year, .int(today.year + years), valueTokens: i..<(i + length))
        i += length
        continue
      }
      let t = scan.tokens[i]
      if t.kind == .number, scan.isFree(i..<(i + 1)), t.text.count == 4, let v = Int(t.text),
        plausible.contains(v)
          || (farYears.contains(v) && i > 0 && farYearCues.contains(scan.tokens[i - 1].text)),
        !(i > 0 && WordLists.currencySymbols[scan.tokens[i - 1].text] != nil),
        !(i > 0 && scan.tokens[i - 1].text == "#")
      {
        scan.add(.year, .int(v), valueTokens: i..<(i + 1))
      }
      i += 1
    }
  }

  /// "in 2 years", "in two years' time", "3 years from now", "in a year": the number of years and
  /// the tokens taken.
  static func yearsAhead(_ scan: EntityScan, at i: Int) -> (Int, Int)? {
    let inFront = scan.text(i) == "in"
    let start = inFront ? i + 1 : i
    var count: Int
    var end: Int
    if scan.text(start) == "a" || scan.text(start) == "one" {
      (count, end) = (1, start + 1)
    } else if let n = scan.number(at: start), n.value == n.value.rounded(), n.value >= 1,
      n.value <= 9999, !n.hasThousandsSuffix
    {
      (count, end) = (Int(n.value), start + n.length)
    } else {
      return nil
    }
    guard let unit = scan.text(end), yearUnits.contains(unit) else {
      return nil
    }
    end += 1
    if inFront {
      if scan.text(end) == "'" || scan.text(end) == "s" { end += scan.text(end + 1) == "time" ? 2 : 0 }
      if scan.text(end) == "time" { end += 1 }
    } else {
      guard scan.matches(["from", "now"], at: end) || scan.matches(["from", "today"], at: end) else {
        return nil
      }
      end += 2
    }
    guard scan.isFree(i..<end) else { return nil }
    return (count, end - i)
  }
}
