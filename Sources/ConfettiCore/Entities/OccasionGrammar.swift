/// Marks other occasions and holidays ("Christmas party", "nurses week") as a
/// classifier cue, longest phrase first.
enum OccasionGrammar {
  static func apply(_ scan: inout EntityScan) {
    var i = 0
    while i < scan.tokens.count {
      var length = 0
      for p in WordLists.otherOccasions
      where p.count > length && scan.isFree(i..<min(i + p.count, scan.tokens.count)) {
        if scan.matches(p, at: i) || scan.matches(p.map { Lexicon.stem($0) }, at: i) { length = p.count }
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
