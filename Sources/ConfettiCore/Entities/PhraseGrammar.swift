/// Finds idea names and categorical words (audience, format, theme) from the
/// ``Lexicon``, longest phrase first, plurals folded ("raffles" → raffle).
enum PhraseGrammar {
  static func apply(_ scan: inout EntityScan, lexicon: Lexicon) {
    var i = 0
    while i < scan.tokens.count {
      guard !scan.claimed[i], let candidates = lexicon.phrasesByFirstWord[Lexicon.stem(scan.tokens[i].text)]
      else {
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
        for (k, w) in p.words.enumerated() where Lexicon.stem(scan.tokens[i + k].text) != Lexicon.stem(w) {
          ok = false
          break
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
  }
}
