/// Finds changes stated against what is already in force, as classifier cues with a value:
/// "no budget limit" / "any budget" / "forget the budget" (`budget_off`), "double the budget" /
/// "half the budget" (`budget_scale`, the factor), "add 5 more people" (`add_people`, the count),
/// "not remote" (`not_format`, the format ruled out) and "without customers" (`without_audience`,
/// the audience left out). It runs before the money and team-size grammars, so "no budget limit"
/// is not a budget of $0 and the 5 of "5 more people" is not the team size.
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
    "double": 2, "triple": 3, "quadruple": 4, "halve": 0.5, "half": 0.5, "twice": 2,
  ]
  static let budgetWords: Set<String> = ["budget", "spend", "spending", "amount", "money"]
  static let determiners: Set<String> = ["the", "our", "my", "that", "this", "your"]
  static let formats: [[String]: Format] = [
    ["remote"]: .remote, ["virtual"]: .remote, ["online"]: .remote, ["in", "person"]: .inPerson,
    ["in-person"]: .inPerson, ["onsite"]: .inPerson, ["on", "site"]: .inPerson,
    ["in", "the", "office"]: .inPerson,
    ["hybrid"]: .hybrid,
  ]
  static let audiences: [String: Audience] = [
    "customers": .customers, "customer": .customers, "clients": .customers, "client": .customers,
    "staff": .employees, "employees": .employees, "employee": .employees, "agents": .employees,
    "reps": .employees,
  ]

  static func apply(_ scan: inout EntityScan) {
    var i = 0
    while i < scan.tokens.count {
      if let (cue, length) = edit(scan, at: i), scan.isFree(i..<(i + length)) {
        for k in i..<(i + length) { scan.claimed[k] = true }
        scan.cues.append(EntityParser.Cue(name: cue.name, tokens: i..<(i + length), value: cue.value))
        i += length
      } else {
        i += 1
      }
    }
  }

  private static func edit(_ scan: EntityScan, at i: Int) -> ((name: String, value: String?), Int)? {
    let w = scan.text(i) ?? ""
    if budgetOffFirstWords.contains(w) {
      for p in budgetOff where scan.matches(p, at: i) {
        var length = p.count
        if let t = scan.text(i + length), budgetTail.contains(t) { length += 1 }
        return (("budget_off", nil), length)
      }
    }
    // "double the budget", "halve our spend", "cut the budget in half"
    if let factor = scales[w] {
      var j = i + 1
      if let d = scan.text(j), determiners.contains(d) { j += 1 }
      if let b = scan.text(j), budgetWords.contains(b) {
        return (("budget_scale", String(factor)), j + 1 - i)
      }
    }
    if w == "cut", scan.matches(["the", "budget", "in", "half"], at: i + 1) {
      return (("budget_scale", "0.5"), 5)
    }
    // "add 5 more people", "5 extra people", "plus 3 more"
    var j = i
    let adding = w == "add" || w == "plus"
    if adding { j += 1 }
    if scan.tokens.indices.contains(j), let n = scan.number(at: j), n.value >= 1,
      n.value == n.value.rounded(), n.value <= 100_000
    {
      var k = j + n.length
      let more = scan.text(k).map { ["more", "extra", "additional", "new"].contains($0) } ?? false
      if more { k += 1 }
      if let noun = scan.text(k), WordLists.peopleNouns.contains(noun), more || adding {
        return (("add_people", String(Int(n.value))), k + 1 - i)
      }
      if more && adding { return (("add_people", String(Int(n.value))), k - i) }
    }
    // "not remote", "no longer in person"
    if w == "not" || (w == "no" && scan.text(i + 1) == "longer") {
      let start = w == "not" ? i + 1 : i + 2
      for (words, format) in formats where scan.matches(words, at: start) {
        return (("not_format", format.rawValue), start + words.count - i)
      }
    }
    // "without customers", "no customers", "leave out the staff"
    if w == "without" || w == "excluding" || w == "minus" || (w == "no" && scan.text(i + 1) != "budget") {
      var k = i + 1
      if let d = scan.text(k), determiners.contains(d) || d == "any" { k += 1 }
      if let a = scan.text(k), let audience = audiences[a] {
        return (("without_audience", audience.rawValue), k + 1 - i)
      }
    }
    return nil
  }
}
