/// Corrects a misspelled word to a close domain word, or leaves it alone.
///
/// Only words outside the vocabulary, of five letters or more, are corrected,
/// and only to a word of the `correctable` list within one edit (two edits for
/// words of nine letters or more). Deletion neighbourhoods (as in SymSpell) keep
/// a look-up to a few probes of a hash table.
///
/// ```swift
/// let fix = SpellingCorrector(words: ["ideas", "budget", "cookout"])
/// fix.correct("ideeas")  // "ideas"
/// fix.correct("banana")  // nil
/// ```
public struct SpellingCorrector: Sendable {
  /// The distinct words of four letters or more that a word may be corrected to.
  private let words: [String]
  /// An open-addressing table of entries, one per word and per deletion of one of its
  /// characters: each slot holds an entry's number plus one, or 0; a power of two at least twice
  /// the entries. Built by hashing bytes, with no string, sort or `Set` per deletion, so the
  /// corrector costs little to make on a first typo.
  private let slots: [Int32]
  /// Each entry's FNV-1a hash of its text's UTF-8.
  private let hashes: [UInt64]
  /// Each entry's word, by position in ``words``.
  private let owners: [Int32]
  /// Each entry's deleted character, by position, or -1 for the whole word.
  private let skips: [Int32]

  public init(words: [String]) {
    var size = 16
    while size < 2 * words.reduce(0, { $0 + $1.utf8.count + 1 }) { size *= 2 }
    var slots = [Int32](repeating: 0, count: size)
    var hashes: [UInt64] = []
    var owners: [Int32] = []
    var skips: [Int32] = []
    var usable: [String] = []
    func add(_ hash: UInt64, _ owner: Int, _ skip: Int) {
      var slot = Int(truncatingIfNeeded: hash) & (size - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
      hashes.append(hash)
      owners.append(Int32(owner))
      skips.append(Int32(skip))
      slots[slot] = Int32(hashes.count)
    }
    next: for w in words where w.utf8.count >= 4 {
      // Each character is one byte (ASCII, and no "\r\n" pair): a deletion is a byte left out.
      let plain = w.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
      guard plain || w.count >= 4 else { continue }
      let hash = FNV1a.hash(w.utf8)
      var slot = Int(truncatingIfNeeded: hash) & (size - 1)
      while slots[slot] != 0 {
        let e = Int(slots[slot]) - 1
        if skips[e] < 0 && hashes[e] == hash && usable[Int(owners[e])] == w { continue next }
        slot = (slot + 1) & (size - 1)
      }
      let n = usable.count
      usable.append(w)
      add(hash, n, -1)
      if plain {
        let bytes = Array(w.utf8)
        for i in bytes.indices { add(FNV1a.hash(bytes, skipping: i), n, i) }
      } else {
        for (i, d) in SpellingCorrector.deletions(of: w).enumerated() {
          add(FNV1a.hash(d.utf8), n, i)
        }
      }
    }
    self.words = usable
    self.slots = slots
    self.hashes = hashes
    self.owners = owners
    self.skips = skips
  }

  /// The correction for `word`, or nil when none is close enough.
  public func correct(_ word: String) -> String? {
    guard word.count >= 5, !isWord(word) else { return nil }
    var candidates: Set<String> = []
    // Distance one: a dictionary word and the input share a deletion (or equal one).
    for key in [word] + SpellingCorrector.deletions(of: word) {
      forEachEntry(hashing: key) { w, skip in
        if skip < 0 {
          if w == key { candidates.insert(w) }
        } else if SpellingCorrector.deletion(of: w, at: skip) == key {
          candidates.insert(w)
        }
      }
    }
    let maxDistance = word.count >= 9 ? 2 : 1
    var best: (String, Int)?
    for c in candidates.sorted() {
      let d = EditDistance.damerauLevenshtein(word, c, limit: maxDistance)
      if d <= maxDistance, best == nil || d < best!.1 {
        best = (c, d)
      }
    }
    return best?.0
  }

  /// True when `word` is one of the words.
  private func isWord(_ word: String) -> Bool {
    var found = false
    forEachEntry(hashing: word) { w, skip in
      if skip < 0 && w == word { found = true }
    }
    return found
  }

  /// Calls `body` with the word and deleted position of every entry whose text hashes as `text`
  /// does (the caller checks the text itself).
  private func forEachEntry(hashing text: String, _ body: (String, Int) -> Void) {
    let hash = FNV1a.hash(text.utf8)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      let e = Int(slots[slot]) - 1
      if hashes[e] == hash { body(words[Int(owners[e])], Int(skips[e])) }
      slot = (slot + 1) & mask
    }
  }

  /// `word` without its character at `skip`.
  static func deletion(of word: String, at skip: Int) -> String {
    var chars = Array(word)
    chars.remove(at: skip)
    return String(chars)
  }

  static func deletions(of word: String) -> [String] {
    let chars = Array(word)
    guard chars.count > 1 else { return [] }
    var out: [String] = []
    out.reserveCapacity(chars.count)
    for i in 0..<chars.count {
      var copy = chars
      copy.remove(at: i)
      out.append(String(copy))
    }
    return out
  }
}
