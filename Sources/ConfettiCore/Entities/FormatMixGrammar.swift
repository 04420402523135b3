/// Reads a team split between places as hybrid: a part of the team ("half the team", "some of us",
/// "part of the staff", "most agents") working remotely or in the office means the team as a whole
/// works both ways.
///
/// Runs after ``PhraseGrammar`` has read the format words. A remote or in-person format a few words
/// after such a part becomes hybrid; so do remote and in-person said in one line that names a part
/// ("part of the team is in the office and part at home"), as one entity. The span runs from the
/// part to the format words, so what is left is the rest of the request ("ideas for 12, [half the
/// team works from home]"). "some remote ideas" names no part of the team and stays remote.
///
/// ```swift
/// parser.parse("ideas for 12, half the team works from home", today: today).entities
/// // team size 12 ("12"), format hybrid ("half the team works from home")
/// ```
enum FormatMixGrammar {
  /// Words that take a part of a group: "half the team", "some of us", "most of our agents".
  static let partWords: Set<String> = [
    "half", "some", "part", "few", "most", "many", "several", "others", "rest", "portion", "third",
    "thirds", "quarter", "majority", "minority",
  ]
  /// Who a part is taken of, after "of" or a determiner: "some of us", "half the team". Customers
  /// are no part of the team: "one of our clients could speak on zoom" says how a client joins, and
  /// leaves the team's format and the rest of the line alone.
  static let wholeWords = Set(["us", "them", "you", "we"]).union(WordLists.workplaceNouns)
    .union(WordLists.peopleNouns).union(WordLists.groupNouns)
    .subtracting(EditGrammar.audiences.filter { $0.value == .customers }.keys)
  static let determiners: Set<String> = ["the", "our", "my", "your", "their", "this"]
  /// The part words that take their group with no "of" or determiner: "some reps", "most agents"
  /// ("a few people online" is a small group, not part of one).
  static let directPartWords: Set<String> = ["some", "most", "half"]
  /// How far (in words) a format may follow the part it describes: "half the team [works] from home".
  static let reach = 6

  /// Words for working in the office and at home: "both office and home workers", "remote and
  /// on-site staff" name a team that works both ways.
  static let officeWords: Set<String> = [
    "office", "offices", "onsite", "on-site", "in-office", "in-person", "building", "site",
  ]
  static let homeWords: Set<String> = [
    "home", "remote", "remotely", "wfh", "virtual", "homeworking", "dial", "dials",
  ]
  static let placeJoiners: Set<String> = ["and", "or", "&", "/", "plus"]

  /// "office and home", "remote and on-site", "home or in the office": one hybrid team.
  static func mixedPlaces(_ scan: inout EntityScan) {
    for i in scan.tokens.indices {
      let a = scan.tokens[i].text
      let office = officeWords.contains(a)
      guard office || homeWords.contains(a), let joiner = scan.text(i + 1), placeJoiners.contains(joiner)
      else { continue }
      var k = i + 2
      // "some onsite and some remote", "office or at home"
      while let d = scan.text(k), k - i <= 4,
        ["the", "at", "from", "in", "some", "others", "half", "a", "few"].contains(d)
      {
        k += 1
      }
      guard let b = scan.text(k), office ? homeWords.contains(b) : officeWords.contains(b) else { continue }
      let span = i..<(k + 1)
      scan.entities.removeAll { $0.slot == .format && $0.tokens.overlaps(span) }
      for t in span { scan.claimed[t] = false }
      scan.add(.format, .text(Format.hybrid.rawValue), valueTokens: span)
      return
    }
  }

  /// Words saying a team is spread over places: "split between the office and home".
  static let splitWords: Set<String> = ["split", "between", "mix", "mixed", "mixture", "spread", "partly"]
  /// How far (in words) the two places of a split may lie from its word.
  static let splitReach = 12

  /// "we're split between the office and people dialing in from home", "a mix of office and
  /// remote folks": an office word and a home word after a split word make one hybrid team.
  static func splitPlaces(_ scan: inout EntityScan) {
    // A split word, or a contrast of two parts ("some in the building and some at home").
    let partWords = scan.tokens.indices.filter { FormatMixGrammar.partWords.contains(scan.tokens[$0].text) }
    guard !scan.entities.contains(where: { $0.slot == .format && $0.value == .text(Format.hybrid.rawValue) }),
      let cue = scan.tokens.indices.first(where: { splitWords.contains(scan.tokens[$0].text) })
        ?? (partWords.count >= 2 ? partWords[0] : nil)
    else {
      return
    }
    let window = (cue + 1)..<min(scan.tokens.count, cue + 1 + splitReach)
    guard
      let a = window.first(where: {
        officeWords.contains(scan.tokens[$0].text) || homeWords.contains(scan.tokens[$0].text)
      })
    else { return }
    let other = officeWords.contains(scan.tokens[a].text) ? homeWords : officeWords
    guard let b = window.first(where: { $0 > a && other.contains(scan.tokens[$0].text) }) else { return }
    // The span runs from a part word ("[part of the team is in the office and part at home]").
    let span = (partWords.contains(cue) ? cue : a)..<(b + 1)
    scan.entities.removeAll { $0.slot == .format && $0.tokens.overlaps(span) }
    scan.add(.format, .text(Format.hybrid.rawValue), valueTokens: span, claim: a..<(a + 1))
    scan.claimed[b] = true
  }

  static func apply(_ scan: inout EntityScan) {
    mixedPlaces(&scan)
    splitPlaces(&scan)
    let formats = scan.entities.indices.filter {
      scan.entities[$0].slot == .format && scan.entities[$0].value != .text(Format.hybrid.rawValue)
    }
    guard !formats.isEmpty else { return }
    let parts = scan.tokens.indices.compactMap { partSpan(scan, at: $0) }
    guard let firstPart = parts.first else { return }
    let values = Set(formats.compactMap { scan.entities[$0].value.text })
    if values.count > 1 {
      // Remote and in person in one line about parts of the team: one hybrid team.
      let first = scan.entities[formats[0]]
      let last = scan.entities[formats[formats.count - 1]]
      let drop = Set(formats)
      scan.entities = scan.entities.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
      let from = min(firstPart.lowerBound, first.tokens.lowerBound)
      scan.add(.format, .text(Format.hybrid.rawValue), valueTokens: from..<last.tokens.upperBound)
      return
    }
    var used: [Range<Int>] = []
    defer {
      // "3 of them work from home": a part of the team, not its size.
      scan.entities.removeAll { e in e.slot == .teamSize && used.contains { $0.overlaps(e.tokens) } }
    }
    for index in formats {
      let start = scan.entities[index].tokens.lowerBound
      guard let part = parts.last(where: { $0.upperBound <= start && start - $0.upperBound <= reach }) else {
        continue
      }
      used.append(part)
      // The words from the part to the format say it: "[half the team works from home]".
      let end = scan.entities[index].tokens.upperBound
      for k in part.lowerBound..<end { scan.claimed[k] = true }
      scan.entities[index].value = .text(Format.hybrid.rawValue)
      scan.entities[index].tokens = part.lowerBound..<end
      scan.entities[index].start = scan.tokens[part.lowerBound].start
    }
  }

  /// The words naming a part of the group whose part word is at `i`, if they do:
  /// "half [of] the team", "some of us", "a few of the reps", "most agents", "the rest".
  static func partSpan(_ scan: EntityScan, at i: Int) -> Range<Int>? {
    guard let word = scan.text(i) else { return nil }
    // "3 of them", "two of us": a count taken of the group.
    if scan.tokens[i].kind == .number || NumberGrammar.isNumberWord(word), scan.text(i + 1) == "of" {
      var k = i + 2
      if let d = scan.text(k), determiners.contains(d) { k += 1 }
      if let whole = scan.text(k), wholeWords.contains(whole) { return i..<(k + 1) }
    }
    guard partWords.contains(word) else { return nil }
    if word == "others" { return i..<(i + 1) }
    if word == "rest", scan.text(i - 1) == "the" { return (i - 1)..<(i + 1) }
    var k = i + 1
    if scan.text(k) == "of" { k += 1 }
    if let d = scan.text(k), determiners.contains(d) { k += 1 }
    guard k > i + 1 || directPartWords.contains(word), let whole = scan.text(k), wholeWords.contains(whole)
    else { return nil }
    return i..<(k + 1)
  }
}
