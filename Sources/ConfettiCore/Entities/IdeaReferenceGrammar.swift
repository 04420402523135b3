/// Finds an idea referred to by part of its name after "about": "tell me about the shark" is
/// Shark Tank Pitches, the only idea whose name (or alias) has the word "shark". Runs after the
/// full names, and only when no idea was named; words shared by several ideas ("the customer",
/// "the house") name none, so the reply can ask which.
///
/// ```swift
/// parser.parse("tell me about the shark", today: today).entities[0].value  // .text("shark-tank")
/// ```
enum IdeaReferenceGrammar {
  /// Words around a reference that are not part of it.
  static let fillers: Set<String> = [
    "the", "that", "this", "a", "an", "one", "idea", "thing", "again", "your",
  ]
  /// Fillers that point at a thing shown, one of which a reference starts with.
  static let pointers: Set<String> = ["the", "that", "this", "your"]
  /// Words that end a reference ("the shark for 12 people").
  static let stops: Set<String> = [
    "for", "with", "on", "in", "at", "under", "and", "or", "please", "pls", "if",
  ]
  /// The most words a reference takes.
  static let maxWords = 3

  static func apply(_ scan: inout EntityScan, lexicon: Lexicon) {
    guard !scan.entities.contains(where: { $0.slot == .idea }),
      let about = scan.tokens.lastIndex(where: { $0.text == "about" })
    else { return }
    var words: [(index: Int, stem: String)] = []
    var pointed = false
    for i in (about + 1)..<scan.tokens.count {
      let t = scan.tokens[i]
      if scan.claimed[i] || t.kind != .word || stops.contains(t.text) { break }
      if fillers.contains(t.text) {
        if words.isEmpty && pointers.contains(t.text) { pointed = true }
        continue
      }
      words.append((i, Lexicon.stem(t.text)))
    }
    // A reference points at something shown ("about the shark"); a bare word is a topic ("something
    // interesting about dogs" is no question about the hot dog lunch).
    guard pointed, let first = words.first, let last = words.last, words.count <= maxWords else { return }
    var ideas = Set<String>()
    for p in lexicon.phrases where p.slot == .idea {
      let stems = Set(p.words.map(Lexicon.stem))
      if words.allSatisfy({ stems.contains($0.stem) }) { ideas.insert(p.value) }
    }
    guard ideas.count == 1, let id = ideas.first else { return }
    scan.add(.idea, .text(id), valueTokens: first.index..<(last.index + 1))
  }
}
