/// Finds idea names and categorical words (audience, format, theme) from the
/// ``Lexicon``, longest phrase first, plurals folded ("raffles" → raffle).
enum PhraseGrammar {
  static func apply(_ scan: inout EntityScan, lexicon: Lexicon) {
    // Domain phrases first, so "customer service week" gives no audience; idea names
    // containing them ("customer service awards") still win by being longer.
    var blocked = Array(repeating: false, count: scan.tokens.count)
    for start in scan.tokens.indices where domainFirstWords.contains(scan.tokens[start].text) {
      for p in WordLists.domainPhrases where scan.matches(p, at: start) {
        for k in start..<(start + p.count) { blocked[k] = true }
      }
    }
    // Each token stemmed once; a phrase is compared word by word with these.
    let stems = scan.tokens.map { Lexicon.stem($0.text) }
    var i = 0
    while i < scan.tokens.count {
      guard !scan.claimed[i] else {
        i += 1
        continue
      }
      guard let candidates = lexicon.phrasesByFirstWord[stems[i]] else {
        if let kind = kindOfAdjective(scan.tokens[i].text, lexicon: lexicon) {
          scan.add(.kinds, .text(kind.value), valueTokens: i..<(i + 1))
        }
        i += 1
        continue
      }
      var best: Lexicon.Phrase?
      for index in candidates {
        let p = lexicon.phrases[index]
        guard p.words.count > (best?.words.count ?? 0), i + p.words.count <= scan.tokens.count,
          scan.isFree(i..<(i + p.words.count))
        else { continue }
        var ok = true
        for (k, w) in lexicon.phraseStems[index].enumerated() where stems[i + k] != w {
          ok = false
          break
        }
        // A blocked phrase may only be part of a longer idea name.
        if ok && p.slot != .idea && (i..<(i + p.words.count)).contains(where: { blocked[$0] }) { ok = false }
        if ok && p.slot == .theme && p.words.count == 1 && WordLists.everydayThemeWords.contains(p.words[0]) {
          ok = hasThemeCue(scan, at: i)
        }
        if ok && p.slot == .audience && p.words == ["both"] { ok = bothNamesAudience(scan, at: i) }
        // A one-word name said as the plural of people ("the stylists") is the person's staff.
        if ok && p.slot == .idea && p.words.count == 1 && scan.tokens[i].text != p.words[0]
          && WordLists.peopleNouns.contains(scan.tokens[i].text)
        {
          ok = false
        }
        if ok { best = p }
      }
      if let best {
        scan.add(best.slot, .text(best.value), valueTokens: i..<(i + best.words.count))
        i += best.words.count
      } else {
        i += 1
      }
    }
    mergeAudiences(&scan)
  }

  /// Endings that make an adjective of a noun: "musical", "sporty", "outdoorsy".
  static let adjectiveEndings = ["al", "sy", "y"]

  /// The kind an adjective made from one of its words names ("musical" → music, "sporty" →
  /// sports), when the word without the ending is a one-word kind phrase of four letters or more.
  static func kindOfAdjective(_ word: String, lexicon: Lexicon) -> Lexicon.Phrase? {
    for ending in adjectiveEndings where word.hasSuffix(ending) && word.utf8.count >= ending.utf8.count + 4 {
      let base = Lexicon.stem(String(word.dropLast(ending.count)))
      guard let candidates = lexicon.phrasesByFirstWord[base] else { continue }
      for index in candidates {
        let p = lexicon.phrases[index]
        if p.slot == .kinds && p.words.count == 1 && lexicon.phraseStems[index][0] == base { return p }
      }
    }
    return nil
  }

  /// The words a domain phrase ("customer service") can start with.
  static let domainFirstWords = Set(WordLists.domainPhrases.map { $0[0] })

  static func hasThemeCue(_ scan: EntityScan, at i: Int) -> Bool {
    if scan.tokens.count <= 3 { return true }
    if let next = scan.text(i + 1), WordLists.themeCues.contains(next) { return true }
    if let previous = scan.text(i - 1), ["the", "for", "on", "a"].contains(previous),
      let next = scan.text(i + 1), WordLists.themeCues.contains(next)
    {
      return true
    }
    return false
  }

  /// A bare "both" is who it's for only after "for", "to" or "with" ("make it for both") or before
  /// people ("both employees and customers"); "meat, vegetables, or both" names no audience.
  static func bothNamesAudience(_ scan: EntityScan, at i: Int) -> Bool {
    if let previous = scan.text(i - 1), ["for", "to", "with"].contains(previous) { return true }
    guard let next = scan.text(i + 1) else { return false }
    return WordLists.peopleNouns.contains(next) || EditGrammar.audiences[next] != nil
  }

  /// "customers and staff" said apart ("our customers and our staff") means both.
  static func mergeAudiences(_ scan: inout EntityScan) {
    let audiences = scan.entities.enumerated().filter { $0.element.slot == .audience }
    let values = Set(
      audiences.compactMap { e -> String? in
        if case .text(let v) = e.element.value { return v }
        return nil
      })
    guard values.contains("employees") && values.contains("customers"), let first = audiences.first else {
      return
    }
    let last = audiences.last!.element
    var merged = first.element
    merged.value = .text("both")
    merged.end = last.end
    merged.tokens = merged.tokens.lowerBound..<last.tokens.upperBound
    let drop = Set(audiences.map(\.offset))
    scan.entities = scan.entities.enumerated().filter { !drop.contains($0.offset) }.map(\.element) + [merged]
  }
}
