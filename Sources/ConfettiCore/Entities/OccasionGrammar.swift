/// Marks other occasions and holidays ("Christmas party", "nurses week") as a
/// classifier cue, longest phrase first.
enum OccasionGrammar {
  /// The occasion phrases, stemmed, by their first word.
  static let phrasesByFirstWord: [String: [[String]]] = {
    var index: [String: [[String]]] = [:]
    for p in WordLists.otherOccasions {
      let stemmed = p.map(Lexicon.stem)
      index[stemmed[0], default: []].append(stemmed)
    }
    return index
  }()

  static func apply(_ scan: inout EntityScan) {
    var i = 0
    while i < scan.tokens.count {
      var length = 0
      if !scan.claimed[i], let candidates = phrasesByFirstWord[Lexicon.stem(scan.tokens[i].text)] {
        for p in candidates where p.count > length && i + p.count <= scan.tokens.count {
          if scan.isFree(i..<(i + p.count))
            && (0..<p.count).allSatisfy({ Lexicon.stem(scan.tokens[i + $0].text) == p[$0] })
          {
            length = p.count
          }
        }
      }
      if length > 0 {
        for k in i..<(i + length) { scan.claimed[k] = true }
        scan.cues.append(EntityParser.Cue(name: "occasion", tokens: i..<(i + length)))
        i += length
      } else {
        i += 1
      }
    }
  }
}
