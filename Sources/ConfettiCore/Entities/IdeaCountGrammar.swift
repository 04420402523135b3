/// Finds how many ideas a line asks for: "give me 3 ideas", "top 10 suggestions", "3 halloween ideas",
/// as a cue (``cue``) whose value is the count. The number is claimed, so it is never a team size
/// or a budget.
enum IdeaCountGrammar {
  /// The cue's name.
  static let cue = "idea_count"
  /// How many ideas a line may ask for at once.
  static let range = 1...20
  /// Nouns that make a number a count of ideas.
  static let nouns: Set<String> = [
    "ideas", "idea", "suggestions", "suggestion", "options", "option", "activities", "activity", "things",
    "picks",
  ]

  /// Words that may describe the ideas between the count and the noun.
  static let describing: Set<String> = [
    "more", "good", "great", "cheap", "quick", "fun", "easy", "other", "new", "different", "simple", "free",
    "creative", "fresh", "small", "big", "best", "top", "low-cost", "budget", "last-minute",
  ]

  /// Runs after the kinds are found (``PhraseGrammar``), which may stand between count and noun.
  static func apply(_ scan: inout EntityScan) {
    // Most lines have no word for ideas: nothing to read numbers for.
    guard scan.tokens.contains(where: { nouns.contains($0.text) }) else { return }
    for i in scan.tokens.indices where scan.isFree(i..<(i + 1)) {
      guard let n = scan.number(at: i), n.value == n.value.rounded(),
        range.contains(Int(n.value)), scan.isFree(i..<(i + n.length))
      else { continue }
      // "3 ideas", "3 more ideas", "3 halloween ideas", "5 cheap food ideas": between the count and
      // the noun, up to two describing words or words of a kind of idea ("our branch of 14 wants
      // ideas" counts people).
      var k = i + n.length
      while k < min(i + n.length + 2, scan.tokens.count), let w = scan.text(k),
        describing.contains(w)
          || scan.entities.contains(where: { $0.slot == .kinds && $0.tokens.contains(k) })
      {
        k += 1
      }
      guard let noun = scan.text(k), nouns.contains(noun) else { continue }
      for j in i..<(i + n.length) { scan.claimed[j] = true }
      scan.cues.append(EntityParser.Cue(name: cue, tokens: i..<(i + n.length), count: Int(n.value)))
      return
    }
  }
}
