/// Reads a line into a ``Frame``: the matcher's intent and entities, turned into typed ``Edit``s.
///
/// Each entity becomes one edit: a team size, a budget (a total, per person or a range, with the
/// currency as said or nil), a format, an audience, a theme, kinds and ideas wanted or left out
/// (``NegationGrammar`` settles the scope of "no", "without", "skip", "X-free"), a day, and a year
/// only when it is about the event (a year gone by, as in "we did that last year", moves no
/// plan). The changes stated against what is in force ("plus 6", "double the budget") come from
/// ``EditGrammar`` already typed.
///
/// ```swift
/// let reader = FrameReader(matcher: IntentMatcher(catalogue: .builtin))
/// reader.read("a 500 budget for 12, no food or music", today: today).edits
/// // [.teamSize(.set(12)), .budget(.total(500, nil)), .kind(.food, .excluded), .kind(.music, .excluded)]
/// ```
public struct FrameReader: Sendable {
  public let matcher: IntentMatcher

  public init(matcher: IntentMatcher) {
    self.matcher = matcher
  }

  public func read(_ line: String, today: CivilDate) -> Frame {
    frame(
      of: bySentence(matcher.match(line, today: today), line: line, today: today), line: line, today: today)
  }

  /// A message of several sentences that the matcher refused as a whole is read sentence by sentence:
  /// the sentence that asks for something ("Can you suggest a few ideas?") gives the intent, and the
  /// whole message its constraints ("a team of 64 … the budget is £1,800 … no food").
  func bySentence(_ u: IntentMatcher.Result, line: String, today: CivilDate) -> IntentMatcher.Result {
    guard u.intent == .outOfScope, u.method != .unknownWords else { return u }
    let sentences = FrameReader.sentences(of: line)
    guard sentences.count > 1 else { return u }
    var best: IntentMatcher.Result?
    for sentence in sentences {
      let r = matcher.match(sentence, today: today)
      guard r.intent.isDomainTask, r.method == .pattern || r.method == .classifier else { continue }
      if best == nil || r.confidence > best!.confidence { best = r }
    }
    guard let best else { return u }
    var whole = u.read(as: best.intent)
    whole.confidence = best.confidence
    whole.method = best.method
    return whole
  }

  /// The sentences of a message: split after ".", "!", "?" or ";" followed by a space.
  static func sentences(of line: String) -> [String] {
    var out: [String] = []
    var current = ""
    var previous: Character = " "
    for c in line {
      if c == " ", [".", "!", "?", ";"].contains(previous) {
        if current.contains(where: { !$0.isWhitespace }) { out.append(current) }
        current = ""
      } else {
        current.append(c)
      }
      previous = c
    }
    if current.contains(where: { !$0.isWhitespace }) { out.append(current) }
    return out
  }

  /// The frame of a line the matcher has read.
  public func frame(of u: IntentMatcher.Result, line: String, today: CivilDate) -> Frame {
    var edits: [Edit] = []
    var pastYear: Int?
    var loose = u.looseNumbers
    let entities = u.entities
    func amount(_ k: Int) -> Edit.Amount? {
      guard let m = entities[k].value.money else { return nil }
      return Edit.Amount(m.amount, currency: u.unstatedCurrency.contains(k) ? nil : m.currency)
    }
    let minIndex = entities.indices.first { entities[$0].slot == .budgetMin }
    for (k, e) in entities.enumerated() {
      switch e.slot {
      case .teamSize:
        if let n = e.value.int { edits.append(.teamSize(.set(n))) }
      case .budget:
        guard let high = amount(k) else { continue }
        if let m = minIndex, let low = amount(m) {
          edits.append(.budget(.range(low, high)))
        } else {
          edits.append(.budget(.total(high)))
        }
      case .budgetMin:
        if !entities.contains(where: { $0.slot == .budget }), let low = amount(k) {
          edits.append(.budget(.minimum(low)))
        }
      case .budgetPerPerson:
        if let a = amount(k) { edits.append(.budget(.perPerson(a))) }
      case .audience:
        if let a = e.value.text.flatMap(Audience.init(rawValue:)) { edits.append(.audience(a, .wanted)) }
      case .format:
        if let f = e.value.text.flatMap(Format.init(rawValue:)) { edits.append(.format(f, .wanted)) }
      case .theme:
        if let t = e.value.text.flatMap(Theme.init(rawValue:)) { edits.append(.theme(t)) }
      case .idea:
        // The first idea named is the one asked for, as in the line's slots.
        let first = !edits.contains { if case .idea(_, .wanted) = $0 { return true } else { return false } }
        if first, let id = e.value.text { edits.append(.idea(id, .wanted)) }
      case .kinds:
        for k in items(e.value).compactMap(Kind.init(rawValue:)) {
          edits.append(.kind(k, .wanted))
        }
      case .withoutKinds:
        for k in items(e.value).compactMap(Kind.init(rawValue:)) { edits.append(.kind(k, .excluded)) }
      case .withoutIdeas:
        for id in items(e.value) { edits.append(.idea(id, .excluded)) }
      case .day:
        if let d = e.value.text.flatMap(WorkDay.init(rawValue:)) { edits.append(.day(d)) }
      case .year:
        guard let y = e.value.int else { continue }
        if y < today.year {
          pastYear = y
          // A bare four-digit number in the past ("with 2000") may still be money.
          if e.tokens.count == 1, line.contains(String(y)) { loose.append(Double(y)) }
        } else {
          edits.append(.year(y))
        }
      case .ordinal, .filename, .overwrite:
        continue
      }
    }
    edits.append(contentsOf: u.edits)
    let words = Tokenizer.tokenize(line).map(\.text)
    // "the potluck on thursday", "pass on the potluck": a word of one idea's name, said as a definite
    // thing, names that idea; read as a kind ("potluck" is food), it is wanted or left out as the kind was.
    let byWord = namedByWord(u, words: words)
    let content = entities.filter {
      $0.slot.isContent || $0.slot == .withoutKinds || $0.slot == .withoutIdeas
    }
    var named: (id: String, polarity: Edit.Polarity)?
    if content.isEmpty, let (id, definite) = byWord, definite {
      named = (id, .wanted)
    } else if content.count == 1, content[0].slot == .kinds || content[0].slot == .withoutKinds,
      !WordLists.namePeople(words, from: content[0].tokens.lowerBound),
      let id = definiteIdea(namedBy: content[0], in: line)
    {
      named = (id, content[0].slot == .withoutKinds ? .excluded : .wanted)
      let kinds = Set(items(content[0].value).compactMap(Kind.init(rawValue:)))
      edits.removeAll { if case .kind(let k, _) = $0 { return kinds.contains(k) } else { return false } }
    }
    if let named { edits.append(.idea(named.id, named.polarity)) }
    // "our agents and our clients together": both, whichever of the two the grammar caught.
    if FrameReader.namesStaffAndCustomers(words),
      let k = edits.firstIndex(where: {
        if case .audience(_, .wanted) = $0 { return true } else { return false }
      })
    {
      edits[k] = .audience(.both, .wanted)
    }
    return Frame(
      understanding: u, edits: edits, looseNumbers: loose, pastYear: pastYear,
      asksSources: FrameReader.asksSources(words), leftOutAbsent: leftOutAbsent(u, words: words),
      asksBudgetLeft: FrameReader.asksBudgetLeft(words),
      asksCautions: FrameReader.asksCautions(words),
      asksPrice: FrameReader.asksPrice(words),
      namedByWord: byWord?.id, asksAbout: FrameReader.asksAbout(words),
      speaksOfChange: words.contains(where: FrameReader.changeWords.contains),
      asksMore: FrameReader.asksMore(words), priceExtreme: FrameReader.priceExtreme(words),
      dropsNumbered: FrameReader.dropsNumbered(words),
      asksSomethingElse: asksSomethingElse(u, edits: edits, words: words),
      amountReading: FrameReader.amountReading(words),
      yearStep: FrameReader.yearStep(words),
      dropsFocus: FrameReader.dropsFocus(words),
      saysOverwrite: words.contains(where: FrameReader.overwriteWords.contains),
      asksForFreeOnes: FrameReader.asksForFreeOnes(words), missing: missing(u, words: words))
  }

  /// The items of a list value, or the one of a text value.
  func items(_ v: Entity.Value) -> [String] { v.list ?? v.text.map { [$0] } ?? [] }

  static let staffWords: Set<String> = [
    "agents", "staff", "employees", "reps", "team", "colleagues", "us", "people",
  ]
  /// The customers, and guests or members, who are no part of the staff.
  static let customerWords: Set<String> = WordLists.customerNouns.union(["guests", "members"])

  /// "our agents and our clients", "staff as well as customers": both audiences, joined.
  static func namesStaffAndCustomers(_ words: [String]) -> Bool {
    for (i, w) in words.enumerated() where staffWords.contains(w) || customerWords.contains(w) {
      let other = staffWords.contains(w) ? customerWords : staffWords
      var k = i + 1
      var joined = false
      while k < words.count, k - i <= 4, staffJoiners.contains(words[k]) {
        if words[k] != "our" && words[k] != "the" && words[k] != "their" { joined = true }
        k += 1
      }
      if joined, k < words.count, other.contains(words[k]) { return true }
    }
    return false
  }

  /// The idea whose name holds a content word of the line that no other idea's name holds, and
  /// whether "the" stands just before that word. A word that speaks of the person's own people
  /// names none (``WordLists/namePeople(_:from:)``): "the stylists", "the front desk team".
  func namedByWord(_ u: IntentMatcher.Result, words: [String]) -> (id: String, definite: Bool)? {
    guard !u.terms.isEmpty else { return nil }
    // Only a term of some idea's name can name one; most lines have none.
    guard u.terms.contains(where: { !matcher.ideas(namedBy: $0).isEmpty }) else { return nil }
    for (i, w) in words.enumerated() where !WordLists.calendarUnits.contains(w) {
      guard let term = RelevanceIndex.terms(of: w).first, u.terms.contains(term),
        let id = onlyIdea(namedBy: term), !WordLists.namePeople(words, from: i)
      else { continue }
      return (id, i > 0 && (words[i - 1] == "the" || words[i - 1] == "that"))
    }
    return nil
  }

  /// The idea a one-word entity names when that word is in one idea's name only and "the" or
  /// "that" stands before it ("the potluck").
  func definiteIdea(namedBy e: Entity, in line: String) -> String? {
    let characters = Array(line)
    guard e.start >= 0, e.start < e.end, e.end <= characters.count else { return nil }
    let word = String(characters[e.start..<e.end]).lowercased()
    let before = characters[..<e.start].split(separator: " ").last.map { String($0).lowercased() }
    guard before == "the" || before == "that", !word.contains(" "),
      let term = RelevanceIndex.terms(of: word).first
    else { return nil }
    return onlyIdea(namedBy: term)
  }

  /// The one idea whose name holds `term` (a stem of four letters or more), if only one does.
  func onlyIdea(namedBy term: String) -> String? {
    guard term.count >= 4 else { return nil }
    let ideas = matcher.ideas(namedBy: term)
    return ideas.count == 1 ? ideas[0] : nil
  }

  /// "what's the …", "how does … work", "how's that run", "tell me about …", "explain …".
  static func asksAbout(_ set: [String]) -> Bool {
    if set.contains(where: ["what's", "whats", "how's", "explain", "describe", "details", "detail"].contains)
    {
      return true
    }
    if set.contains("how"),
      set.contains(where: ["does", "do", "would", "work", "run", "go", "goes"].contains)
    {
      return true
    }
    if set.contains("tell"), set.contains("about") { return true }
    return set.contains("what") && (set.contains("is") || set.contains("'s"))
  }

  static let overwriteWords: Set<String> = ["overwrite", "overwriting", "replace", "replacing"]

  // Word sets of the line checks below, built once.
  static let staffJoiners: Set<String> = [
    "and", "&", "plus", "with", "as", "well", "our", "the", "their", "together",
  ]
  static let moreCues: Set<String> = [
    "more", "next", "another", "following", "rest", "others", "further", "going", "coming",
  ]
  static let moreFiller: Set<String> = [
    "show", "me", "us", "a", "couple", "few", "some", "the", "give", "please", "any", "of", "them", "ideas",
    "options", "page", "keep", "let's", "see", "what", "else", "got", "you", "have", "ok", "okay", "and",
    "then", "those", "one", "ones", "can", "i", "we", "get", "suggestions", "two", "three", "list", "let",
    "'s", "lets", "carry", "on", "continue", "batch", "bunch", "round", "lot",
  ]
  static let focusVerbs: Set<String> = [
    "skip", "drop", "lose", "ditch", "scrap", "remove", "exclude", "not", "no", "nix", "cross", "strike",
    "bin", "axe",
  ]
  static let freePointers: Set<String> = ["those", "them", "these", "ones", "one", "which"]

  /// Words that speak of changing an amount or of money.
  static let changeWords: Set<String> = [
    "dropped", "drops", "drop", "fell", "went", "cut", "raise", "raised", "increase", "increased", "lower",
    "lowered", "reduce", "reduced", "make", "instead", "budget", "cap", "if", "bump", "up", "down", "money",
    "afford", "now", "say", "maybe", "about", "then", "try", "had",
  ]

  /// "show a couple more", "the following few", "next page", "keep going".
  static func asksMore(_ words: [String]) -> Bool {
    words.contains(where: moreCues.contains)
      && words.allSatisfy { moreCues.contains($0) || moreFiller.contains($0) || $0.first?.isLetter != true }
  }

  /// People ("people", "heads", "the team", "agents") or money ("budget", "dollars", "£"), when the
  /// line says one and not the other: the answer to "is 40 the people or the budget?".
  static func amountReading(_ words: [String]) -> Frame.AmountReading? {
    let people = words.contains {
      WordLists.peopleNouns.contains($0) || headWords.contains($0)
    }
    let currency = words.lazy.compactMap { WordLists.currencyWords[$0] ?? WordLists.currencySymbols[$0] }
      .first
    let money = currency != nil || words.contains(where: moneyWords.contains)
    switch (people, money) {
    case (true, false): return .people
    case (false, true): return .money(currency)
    default: return nil
    }
  }
  static let headWords: Set<String> = ["team", "headcount", "heads", "us"]
  static let moneyWords: Set<String> = ["budget", "money", "cash", "spend", "spending", "funds"]

  /// Years counted from one said before: "the one after that", "the following year", "the next one"
  /// (+1); "the year before", "the previous one" (-1); "two years later", "3 years after that" (+2,
  /// +3). "The year after next" counts from this year, as ``YearGrammar`` reads it, and is no step.
  static func yearStep(_ words: [String]) -> Int? {
    for (i, w) in words.enumerated() {
      let previous = i > 0 ? words[i - 1] : ""
      let next = i + 1 < words.count ? words[i + 1] : ""
      let direction: Int
      switch w {
      case "after"
      where next != "next" && (stepUnits.contains(previous) || WordLists.pointers.contains(next)),
        "later" where stepUnits.contains(previous),
        "following" where stepUnits.contains(next),
        "next" where next == "one":
        direction = 1
      case "before" where stepUnits.contains(previous) || WordLists.pointers.contains(next),
        "earlier" where stepUnits.contains(previous),
        "previous" where stepUnits.contains(next), "prior" where stepUnits.contains(next):
        direction = -1
      default:
        continue
      }
      // "two years later", "3 years before that": that many.
      if previous == "years", i >= 2 {
        let count = Int(words[i - 2]) ?? NumberGrammar.units[words[i - 2]].map { Int($0) }
        if let count, count > 0 { return direction * count }
      }
      return direction
    }
    return nil
  }
  /// The words a step of years counts in ("the one after", "a year later").
  static let stepUnits: Set<String> = ["one", "year", "years"]

  /// "any cautions?", "what are the risks with it", "anything to watch out for?", "downsides?".
  /// "what's left in the budget?", "anything left over?", "how much remains?", "what do we have spare".
  static func asksBudgetLeft(_ words: [String]) -> Bool {
    words.contains(where: ["leftover", "remains", "remaining", "spare"].contains)
      || zip(words, words.dropFirst()).contains { $0 == "left" && ($1 == "over" || $1 == "in" || $1 == "?") }
      || words.last == "left"
  }

  /// Never of several ideas ("any risky ones?").
  static func asksCautions(_ words: [String]) -> Bool {
    guard !words.contains("ones") else { return false }
    return words.contains(where: cautionWords.contains)
      || zip(words, words.dropFirst()).contains {
        $0 == "watch" && $1 == "out" || $0 == "go" && $1 == "wrong"
      }
  }
  static let cautionWords: Set<String> = [
    "caution", "cautions", "risk", "risks", "risky", "pitfalls", "pitfall", "downside", "downsides",
    "drawbacks", "drawback", "gotchas", "careful", "warnings", "warning", "concerns",
  ]

  /// "which is the cheapest?", "the least expensive one", "and the priciest?", "the most costly".
  static func priceExtreme(_ words: [String]) -> Action.IdeaReference? {
    if words.contains(where: ["cheapest", "lowest-cost"].contains) { return .cheapest }
    if words.contains(where: ["priciest", "dearest", "costliest", "pricest"].contains) { return .dearest }
    for (w, next) in zip(words, words.dropFirst()) where expensiveWords.contains(next) || next == "affordable"
    {
      if w == "least" { return next == "affordable" ? .dearest : .cheapest }
      if w == "most" { return next == "affordable" ? .cheapest : .dearest }
    }
    return nil
  }
  static let expensiveWords: Set<String> = ["expensive", "costly", "pricey", "pricy"]

  /// "get rid of the second one", "remove number 4", "cross off #3": a leave-out verb in the first
  /// words of a line that numbers an idea.
  static func dropsNumbered(_ words: [String]) -> Bool {
    words.prefix(4).contains { focusVerbs.contains($0) || numberedDropVerbs.contains($0) }
  }
  static let numberedDropVerbs: Set<String> = ["rid", "delete", "forget", "kill", "nuke", "scratch", "minus"]

  /// "skip it", "not that one", "drop that", "lose this one": the idea in focus, unnamed.
  static func dropsFocus(_ words: [String]) -> Bool {
    for (i, w) in words.prefix(4).enumerated() where focusVerbs.contains(w) {
      if i + 1 < words.count, WordLists.pointers.contains(words[i + 1]) { return true }
    }
    return false
  }

  /// Words asking for an idea's sources: "where does that come from", "what's it based on", "sources?".
  static func asksSources(_ set: [String]) -> Bool {
    if set.contains(
      where: [
        "source", "sources", "citation", "citations", "reference", "references", "cite",
      ].contains)
    {
      return true
    }
    if set.contains("where") || set.contains("where's"), set.contains("from") { return true }
    if set.contains(where: ["backed", "evidence", "research", "proof", "proven"].contains) { return true }
    if set.contains("based"), set.contains("on"), set.contains("what") || set.contains("what's") {
      return true
    }
    // "who came up with that?", "whose idea was it?", "what's its origin?"
    if set.contains("whose") || set.contains("origin") || set.contains("origins") { return true }
    return set.contains("who")
      && set.contains(
        where: ["says", "said", "came", "come", "thought", "invented", "dreamed", "dreamt"].contains)
  }

  /// "which of those are free", "any free ones?", "only the free ones", "are any of them free".
  static func asksForFreeOnes(_ words: [String]) -> Bool {
    // "free", "cost nothing", "no cost", "zero cost"
    let saysFree =
      words.contains("free")
      || zip(words, words.dropFirst()).contains { a, b in
        (["cost", "costs"].contains(a) && ["nothing", "zero"].contains(b))
          || (["no", "zero"].contains(a) && ["cost", "charge"].contains(b))
      }
    guard saysFree else { return false }
    return words.contains(where: freePointers.contains)
      && !words.contains(where: WordLists.peopleNouns.contains)
  }

  /// Words asking a price: "how much", "what would it cost", "price".
  static func asksPrice(_ words: [String]) -> Bool {
    if words.contains(where: { WordLists.priceWords.contains($0) || $0 == "pricing" }) { return true }
    // "what would that be for all 40 of us", "what would it come to"
    if words.contains("would"), words.contains("that") || words.contains("it"),
      words.contains("be") || words.contains("come")
    {
      return true
    }
    // "what would it set us back?", "what will that run us?"
    if words.contains("set") && words.contains("back") { return true }
    // "what does it all come to?", "what does that add up to?", "what's the total?"
    return zip(words, words.dropFirst()).contains {
      ($0 == "how" && $1 == "much") || ($0 == "run" && $1 == "us") || ($0 == "come" && $1 == "to")
        || ($0 == "comes" && $1 == "to") || ($0 == "add" && $1 == "up") || ($0 == "the" && $1 == "total")
    }
  }

  /// The stems of the line that no idea of the catalogue uses and no request to Confetti is made
  /// of: what ``missing(_:words:)``, ``leftOutAbsent(_:words:)`` and
  /// ``asksSomethingElse(_:edits:words:)`` look for.
  func unknownTerms(_ u: IntentMatcher.Result) -> Set<String> {
    Set(u.terms.filter { !matcher.known([$0]).contains($0) && !matcher.isTaskWord($0) })
  }

  /// See ``Frame/leftOutAbsent``: the first content word within four words after a word of
  /// refusal ("no", "without", "can't", "avoid", …) whose stem no idea uses.
  func leftOutAbsent(_ u: IntentMatcher.Result, words: [String]) -> [String] {
    guard words.contains(where: FrameReader.refusalWords.contains) else { return [] }
    let unknown = unknownTerms(u)
    guard !unknown.isEmpty else { return [] }
    var found: [String] = []
    for (i, w) in words.enumerated() where FrameReader.refusalWords.contains(w) {
      for k in (i + 1)..<min(i + 5, words.count) {
        let word = words[k]
        guard word.first?.isLetter == true, !WordLists.stopWords.contains(word),
          !FrameReader.refusalFillers.contains(word)
        else { continue }
        if let stem = RelevanceIndex.terms(of: word).first, unknown.contains(stem), !found.contains(word) {
          found.append(word)
        }
        break
      }
    }
    return found
  }
  static let refusalWords: Set<String> = [
    "no", "without", "nothing", "can't", "cannot", "cant", "avoid", "never", "not", "don't", "dont", "won't",
  ]
  /// Words between a refusal and what is refused: "can't [have any] gambling", "nothing [involving] alcohol".
  static let refusalFillers: Set<String> = [
    "have", "any", "do", "anything", "involving", "with", "include", "including", "allow", "allowed", "use",
    "serve", "want", "like", "please", "really", "more", "having", "doing",
  ]

  /// See ``Frame/asksSomethingElse``.
  func asksSomethingElse(_ u: IntentMatcher.Result, edits: [Edit], words: [String]) -> Bool {
    // The count said bare, right after "for" ("for 5"), as the last pass of the team grammar reads it.
    let bareCount = u.entities.contains {
      guard $0.slot == .teamSize, let k = $0.tokens.first, k > 0, k <= words.count else { return false }
      return words[k - 1] == "for"
    }
    guard u.intent == .outOfScope, bareCount,
      edits.allSatisfy({ $0.isContent || $0.isHeadCount || $0.isDay }),
      !words.contains(where: { WordLists.peopleNouns.contains($0) || WordLists.groupNouns.contains($0) })
    else { return false }
    return !unknownTerms(u).isEmpty
  }

  /// The words of the line, as said, whose content no idea of the catalogue uses and no request to
  /// Confetti is made of ("a magician").
  func missing(_ u: IntentMatcher.Result, words: [String]) -> [String] {
    // A request, or an activity put forward that the words could not place ("what about a …").
    guard
      [.suggestIdeas, .refine, .planWeek].contains(u.intent)
        || (u.proposes && (u.intent == .outOfScope || u.intent == .ideaDetails))
    else { return [] }
    let stems = unknownTerms(u)
    guard !stems.isEmpty else { return [] }
    var found: [String] = []
    for (i, w) in words.enumerated() {
      guard let stem = RelevanceIndex.terms(of: w).first, stems.contains(stem), !found.contains(w) else {
        continue
      }
      // What is asked for, not where or who: "a magician", "hire a DJ", "go-karts for the team", never
      // "the folks in Manila".
      let before = i > 0 ? words[i - 1] : nil
      // "at a little veterinary clinic", "in our shop": where the team is, not what it asks for.
      var k = i - 1
      while k >= 0, FrameReader.placeFillers.contains(words[k]) { k -= 1 }
      if k >= 0, FrameReader.placePrepositions.contains(words[k]) { continue }
      let asked = before.map(FrameReader.activityMarkers.contains) ?? true
      let leading =
        i <= 2 && (i + 1 < words.count && ["for", "night", "day", "party", "session"].contains(words[i + 1]))
      // The activity is the word and the words of its name after it: "a bouncy castle".
      if asked || leading {
        var phrase = [w]
        var k = i + 1
        while k < words.count, phrase.count < 3, let c = words[k].first, c.isLetter,
          !WordLists.stopWords.contains(words[k]), !WordLists.peopleNouns.contains(words[k]),
          !WordLists.groupNouns.contains(words[k])
        {
          phrase.append(words[k])
          k += 1
        }
        found.append(phrase.joined(separator: " "))
      }
    }
    return found
  }

  /// Words just before an activity named as wanted: "a magician", "book an escape room".
  /// Words that put what follows in a place: "[at] a dental practice", "[in] our shop".
  static let placePrepositions: Set<String> = ["at", "in", "from", "inside"]
  /// Words between a place preposition and the place: "at [a little] clinic".
  static let placeFillers: Set<String> = [
    "a", "an", "the", "our", "my", "their", "this", "little", "small", "tiny", "local", "busy", "family",
  ]
  static let activityMarkers: Set<String> = [
    "a", "an", "some", "hire", "book", "try", "do", "like", "about", "maybe", "want", "get",
  ]
}
