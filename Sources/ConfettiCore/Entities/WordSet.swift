#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A set of words kept as their UTF-8 bytes in byte order, each ending a line, with a small
/// open-addressing table of their FNV-1a hashes: made from text already in that form by hashing
/// bytes (no `String` made or SipHash run per word), so a vocabulary of thousands of words
/// costs little at start-up, and a look-up is one hash and a probe or two.
///
/// Words are compared by their bytes; both sides come from the ``Tokenizer``.
///
/// ```swift
/// let words = WordSet(["ideas", "budget", "ideas"])
/// words.contains("budget")  // true
/// words.count               // 2
/// ```
public struct WordSet: Sendable, Equatable {
  /// The words in byte order, each followed by a newline.
  public let text: [UInt8]
  /// Where each word starts in ``text``, and one more entry for the end.
  let starts: [Int32]
  /// For each hash slot, the word there (by number), or -1; a power of two at least twice the count.
  let slots: [Int32]

  /// The distinct words of `words`.
  public init(_ words: some Sequence<String>) {
    let sorted = Set(words).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    var text: [UInt8] = []
    for w in sorted {
      text += w.utf8
      text.append(UInt8(ascii: "\n"))
    }
    self.init(sortedLines: text)
  }

  /// The words of `text`: distinct words in byte order, each followed by a newline, as
  /// ``text`` holds them (what `confetti-generate` stores).
  public init(sortedLines text: [UInt8]) {
    var starts: [Int32] = [0]
    for (i, b) in text.enumerated() where b == UInt8(ascii: "\n") { starts.append(Int32(i + 1)) }
    var size = 16
    while size < 2 * (starts.count - 1) { size *= 2 }
    var slots = [Int32](repeating: -1, count: size)
    text.withUnsafeBufferPointer { t in
      for n in 0..<(starts.count - 1) {
        var slot =
          WordSet.hash(UnsafeBufferPointer(rebasing: t[Int(starts[n])..<Int(starts[n + 1]) - 1])) & (size - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
        slots[slot] = Int32(n)
      }
    }
    self.text = text
    self.starts = starts
    self.slots = slots
  }

  public static func == (a: WordSet, b: WordSet) -> Bool { a.text == b.text }

  /// How many words the set holds.
  public var count: Int { starts.count - 1 }

  /// The words, in byte order.
  public var words: [String] {
    (0..<count).map { String(decoding: text[Int(starts[$0])..<Int(starts[$0 + 1]) - 1], as: UTF8.self) }
  }

  /// True when `word` is one of the words.
  public func contains(_ word: String) -> Bool {
    var word = word
    return word.withUTF8 { w in
      text.withUnsafeBufferPointer { t in
        let mask = slots.count - 1
        var slot = WordSet.hash(w) & mask
        while case let n = Int(slots[slot]), n >= 0 {
          let from = Int(starts[n])
          if Int(starts[n + 1]) - 1 - from == w.count
            && (w.count == 0 || memcmp(t.baseAddress! + from, w.baseAddress!, w.count) == 0)
          {
            return true
          }
          slot = (slot + 1) & mask
        }
        return false
      }
    }
  }

  /// ``FNV1a`` of `bytes`, its high half folded into the low one for the slot mask.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let h = FNV1a.hash(bytes)
    return Int(truncatingIfNeeded: h ^ (h >> 32))
  }
}
