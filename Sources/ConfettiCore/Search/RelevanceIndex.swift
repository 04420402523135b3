#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Okapi BM25 over the catalogue: how well each idea's words match a question's.
///
/// Each idea is one document of weighted fields (BM25F-style term frequencies):
/// its name, its aliases, the words of its kinds (the kind's own name and every
/// synonym from `Intents/entities/kinds.yml`) and its summary. Terms are stemmed
/// with ``Stemmer`` and stop words dropped, in the index and the query alike.
///
/// ```swift
/// let index = RelevanceIndex(ideas: Catalogue.builtin.ideas, kindWords: RelevanceIndex.builtinKindWords)
/// let scores = index.scores(RelevanceIndex.terms(of: "anything with grub"))
/// // one score per catalogue idea; food ideas score highest
/// ```
public struct RelevanceIndex: Sendable {
  /// Which parts of an idea are indexed, and how much each counts.
  public struct Fields: Sendable {
    public var name: Double
    public var aliases: Double
    public var kinds: Double
    public var summary: Double
    /// Whether an unknown word may match an indexed word it extends ("musical" → "music").
    public var extendsWords: Bool

    public init(name: Double, aliases: Double, kinds: Double, summary: Double, extendsWords: Bool = true) {
      self.name = name
      self.aliases = aliases
      self.kinds = kinds
      self.summary = summary
      self.extendsWords = extendsWords
    }

    /// Confetti's weighting: a name counts three times a summary word.
    public static let standard = Fields(name: 3, aliases: 2, kinds: 1.5, summary: 1)
    /// Plain BM25 over names, aliases and summaries, with no kinds: the baseline to beat.
    public static let baseline = Fields(name: 1, aliases: 1, kinds: 0, summary: 1, extendsWords: false)
  }

  /// Okapi BM25's term-frequency saturation.
  static let k1 = 1.2
  /// Okapi BM25's length normalisation.
  static let b = 0.75

  /// The ids of the indexed ideas, in the order of ``scores(_:)``.
  public let ids: [String]
  /// Each idea's name and aliases of two or more words, as sets of their terms.
  /// Each idea's name and aliases of two or more words, as sets of their terms.
  public let phrases: [[Set<String>]]
  /// Each idea's weighted term frequencies.
  public let documents: [[String: Double]]
  /// For each indexed term, the ideas that have it (in catalogue order) with its weighted
  /// frequency there: a query reads one list per term instead of every idea's terms.
  let postings: [String: [(idea: Int, frequency: Double)]]
  let lengths: [Double]
  let averageLength: Double
  let idf: [String: Double]
  /// The IDF of a word found in just one idea: what one distinctive word is worth in this
  /// catalogue. It grows with the catalogue, so thresholds on scores are stated in it.
  public let distinctiveWordWeight: Double
  let extendsWords: Bool
  /// The indexed terms in byte order, for finding the terms that extend a word.
  let sortedTerms: [[UInt8]]

  public init(ideas: [Idea], kindWords: [Kind: [String]], fields: Fields = .standard) {
    var documents: [[String: Double]] = []
    // Each kind's words are the same for every idea of that kind: stemmed once.
    var kindTerms: [Kind: [String]] = [:]
    for k in Set(ideas.flatMap(\.tags)) {
      kindTerms[k] = ([k.rawValue.replacingUnderscores()] + (kindWords[k] ?? [])).flatMap(
        RelevanceIndex.terms(of:))
    }
    for idea in ideas {
      var tf: [String: Double] = [:]
      func add(_ text: String, _ weight: Double) {
        guard weight > 0 else { return }
        for t in RelevanceIndex.terms(of: text) { tf[t, default: 0] += weight }
      }
      add(idea.name, fields.name)
      for a in idea.aliases { add(a, fields.aliases) }
      if fields.kinds > 0 {
        for k in idea.tags {
          for t in kindTerms[k] ?? [] { tf[t, default: 0] += fields.kinds }
        }
      }
      add(idea.summary, fields.summary)
      documents.append(tf)
    }
    let phrases = ideas.map { idea in
      ([idea.name] + idea.aliases).map { RelevanceIndex.allWords(of: Tokenizer.tokenize($0)) }
        .filter { $0.count >= 2 }
    }
    self.init(ids: ideas.map(\.id), documents: documents, phrases: phrases, extendsWords: fields.extendsWords)
  }

  /// The index over already-weighted documents: what ``init(ideas:kindWords:fields:)`` computes
  /// from the ideas' texts, or what `confetti-generate` computed for the built-in catalogue
  /// (``builtin``), so a first question does not tokenize and stem the whole catalogue.
  public init(ids: [String], documents: [[String: Double]], phrases: [[Set<String>]], extendsWords: Bool) {
    var documentFrequency: [String: Int] = [:]
    var lengths: [Double] = []
    for tf in documents {
      for t in tf.keys { documentFrequency[t, default: 0] += 1 }
      lengths.append(tf.values.reduce(0, +))
    }
    let n = Double(max(documents.count, 1))
    self.ids = ids
    self.phrases = phrases
    self.documents = documents
    var postings: [String: [(idea: Int, frequency: Double)]] = [:]
    for (i, tf) in documents.enumerated() {
      for (t, f) in tf { postings[t, default: []].append((i, f)) }
    }
    self.postings = postings
    self.lengths = lengths
    self.averageLength = max(lengths.reduce(0, +) / n, 1)
    self.extendsWords = extendsWords
    self.idf = documentFrequency.mapValues { df in
      let d = Double(df)
      return log(1 + (n - d + 0.5) / (d + 0.5))
    }
    self.distinctiveWordWeight = log(1 + (n - 1 + 0.5) / (1 + 0.5))
    self.sortedTerms =
      extendsWords
      ? documentFrequency.keys.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) } : []
  }

  /// The built-in catalogue's index, read from the documents `confetti-generate` weighted
  /// (one line per idea: `id`, a tab, `term:frequency` pairs, a tab, phrases as words joined by
  /// `+` and separated by spaces).
  /// A plain decimal ("3", "1.5") read from bytes, without the C library's general parser.
  static func decimal(_ digits: ArraySlice<UInt8>) -> Double? {
    var whole = 0.0
    var scale = 0.0
    for b in digits {
      if b == UInt8(ascii: ".") {
        guard scale == 0 else { return nil }
        scale = 1
      } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
        whole = whole * 10 + Double(b - UInt8(ascii: "0"))
        if scale > 0 { scale *= 10 }
      } else {
        return nil
      }
    }
    guard !digits.isEmpty else { return nil }
    return scale > 0 ? whole / scale : whole
  }

  public static func builtin(_ text: String) -> RelevanceIndex {
    var ids: [String] = []
    var documents: [[String: Double]] = []
    var phrases: [[Set<String>]] = []
    // Read as bytes: splitting the String by Characters would cost more than building the index.
    let bytes = Array(text.utf8)
    let tab = UInt8(ascii: "\t")
    let newline = UInt8(ascii: "\n")
    let space = UInt8(ascii: " ")
    var i = 0
    func field(until stop: UInt8) -> ArraySlice<UInt8> {
      let from = i
      while i < bytes.count, bytes[i] != stop, bytes[i] != newline { i += 1 }
      return bytes[from..<i]
    }
    func words(_ run: ArraySlice<UInt8>, by separator: UInt8) -> [ArraySlice<UInt8>] {
      run.split(separator: separator)
    }
    while i < bytes.count {
      let id = field(until: tab)
      guard i < bytes.count, bytes[i] == tab else {
        i += 1
        continue
      }
      i += 1
      let terms = field(until: tab)
      i += 1
      let phraseRun = field(until: newline)
      i += 1
      ids.append(String(decoding: id, as: UTF8.self))
      var tf: [String: Double] = [:]
      tf.reserveCapacity(terms.count / 8)
      for pair in words(terms, by: space) {
        guard let colon = pair.lastIndex(of: UInt8(ascii: ":")),
          let f = RelevanceIndex.decimal(pair[(colon + 1)...])
        else { continue }
        tf[String(decoding: pair[..<colon], as: UTF8.self)] = f
      }
      documents.append(tf)
      phrases.append(
        words(phraseRun, by: space).map { phrase in
          Set(words(phrase, by: UInt8(ascii: "+")).map { String(decoding: $0, as: UTF8.self) })
        })
    }
    return RelevanceIndex(ids: ids, documents: documents, phrases: phrases, extendsWords: true)
  }

  /// True when every word of the name or of an alias of two or more words of the idea at
  /// `index` is among `words` (see ``allWords(of:)``), in any order: "giveaways for our
  /// customers" holds "customer giveaway".
  public func isNamed(_ index: Int, by words: Set<String>) -> Bool {
    phrases[index].contains { $0.isSubset(of: words) }
  }

  /// Every word of `tokens`, stemmed, stop words included: what ``isNamed(_:by:)`` compares.
  public static func allWords(of tokens: some Sequence<Token>) -> Set<String> {
    Set(tokens.lazy.filter { $0.kind == .word }.map { Stemmer.stem($0.text) })
  }

  /// True when `term` (or a term it extends) occurs in some idea.
  public func knows(_ term: String) -> Bool { resolve(term) != nil }

  /// The indexed term `term` stands for: itself; else the longest indexed term of four or
  /// more letters that it extends by at most three ("musical" → "music", "competitive" →
  /// "competit…"); else the shortest indexed term that extends it by at most three, for a word of
  /// five or more letters ("speak" → "speaker", "handwrit" → "handwritten").
  public func resolve(_ term: String) -> String? {
    if idf[term] != nil { return term }
    let bytes = Array(term.utf8)
    guard extendsWords, bytes.count >= 5 else { return nil }
    for cut in stride(from: bytes.count - 1, through: max(4, bytes.count - 3), by: -1) {
      let prefix = String(decoding: bytes[..<cut], as: UTF8.self)
      if idf[prefix] != nil { return prefix }
    }
    // A final "e" drops before a suffix: "handwrite" → "handwritten", "compete" → "competition".
    return longer(than: bytes) ?? (bytes.last == UInt8(ascii: "e") ? longer(than: bytes.dropLast()) : nil)
  }

  /// The shortest indexed term (then the first in byte order) that starts with `bytes` and is at
  /// most three bytes longer.
  func longer(than bytes: some Collection<UInt8>) -> String? {
    var low = 0
    var high = sortedTerms.count
    while low < high {
      let mid = (low + high) / 2
      if sortedTerms[mid].lexicographicallyPrecedes(bytes) { low = mid + 1 } else { high = mid }
    }
    var best: [UInt8]?
    var i = low
    while i < sortedTerms.count, sortedTerms[i].starts(with: bytes) {
      let t = sortedTerms[i]
      if t.count > bytes.count, t.count <= bytes.count + 3, t.count < (best?.count ?? .max) { best = t }
      i += 1
    }
    return best.map { String(decoding: $0, as: UTF8.self) }
  }

  /// One BM25 score per catalogue idea, in catalogue order.
  public func scores(_ terms: [String]) -> [Double] {
    let known = terms.compactMap(resolve)
    guard !known.isEmpty else { return Array(repeating: 0, count: documents.count) }
    // Each idea's sum is taken over the terms in query order, as idea by idea.
    let norms = lengths.map {
      RelevanceIndex.k1 * (1 - RelevanceIndex.b + RelevanceIndex.b * $0 / averageLength)
    }
    var scores = [Double](repeating: 0, count: documents.count)
    for t in known {
      guard let list = postings[t], let weight = idf[t] else { continue }
      for (i, f) in list { scores[i] += weight * f * (RelevanceIndex.k1 + 1) / (f + norms[i]) }
    }
    return scores
  }

  /// The stemmed content words of `text`, stop words dropped.
  public static func terms(of text: String) -> [String] {
    terms(of: Tokenizer.tokenize(text))
  }

  /// The stemmed content words of `tokens`, stop words and numbers dropped.
  public static func terms(of tokens: some Sequence<Token>) -> [String] {
    var out: [String] = []
    for t in tokens where t.kind == .word && t.text.utf8.count >= 2 && !WordLists.stopWords.contains(t.text) {
      out.append(Stemmer.stem(t.text))
    }
    return out
  }

  /// The words for each kind from `Intents/entities/kinds.yml`.
  public static let builtinKindWords = kindWords(from: GeneratedLexicon.synonyms)

  /// The words for each kind among (slot, canonical value, phrase) synonyms, in their order.
  public static func kindWords(from synonyms: some Sequence<(String, String, String)>) -> [Kind: [String]] {
    var out: [Kind: [String]] = [:]
    for (slot, value, phrase) in synonyms where slot == SlotName.kinds.rawValue {
      if let k = Kind(rawValue: value) { out[k, default: []].append(phrase) }
    }
    return out
  }
}
