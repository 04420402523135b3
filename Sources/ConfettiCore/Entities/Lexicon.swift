/// The words the entity parser knows: phrases for categorical slots and idea
/// names, and the vocabulary that misspellings are corrected against.
///
/// ```swift
/// let lexicon = Lexicon(phrases: [.init(text: "virtual", slot: .format, value: "remote")],
///                       vocabulary: ["ideas", "virtual"], correctable: ["ideas"])
/// ```
public struct Lexicon: Sendable {
  /// A phrase that stands for a slot value ("work from home" → format remote).
  public struct Phrase: Sendable, Equatable {
    public var words: [String]
    public var slot: SlotName
    public var value: String

    public init(text: String, slot: SlotName, value: String) {
      self.init(words: Tokenizer.tokenize(text).map(\.text), slot: slot, value: value)
    }

    public init(words: [String], slot: SlotName, value: String) {
      self.words = words
      self.slot = slot
      self.value = value
    }
  }

  public private(set) var phrases: [Phrase]
  /// Every word of the training data and the phrases: words Confetti understands as typed.
  public let vocabulary: WordSet
  /// Domain words a misspelled word may be corrected to ("ideeas" → "ideas").
  public let correctable: [String]
  /// Phrases by the stem of their first word.
  let phrasesByFirstWord: [String: [Int]]
  /// Each phrase's words stemmed (``stem(_:)``), in the order of ``phrases``: stemmed once here,
  /// not at every comparison with a line's words.
  let phraseStems: [[String]]

  /// Articles a person may leave out of a name: "voice of customer" for "voice of the customer".
  static let articles: Set<String> = ["the", "a", "an"]

  public init(phrases: [Phrase], vocabulary: Set<String>, correctable: [String]) {
    var words = vocabulary
    for p in phrases { words.formUnion(p.words) }
    self.init(phrases: phrases, vocabulary: WordSet(words), correctable: correctable)
  }

  /// The lexicon whose `vocabulary` already holds every word of `phrases` (as the one
  /// `confetti-generate` stores for the built-in catalogue does).
  init(phrases: [Phrase], vocabulary: WordSet, correctable: [String]) {
    var all = phrases.filter { !$0.words.isEmpty }
    // Each phrase of three or more words with an article also matches without it.
    for p in all where p.words.count >= 3 && p.words.dropFirst().contains(where: Lexicon.articles.contains) {
      let bare = [p.words[0]] + p.words.dropFirst().filter { !Lexicon.articles.contains($0) }
      all.append(Phrase(words: bare, slot: p.slot, value: p.value))
    }
    self.phrases = all
    var index: [String: [Int]] = Dictionary(minimumCapacity: all.count)
    for (i, p) in self.phrases.enumerated() {
      index[Lexicon.stem(p.words[0]), default: []].append(i)
    }
    self.vocabulary = vocabulary
    self.correctable = correctable
    self.phrasesByFirstWord = index
    self.phraseStems = all.map { $0.words.map(Lexicon.stem) }
  }

  /// A light stemmer for matching plurals: "raffles" → "raffle", "notes" → "note".
  public static func stem(_ word: String) -> String {
    // Read as bytes: tokens are lower-cased letters, so a final "s" byte is a final "s".
    let bytes = word.utf8
    guard bytes.count > 3, bytes.last == UInt8(ascii: "s"),
      bytes[bytes.index(bytes.endIndex, offsetBy: -2)] != UInt8(ascii: "s")
    else { return word }
    return String(word.dropLast())
  }
}
