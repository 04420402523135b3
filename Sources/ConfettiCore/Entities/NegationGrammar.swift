/// Turns a kind of idea or a named idea said with a negation into one to leave out: "no food",
/// "without music", "skip the cookout", "leave out the raffle", "anything but sports", "other
/// than bingo", "food-free". The negation's scope runs over a list joined by "or", "nor", "and" or
/// commas ("no food or music", "everything except trivia or bingo") and stops at "but" ("not the
/// cookout but a potluck" wants the potluck). "not just food" widens rather than leaves out, so it
/// stays a kind asked for.
///
/// It runs after ``PhraseGrammar`` has found the kinds and ideas, and looks back from each over a
/// few bridging words ("any", "involve", "with") for a negation.
enum NegationGrammar {
  /// The slot a negated content slot becomes.
  static let negatedSlot: [SlotName: SlotName] = [.kinds: .withoutKinds, .idea: .withoutIdeas]
  /// Words that carry a negation over to the next item of a list: "no food or music".
  static let listJoiners: Set<String> = [
    "or", "nor", "and", ",", "the", "a", "an", "any", "either", "neither",
  ]

  static func apply(_ scan: inout EntityScan) {
    dropHistory(&scan)
    readmit(&scan)
    var previousNegated: Int?  // the end token of the last negated item
    for k in scan.entities.indices {
      guard let negated = negatedSlot[scan.entities[k].slot] else { continue }
      let span = scan.entities[k].tokens
      // "not food, games instead": the item said as the alternative is wanted, not carried over.
      let alternative = scan.text(span.upperBound) == "instead"
      let carried =
        !alternative
        && (previousNegated.map { end in
          end <= span.lowerBound
            && (end..<span.lowerBound).allSatisfy { scan.text($0).map(listJoiners.contains) ?? false }
        } ?? false)
      if carried || self.negated(scan, before: span.lowerBound) || freeOf(scan, after: span.upperBound)
        || droppedLater(scan, after: span.upperBound)
      {
        scan.entities[k].slot = negated
        scan.entities[k].value = .list(
          scan.entities[k].value.list ?? scan.entities[k].value.text.map { [$0] } ?? [])
        previousNegated = span.upperBound
      } else {
        previousNegated = nil
      }
    }
  }

  static let readmitVerbs: Set<String> = ["put", "bring", "add", "let", "allow", "include", "keep"]

  /// "put the raffle back", "bring back food", "add the quiz back in": an item left out is let back
  /// in, which is no request for it alone. The entity becomes a typed edit on a cue.
  static func readmit(_ scan: inout EntityScan) {
    let verbs = readmitVerbs
    let restoring: [[String]] = [["back"], ["is", "fine"], ["is", "ok"], ["is", "okay"], ["can", "stay"]]
    var kept: [Entity] = []
    for e in scan.entities {
      guard e.slot == .idea || e.slot == .kinds else {
        kept.append(e)
        continue
      }
      let end = e.tokens.upperBound
      let start = e.tokens.lowerBound
      let backAfter =
        restoring.contains { scan.matches($0, at: end) } || comesBack(scan, after: end)
        || (scan.text(end + 1) == "back" && scan.text(end) == "in")
      let backBefore =
        scan.text(start - 1) == "back" || (scan.text(start - 2) == "back" && scan.text(start - 1) == "the")
      let verb = (max(0, start - 3)..<start).contains { scan.text($0).map(verbs.contains) ?? false }
      let keep = (max(0, start - 3)..<start).contains { scan.text($0) == "keep" }
      let restored =
        keep || (verb && (backAfter || backBefore))
        || (backAfter && !backBefore && !verb && scan.text(end) != "back")
      let edits: [Edit] =
        !restored
        ? []
        : e.slot == .idea
          ? e.value.text.map { [.idea($0, .readmitted)] } ?? []
          : (e.value.list ?? e.value.text.map { [$0] } ?? []).compactMap(Kind.init(rawValue:))
            .map { .kind($0, .readmitted) }
      if edits.isEmpty {
        kept.append(e)
      } else {
        for edit in edits {
          scan.cues.append(EntityParser.Cue(name: "readmit", tokens: e.tokens, edit: edit))
        }
      }
    }
    scan.entities = kept
  }

  /// Words between an item and "back" that let it back in: "the pep rally can come back".
  static let backVerbs: Set<String> = [
    "can", "could", "may", "should", "come", "comes", "go", "goes", "is", "be",
  ]

  /// Verbs that, before "it" or "that", leave out the item said earlier in the line: "the trivia
  /// flopped, [leave] it out", "bingo? [drop] that".
  static let pointerVerbs: Set<String> = [
    "leave", "drop", "skip", "scrap", "ditch", "lose", "cross", "strike", "nix", "remove", "cut", "bin",
    "axe",
  ]

  /// Words after "drop it" that end the phrase: "leave it [out]", "cross that [one] off".
  static let pointerEnds: Set<String> = ["out", "off", "one", "too", "please", "then", "this", "from"]

  /// True when a verb of leaving out points back at the item ending at `end`, with no other item
  /// between: "the quiz we ran in May flopped, leave it out".
  static func droppedLater(_ scan: EntityScan, after end: Int) -> Bool {
    var k = end
    while k + 1 < scan.tokens.count {
      if scan.entities.contains(where: { ($0.slot == .idea || $0.slot == .kinds) && $0.tokens.contains(k) }) {
        return false
      }
      // The pronoun stands alone ("leave it out", "drop that."), not before a noun ("cut that budget").
      if pointerVerbs.contains(scan.tokens[k].text),
        WordLists.pointers.contains(scan.tokens[k + 1].text),
        k + 2 == scan.tokens.count || scan.isSeparated(before: k + 2)
          || pointerEnds.contains(scan.tokens[k + 2].text)
      {
        return true
      }
      k += 1
    }
    return false
  }

  /// True for "can come back", "comes back", "should go back in" after an item.
  static func comesBack(_ scan: EntityScan, after end: Int) -> Bool {
    var k = end
    while let w = scan.text(k), backVerbs.contains(w), k - end < 3 { k += 1 }
    return k > end && scan.text(k) == "back"
  }

  /// Verbs of something done before: "we did a bbq last year", "they ran a raffle once".
  static let pastVerbs: Set<String> = [
    "did", "had", "ran", "tried", "held", "hosted", "organised", "organized", "threw", "done",
  ]

  /// An idea or kind said as something done before ("we did a bbq last year") is history, not
  /// a request: the entity is dropped.
  static func dropHistory(_ scan: inout EntityScan) {
    let words = scan
    scan.entities.removeAll { e in
      guard e.slot == .idea || e.slot == .kinds else { return false }
      let start = e.tokens.lowerBound
      return (max(0, start - 3)..<start).contains { k in
        guard let w = words.text(k), pastVerbs.contains(w), let who = words.text(k - 1) else { return false }
        return ["we", "they", "i", "you", "we've", "already"].contains(who)
      }
    }
  }

  /// True when a negation stands before token `start`, with at most five bridging words between.
  static func negated(_ scan: EntityScan, before start: Int) -> Bool {
    var i = start - 1
    while i >= 0, start - i <= 6, let w = scan.text(i) {
      if WordLists.negations.contains(w) {
        return !(scan.text(i + 1).map { ["just", "only", "merely"].contains($0) } ?? false)
      }
      if w == "but", let before = scan.text(i - 1), ["anything", "everything", "all"].contains(before) {
        return true
      }
      // "other than bingo", "rather than a cookout", "instead of the raffle", "leave out the quiz"
      if w == "than", let before = scan.text(i - 1), before == "other" || before == "rather" { return true }
      if w == "of", scan.text(i - 1) == "instead" { return true }
      // "apart from the cookout", "aside from bingo", "except for the raffle"
      if w == "from", let before = scan.text(i - 1), before == "apart" || before == "aside" { return true }
      if w == "for", scan.text(i - 1) == "except" { return true }
      if w == "out", let before = scan.text(i - 1), outVerbs.contains(before) { return true }
      // "pass on the potluck", "hold off on bingo"
      if w == "on", let before = scan.text(i - 1), before == "pass" || before == "off" { return true }
      guard WordLists.negationBridges.contains(w) else { return false }
      i -= 1
    }
    return false
  }

  /// Verbs that leave out with "out": "leave out the quiz", "rule out bingo", "cross out the raffle".
  static let outVerbs: Set<String> = [
    "leave", "leaving", "cut", "cutting", "take", "taking", "rule", "ruling", "cross", "strike", "count",
  ]

  /// True for "food-free" or "cookout free": the item left out.
  static func freeOf(_ scan: EntityScan, after end: Int) -> Bool {
    guard end < scan.tokens.count, scan.tokens[end].text == "free" else { return false }
    return scan.tokens[end].isAfterHyphen
  }
}
