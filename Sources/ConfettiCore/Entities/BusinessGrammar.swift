/// Finds what a workplace says about itself that rules ideas out, as typed ``Edit/lacks(_:)`` edits
/// on cues (issue 25):
///
/// - a small business speaking of itself: "my shop", "our practice", "the salon", "a small shop",
///   "a family business" lack every ``Need`` (cue `small_business`);
/// - what the team cannot do or does not have: "we can't close the shop", "we have to stay open"
///   (``Need/closing``), "no managers" (``Need/managementLayer``), "no other departments",
///   "no meeting room", "can't leave the floor" (cue `lacks`).
///
/// It runs before the kinds are read, so "small shop" is the speaker's business, not a kind of
/// idea asked for.
///
/// ```swift
/// // "ideas for my bakery, we can't close during the day"
/// // → cues small_business (.lacks(every need)) and lacks (.lacks([.closing]))
/// ```
enum BusinessGrammar {
  static let profileCue = "small_business"
  static let lacksCue = "lacks"

  /// Places a small business is: "my shop", "the practice".
  static let places: Set<String> = [
    "shop", "store", "salon", "bakery", "cafe", "café", "practice", "clinic", "studio", "boutique",
    "restaurant", "deli", "pharmacy", "garage", "florist", "bistro", "barbershop", "bookshop", "bookstore",
    "surgery", "pub", "diner", "parlour", "parlor", "spa",
  ]
  /// Words that make a place the speaker's own: "my shop", "our little salon".
  static let owners: Set<String> = ["my", "our", "the"]
  /// Words that may stand between an owner and the place: "our little shop", "my dental practice".
  static let placeModifiers: Set<String> = [
    "little", "small", "tiny", "local", "own", "family", "corner", "dental", "vet", "veterinary",
    "physio", "optician", "optometry", "hair", "nail", "beauty", "coffee", "flower", "book", "gift",
    "medical", "chiropractic", "law", "accounting", "independent", "bike", "pet", "tea", "yoga",
  ]
  /// The words this grammar reads, never spell-corrected ("dental" is not "rental").
  static let words: Set<String> = places.union(placeModifiers)

  /// Words before "a …" that make the place the speaker's own: "we run a bakery", "I own a
  /// salon", "we're a dental practice" (not "cakes from a bakery").
  static let ownVerbs: Set<String> = [
    "run", "runs", "own", "owns", "manage", "manages", "are", "we're", "'re", "i'm", "'m", "it's",
  ]
  /// Words that make "a … shop" small: "a tiny salon", "a little bakery".
  static let sizeWords: Set<String> = ["little", "small", "tiny", "local", "family", "independent"]
  /// Words after "practice" that make it rehearsal, not a workplace: "the practice round".
  static let notAPlace: Set<String> = [
    "session", "sessions", "round", "rounds", "run", "runs", "test", "tests", "call", "calls", "exam",
  ]
  /// Whole phrases for a small business.
  static let businessPhrases: [[String]] = [
    ["small", "business"], ["small", "businesses"], ["small", "shop"], ["little", "shop"],
    ["local", "shop"], ["local", "business"], ["family", "business"], ["family-run", "business"],
    ["family", "run", "business"], ["mom", "and", "pop"], ["mom-and-pop"], ["corner", "store"],
    ["corner", "shop"], ["independent", "shop"], ["one", "person", "shop"], ["sole", "trader"],
    ["storefront"],
  ]

  /// The first words of ``businessPhrases``: a word not among them starts none.
  static let businessPhraseFirstWords = Set(businessPhrases.map { $0[0] })

  /// Verbs of closing: "close the shop", "shut the doors".
  static let closeVerbs: Set<String> = ["close", "shut", "closing", "shutting"]
  /// "can't", "cannot", "can not", "couldn't", "won't be able to", "unable to", "no way to".
  static func cannot(_ scan: EntityScan, at i: Int) -> Int? {
    guard let w = scan.text(i) else { return nil }
    if cannotWords.contains(w) { return 1 }
    // Read by the first word: this runs at every token of every line.
    switch w {
    case "can": return scan.text(i + 1) == "not" ? 2 : nil
    case "unable": return scan.text(i + 1) == "to" ? 2 : nil
    case "not": return scan.matches(["not", "able", "to"], at: i) ? 3 : nil
    case "won't": return scan.matches(["won't", "be", "able", "to"], at: i) ? 4 : nil
    case "no": return scan.matches(["no", "way", "to"], at: i) ? 3 : nil
    case "don't", "dont": return scan.matches([w, "want", "to"], at: i) ? 3 : nil
    default: return nil
    }
  }
  /// One word that says the team cannot: "can't", "cannot", "mustn't".
  static let cannotWords: Set<String> = ["can't", "cant", "cannot", "couldn't", "couldnt", "mustn't"]

  /// What the team says it has none of: "no managers", "there's no meeting room".
  static let lackedThings: [[String]: Need] = [
    ["managers"]: .managementLayer, ["management"]: .managementLayer, ["executives"]: .managementLayer,
    ["bosses"]: .managementLayer, ["leadership", "team"]: .managementLayer, ["execs"]: .managementLayer,
    ["other", "departments"]: .otherDepartments, ["departments"]: .otherDepartments,
    ["other", "teams"]: .otherDepartments,
    ["meeting", "room"]: .meetingRoom, ["meeting", "rooms"]: .meetingRoom,
    ["conference", "room"]: .meetingRoom,
    ["break", "room"]: .meetingRoom, ["boardroom"]: .meetingRoom,
  ]

  static func apply(_ scan: inout EntityScan) {
    var i = 0
    while i < scan.tokens.count {
      if let found = find(scan, at: i), scan.isFree(i..<(i + found.length)) {
        for k in i..<(i + found.length) { scan.claimed[k] = true }
        scan.cues.append(EntityParser.Cue(name: found.cue, tokens: i..<(i + found.length), edit: found.edit))
        i += found.length
      } else {
        i += 1
      }
    }
  }

  private static func find(_ scan: EntityScan, at i: Int) -> (cue: String, edit: Edit, length: Int)? {
    guard let w = scan.text(i) else { return nil }
    // "we can't close the shop", "we cannot shut during opening hours"
    if let n = cannot(scan, at: i) {
      var k = i + n
      if let c = scan.text(k), closeVerbs.contains(c) {
        k += 1
        if scan.text(k) == "down" || scan.text(k) == "up" { k += 1 }
        if let d = scan.text(k), owners.contains(d), let p = scan.text(k + 1),
          places.contains(p) || ["doors", "door", "office", "counter"].contains(p)
        {
          k += 2
        }
        return (lacksCue, .lacks([.closing]), k - i)
      }
      // "we can't leave the floor", "can't take people off the counter"
      if let v = scan.text(k), ["leave", "spare"].contains(v) {
        var end = k + 1
        if let d = scan.text(end), owners.contains(d) || d == "anyone" { end += 1 }
        if let p = scan.text(end), ["floor", "counter", "phones", "desk", "till", "front"].contains(p) {
          return (lacksCue, .lacks([.timeOffFloor]), end + 1 - i)
        }
      }
    }
    // "we have to stay open", "we must stay open", "the doors stay open"
    if w == "stay" || w == "remain" || w == "staying", scan.text(i + 1) == "open" {
      return (lacksCue, .lacks([.closing]), 2)
    }
    // "no managers", "there's no meeting room", "we don't have other departments"
    var k: Int?
    if w == "no" { k = i + 1 }
    let saysDontHave = (w == "don't" || w == "dont") && scan.text(i + 1) == "have"
    if saysDontHave || (w == "do" && scan.matches(["do", "not", "have"], at: i)) {
      k = i + (w == "do" ? 3 : 2)
      if let a = scan.text(k!), ["any", "a", "an"].contains(a) { k! += 1 }
    }
    if let start = k {
      for (words, need) in lackedThings where scan.matches(words, at: start) {
        return (lacksCue, .lacks([need]), start + words.count - i)
      }
    }
    if businessPhraseFirstWords.contains(w) {
      for p in businessPhrases where scan.matches(p, at: i) {
        return (profileCue, .lacks(Need.allCases), p.count)
      }
    }
    // "my shop", "our little salon", "the dental practice", "a tiny flower shop"
    let article = w == "a" || w == "an"
    if owners.contains(w)
      || (article
        && (scan.text(i + 1).map(sizeWords.contains) == true
          || scan.text(i - 1).map(ownVerbs.contains) == true))
    {
      var end = i + 1
      while let m = scan.text(end), placeModifiers.contains(m), end - i <= 2 { end += 1 }
      guard let p = scan.text(end), places.contains(p) else { return nil }
      if p == "practice", let next = scan.text(end + 1), notAPlace.contains(next) { return nil }
      // "the store" alone is any store ("gift cards from the store"); "the" needs a small place word.
      if w == "the" && end == i + 1 && ["store", "shop", "garage", "spa", "pub", "diner"].contains(p) {
        return nil
      }
      return (profileCue, .lacks(Need.allCases), end + 1 - i)
    }
    return nil
  }
}
