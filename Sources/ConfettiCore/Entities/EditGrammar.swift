/// Finds changes stated against what is already in force, as typed ``Edit``s on classifier cues:
/// "no budget limit" (`.budget(.clear)`), "double the budget" (`.budget(.scale(2))`), "double the
/// team" (`.teamSize(.scale(2))`), "add 5 more people" and "plus 6 from sales" (`.teamSize(.add)`),
/// "not remote" (`.format(.remote, .excluded)`), "even with the remote folks"
/// (`.format(.remote, .readmitted)`) and "without customers" / "not customers"
/// (`.audience(.customers, .excluded)`). "me plus 5 staff" is a team of 6 (a slot, not an edit).
///
/// It runs before the money and team-size grammars, so "no budget limit" is not a budget of $0
/// and the 5 of "5 more people" is not the team size.
enum EditGrammar {
  static let budgetOff: [[String]] = [
    ["no", "budget", "limit"], ["no", "budget", "cap"], ["no", "budget", "constraint"],
    ["no", "budget", "limits"],
    ["no", "budget", "constraints"], ["no", "spending", "limit"], ["no", "limit", "on", "the", "budget"],
    ["any", "budget"], ["forget", "the", "budget"], ["forget", "about", "the", "budget"],
    ["forget", "budget"],
    ["remove", "the", "budget"], ["drop", "the", "budget"], ["ignore", "the", "budget"],
    ["clear", "the", "budget"],
    ["budget", "doesn't", "matter"], ["budget", "does", "not", "matter"], ["unlimited", "budget"],
    ["money", "is", "no", "object"], ["whatever", "budget"], ["without", "a", "budget", "limit"],
  ]
  /// The first words of ``budgetOff``: a word not among them starts none.
  static let budgetOffFirstWords = Set(budgetOff.map { $0[0] })
  static let budgetTail: Set<String> = ["cap", "limit", "ceiling", "constraint"]
  static let scales: [String: Double] = [
    "double": 2, "triple": 3, "quadruple": 4, "halve": 0.5, "half": 0.5, "twice": 2, "doubles": 2,
    "doubled": 2, "halves": 0.5, "halved": 0.5, "triples": 3, "tripled": 3,
  ]
  /// Verbs that drop what follows them: "scrap the budget", "lose the cap".
  static let dropVerbs: Set<String> = [
    "forget", "drop", "remove", "ignore", "clear", "scrap", "ditch", "lose", "kill", "lift", "raise", "waive",
  ]
  /// Words for a spending limit after a drop verb: "scrap the budget", "lift the cap".
  static let limitWords: Set<String> = ["budget", "cap", "limit", "ceiling", "spending"]
  /// Words near a "half" that make it part of a team working somewhere, not fewer people
  /// ("half the team works from home" is hybrid, for ``FormatMixGrammar``).
  static let placeWords: Set<String> = [
    "home", "remote", "remotely", "office", "onsite", "site", "online", "virtual", "work", "works", "working",
    "part-time", "part", "wfh", "hybrid", "site", "sites", "floor",
  ]
  /// Words after "half of them are" that say how many take part ("half of them are [on] [shift]",
  /// "half of us will be [away]"): the team is scaled. Anything else describes some of the team
  /// ("half of them are fasting") and changes no count.
  static let attendanceWords: Set<String> = [
    "shift", "available", "coming", "around", "attending", "joining", "make", "off", "away", "leave",
    "vacation", "holiday", "holidays", "free", "here", "there", "able", "going", "left", "in", "out",
  ]
  static let copulas: Set<String> = [
    "are", "is", "will", "can", "'re", "were", "be", "could", "'ll", "would",
  ]
  static let budgetWords: Set<String> = ["budget", "spend", "spending", "amount", "money"]
  /// Words for the head count after a scale: "double the team", "half the headcount".
  static let teamWords: Set<String> = ["team", "headcount", "group", "people", "staff", "crew", "numbers"]
  static let determiners: Set<String> = ["the", "our", "my", "that", "this", "your"]
  static let formats: [[String]: Format] = [
    ["remote"]: .remote, ["virtual"]: .remote, ["online"]: .remote, ["in", "person"]: .inPerson,
    ["in-person"]: .inPerson, ["onsite"]: .inPerson, ["on", "site"]: .inPerson,
    ["in", "the", "office"]: .inPerson, ["home"]: .remote, ["at", "home"]: .remote,
    ["hybrid"]: .hybrid,
  ]
  static let audiences: [String: Audience] = Dictionary(
    uniqueKeysWithValues: WordLists.customerNouns.map { ($0, Audience.customers) }
      + ["staff", "employees", "employee", "agents", "reps"].map { ($0, Audience.employees) })
  /// Words that leave an audience out: "without customers", "not the clients".
  static let audienceNegations: Set<String> = ["without", "excluding", "minus", "no", "not", "except"]
  /// Words after a count that say it adds to the team: "plus 6 [from] sales", "4 more [who] joined".
  static let addedFrom: Set<String> = ["from", "of", "in", "who", "joining", "too", "also", "on"]
  /// Words that stand for the person speaking: "me plus 5 staff" counts them.
  static let selfWords: Set<String> = ["me", "myself"]

  /// The words an edit of ``edit(_:at:)`` can start with (besides a number), from the lists each
  /// kind of edit starts with and the words its code names.
  static let firstWords: Set<String> = budgetOffFirstWords.union(dropVerbs).union(scales.keys)
    .union(selfWords).union(audienceNegations).union(audiences.keys).union(includingWords)
    .union(["cut", "plus", "including", "besides", "add", "+", "not", "no", "even", "also"])

  /// "including the remote folks": words that let a format back in.
  static let includingWords: Set<String> = ["including", "incl", "include", "includes"]

  /// True when a count of people comes just before `i` ("6 of us including me", "we're 7 including me").
  static func countedBefore(_ scan: EntityScan, _ i: Int) -> Bool {
    (max(0, i - 4)..<i).contains { scan.number(at: $0) != nil || scan.text($0) == "us" }
  }

  static func apply(_ scan: inout EntityScan) {
    var i = 0
    while i < scan.tokens.count {
      if let found = edit(scan, at: i), scan.isFree(i..<(i + found.length)) {
        for k in i..<(i + found.length) { scan.claimed[k] = true }
        switch found.change {
        case .edit(let e):
          scan.cues.append(EntityParser.Cue(name: found.cue, tokens: i..<(i + found.length), edit: e))
        case .team(let n):
          scan.add(.teamSize, .int(n), valueTokens: i..<(i + found.length))
        }
        i += found.length
      } else {
        i += 1
      }
    }
  }

  private enum Change {
    case edit(Edit)
    /// A head count said with the speaker in it ("me plus 5").
    case team(Int)
  }

  private static func edit(_ scan: EntityScan, at i: Int) -> (cue: String, change: Change, length: Int)? {
    let w = scan.text(i) ?? ""
    // Every edit below starts with one of ``firstWords`` or with a number: one look-up passes over
    // the other words (most of them) instead of one per kind of edit. A new kind of edit that starts
    // with another word must add it there.
    guard firstWords.contains(w) || scan.number(at: i) != nil else { return nil }
    if budgetOffFirstWords.contains(w) {
      for p in budgetOff where scan.matches(p, at: i) {
        var length = p.count
        if let t = scan.text(i + length), budgetTail.contains(t) { length += 1 }
        return ("budget_off", .edit(.budget(.clear)), length)
      }
    }
    // "scrap the budget", "lift the cap", "lose the spending limit"
    if dropVerbs.contains(w) {
      var j = i + 1
      if let d = scan.text(j), determiners.contains(d) { j += 1 }
      if let b = scan.text(j), limitWords.contains(b) {
        var end = j + 1
        if let t = scan.text(end), budgetTail.contains(t) { end += 1 }
        return ("budget_off", .edit(.budget(.clear)), end - i)
      }
    }
    // "double the budget", "halve our spend", "double the team", "if finance halves it"
    if let factor = scales[w] {
      var j = i + 1
      if w == "half" && scan.text(j) == "of" { j += 1 }
      if let d = scan.text(j), determiners.contains(d) { j += 1 }
      if let b = scan.text(j), budgetWords.contains(b) {
        return ("budget_scale", .edit(.budget(.scale(factor))), j + 1 - i)
      }
      // "double it", "halves it": the money, as an edit of a budget ("double it per person").
      if w != "half", scan.text(i + 1) == "it" {
        return ("budget_scale", .edit(.budget(.scale(factor))), 2)
      }
      let nearPlace = (j..<min(j + 6, scan.tokens.count)).contains {
        scan.text($0).map {
          placeWords.contains($0) || FormatMixGrammar.officeWords.contains($0)
            || FormatMixGrammar.homeWords.contains($0)
        } ?? false
      }
      // "half of them are fasting" says something of some of them; "half of them are off" counts.
      let describes =
        scan.text(j + 1).map(copulas.contains) == true
        && !((j + 2)..<min(j + 6, scan.tokens.count)).contains {
          scan.text($0).map(attendanceWords.contains) ?? false
        }
      if let t = scan.text(j), teamWords.contains(t) || ((t == "them" || t == "us") && j > i + 1), !nearPlace,
        !describes
      {
        return ("add_people", .edit(.teamSize(.scale(factor))), j + 1 - i)
      }
    }
    if w == "cut", scan.matches(["the", "budget", "in", "half"], at: i + 1) {
      return ("budget_scale", .edit(.budget(.scale(0.5))), 5)
    }
    // "me plus 5 staff", "myself and 3 part-timers": the speaker counts.
    if selfWords.contains(w), let link = scan.text(i + 1), link == "plus" || link == "and" || link == "+",
      let n = scan.number(at: i + 2), n.value >= 1, n.value == n.value.rounded(), n.value < 100_000
    {
      var k = i + 2 + n.length
      if let noun = scan.text(k), WordLists.peopleNouns.contains(noun) || noun == "others" { k += 1 }
      return ("team_size", .team(Int(n.value) + 1), k - i)
    }
    // "plus me", "and me too", "two booksellers besides me": the speaker joins; but "we're 7
    // including me" has them already.
    if w == "plus" || w == "including" || w == "besides", let me = scan.text(i + 1), selfWords.contains(me),
      w != "including" || !countedBefore(scan, i)
    {
      return ("add_people", .edit(.teamSize(.add(1))), 2)
    }
    // "add 5 more people", "5 extra people", "plus 3 more", "plus 6 from sales", "plus the 6 from dispatch"
    var j = i
    let adding = w == "add" || w == "plus" || w == "+"
    if adding { j += 1 }
    if adding, scan.text(j) == "the" || scan.text(j) == "another" { j += 1 }
    if scan.tokens.indices.contains(j), let n = scan.number(at: j), n.value >= 1,
      n.value == n.value.rounded(), n.value <= 100_000
    {
      let count = Int(n.value)
      var k = j + n.length
      let more = scan.text(k).map { ["more", "extra", "additional", "new"].contains($0) } ?? false
      if more { k += 1 }
      if let noun = scan.text(k), WordLists.peopleNouns.contains(noun), more || adding {
        return ("add_people", .edit(.teamSize(.add(count))), k + 1 - i)
      }
      if more && (adding || scan.text(i - 1) == "and" || scan.text(k).map(addedFrom.contains) == true) {
        return ("add_people", .edit(.teamSize(.add(count))), k - i)
      }
      if adding && w == "plus", scan.text(k).map(addedFrom.contains) ?? (k >= scan.tokens.count) {
        return ("add_people", .edit(.teamSize(.add(count))), k - i)
      }
    }
    // "not remote", "no longer in person"
    if w == "not" || (w == "no" && scan.text(i + 1) == "longer") {
      var start = w == "not" ? i + 1 : i + 2
      if let a = scan.text(start), a == "a" || a == "an" { start += 1 }
      for (words, format) in formats where scan.matches(words, at: start) {
        return ("not_format", .edit(.format(format, .excluded)), start + words.count - i)
      }
    }
    // "even with the remote folks", "including the remote people", "also for the home workers":
    // them too, not only them.
    let alsoFor = (w == "even" || w == "also") && (scan.text(i + 1) == "with" || scan.text(i + 1) == "for")
    if alsoFor || includingWords.contains(w) {
      var k = i + (alsoFor ? 2 : 1)
      if let d = scan.text(k), determiners.contains(d) { k += 1 }
      for (words, format) in formats where format != .hybrid && scan.matches(words, at: k) {
        var end = k + words.count
        if let noun = scan.text(end), WordLists.peopleNouns.contains(noun) { end += 1 }
        return ("format", .edit(.format(format, .readmitted)), end - i)
      }
    }
    // "without customers", "no customers", "not the clients"
    if audienceNegations.contains(w) && !(w == "no" && scan.text(i + 1) == "budget") {
      var k = i + 1
      if scan.text(k) == "for" { k += 1 }
      if let d = scan.text(k), determiners.contains(d) || d == "any" { k += 1 }
      if let a = scan.text(k), let audience = audiences[a] {
        return ("without_audience", .edit(.audience(audience, .excluded)), k + 1 - i)
      }
    }
    // "we also want customers involved", "customers too": them as well as who is in force.
    if w == "also" || w == "plus" {
      var k = i + 1
      if let v = scan.text(k), ["want", "invite", "include", "have", "get"].contains(v) { k += 1 }
      if let d = scan.text(k), determiners.contains(d) { k += 1 }
      if let a = scan.text(k), let audience = audiences[a] {
        return ("audience", .edit(.audience(audience, .readmitted)), k + 1 - i)
      }
    }
    // "the regulars too", "policyholders as well"
    if let audience = audiences[w], let next = scan.text(i + 1) {
      if next == "too" || next == "also" { return ("audience", .edit(.audience(audience, .readmitted)), 2) }
      if next == "as", scan.text(i + 2) == "well" {
        return ("audience", .edit(.audience(audience, .readmitted)), 3)
      }
    }
    // "customers aren't part of this", "clients are not invited", "customers excluded"
    if let audience = audiences[w], let next = scan.text(i + 1) {
      let length =
        ["aren't", "arent", "isn't", "won't", "excluded"].contains(next)
        ? 2 : ["are", "is", "will"].contains(next) && scan.text(i + 2) == "not" ? 3 : 0
      if length > 0 { return ("without_audience", .edit(.audience(audience, .excluded)), length) }
    }
    return nil
  }
}
