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
public struct RelevanceIndex: Sendable, Equatable {
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
  /// Each idea's name and aliases of two or more words, each as its distinct terms in order.
  public let phrases: [[[String]]]
  /// The indexed terms in byte order, each followed by a newline: looked up by binary search,
  /// so the index is read as stored, with no hash table to build.
  package let terms: [UInt8]
  /// Where each term starts in ``terms``, and one more entry for the end.
  let termStarts: [Int32]
  /// Term `t`'s postings are `postingStarts[t]..<postingStarts[t + 1]` of ``postingIdeas`` and
  /// ``postingFrequencies``: the ideas that have it (in catalogue order) with its weighted
  /// frequency there, so a query reads one run per term instead of every idea's terms.
  package let postingStarts: [Int32]
  package let postingIdeas: [Int32]
  package let postingFrequencies: [Double]
  let lengths: [Double]
  let averageLength: Double
  /// The IDF of a word found in just one idea: what one distinctive word is worth in this
  /// catalogue. It grows with the catalogue, so thresholds on scores are stated in it.
  public let distinctiveWordWeight: Double
  /// The catalogue size that ``evidence(_:)`` states every word's weight at, whatever the
  /// catalogue's own size: about the size the evidence thresholds were set at.
  public static let evidenceReferenceSize = 100.0
  package let extendsWords: Bool

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
      ([idea.name] + idea.aliases).map { RelevanceIndex.allWords(of: Tokenizer.tokenize($0)).sorted() }
        .filter { $0.count >= 2 }
    }
    self.init(ids: ideas.map(\.id), documents: documents, phrases: phrases, extendsWords: fields.extendsWords)
  }

  /// The index over already-weighted documents (each idea's term frequencies), laid out by term.
  public init(ids: [String], documents: [[String: Double]], phrases: [[[String]]], extendsWords: Bool) {
    var byTerm: [String: [(idea: Int32, frequency: Double)]] = [:]
    for (i, tf) in documents.enumerated() {
      for (t, f) in tf { byTerm[t, default: []].append((Int32(i), f)) }
    }
    var terms: [UInt8] = []
    var starts: [Int32] = [0]
    var ideas: [Int32] = []
    var frequencies: [Double] = []
    for t in byTerm.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      terms += t.utf8
      terms.append(UInt8(ascii: "\n"))
      for (i, f) in byTerm[t]! {
        ideas.append(i)
        frequencies.append(f)
      }
      starts.append(Int32(ideas.count))
    }
    self.init(
      ids: ids, terms: terms, postingStarts: starts, postingIdeas: ideas, postingFrequencies: frequencies,
      phrases: phrases, extendsWords: extendsWords)
  }

  /// The index as stored: what ``init(ideas:kindWords:fields:)`` lays out, or what
  /// `confetti-generate` wrote for the built-in catalogue (``builtin``), so a first question
  /// neither tokenizes and stems the whole catalogue nor fills hash tables.
  ///
  /// - Parameters:
  ///   - terms: the indexed terms in byte order, each followed by a newline.
  ///   - postingStarts: where each term's postings start, and one more entry for the end.
  ///   - postingIdeas: for each posting, the index of its idea (ascending within a term).
  ///   - postingFrequencies: for each posting, the term's weighted frequency in that idea.
  public init(
    ids: [String], terms: [UInt8], postingStarts: [Int32], postingIdeas: [Int32],
    postingFrequencies: [Double],
    phrases: [[[String]]], extendsWords: Bool
  ) {
    var termStarts: [Int32] = [0]
    termStarts.reserveCapacity(postingStarts.count)
    for (i, b) in terms.enumerated() where b == UInt8(ascii: "\n") { termStarts.append(Int32(i + 1)) }
    var lengths = [Double](repeating: 0, count: ids.count)
    for (i, f) in zip(postingIdeas, postingFrequencies) { lengths[Int(i)] += f }
    let n = Double(max(ids.count, 1))
    self.ids = ids
    self.phrases = phrases
    self.terms = terms
    self.termStarts = termStarts
    self.postingStarts = postingStarts
    self.postingIdeas = postingIdeas
    self.postingFrequencies = postingFrequencies
    self.lengths = lengths
    self.averageLength = max(lengths.reduce(0, +) / n, 1)
    self.extendsWords = extendsWords
    self.distinctiveWordWeight = log(1 + (n - 1 + 0.5) / (1 + 0.5))
  }

  /// The built-in catalogue's index, as `confetti-generate` wrote it (`Generated/GeneratedIndex.swift`).
  static var builtin: RelevanceIndex {
    RelevanceIndex(
      ids: GeneratedIndex.ids, terms: Array(GeneratedIndex.terms.utf8),
      postingStarts: GeneratedIndex.postingStarts,
      postingIdeas: GeneratedIndex.postingIdeas, postingFrequencies: GeneratedIndex.postingFrequencies,
      phrases: GeneratedIndex.phrases, extendsWords: true)
  }

  /// Each idea's weighted term frequencies, read back from the postings.
  public var documents: [[String: Double]] {
    var out = [[String: Double]](repeating: [:], count: ids.count)
    for t in 0..<termStarts.count - 1 {
      let name = term(t)
      for p in Int(postingStarts[t])..<Int(postingStarts[t + 1]) {
        out[Int(postingIdeas[p])][name] = postingFrequencies[p]
      }
    }
    return out
  }

  /// The term at `t` in byte order.
  func term(_ t: Int) -> String {
    String(decoding: terms[Int(termStarts[t])..<Int(termStarts[t + 1]) - 1], as: UTF8.self)
  }

  /// Okapi BM25's inverse document frequency of the term at `t`.
  func idf(_ t: Int) -> Double {
    let n = Double(max(ids.count, 1))
    let d = Double(postingStarts[t + 1] - postingStarts[t])
    return log(1 + (n - d + 0.5) / (d + 0.5))
  }

  /// True when every word of the name or of an alias of two or more words of the idea at
  /// `index` is among `words` (see ``allWords(of:)``), in any order: "giveaways for our
  /// customers" holds "customer giveaway".
  public func isNamed(_ index: Int, by words: Set<String>) -> Bool {
    phrases[index].contains { $0.allSatisfy(words.contains) }
  }

  /// Every word of `tokens`, stemmed, stop words included: what ``isNamed(_:by:)`` compares.
  public static func allWords(of tokens: some Sequence<Token>) -> Set<String> {
    Set(tokens.lazy.filter { $0.kind == .word }.map { Stemmer.stem($0.text) })
  }

  /// True when `term` (or a term it extends) occurs in some idea.
  public func knows(_ term: String) -> Bool { position(of: term) != nil }

  /// The indexed term `term` stands for: itself; else the longest indexed term of four or
  /// more letters that it extends by at most three ("musical" → "music", "competitive" →
  /// "competit…"); else the shortest indexed term that extends it by at most three, for a word of
  /// five or more letters ("speak" → "speaker", "handwrit" → "handwritten").
  public func resolve(_ term: String) -> String? { position(of: term).map(self.term) }

  /// Where the term `term` stands for (see ``resolve(_:)``) is in byte order.
  func position(of term: String) -> Int? {
    var word = term
    return word.withUTF8 { bytes in
      terms.withUnsafeBufferPointer { text in
        if let t = find(bytes[...], in: text) { return t }
        guard extendsWords, bytes.count >= 5 else { return nil }
        for cut in stride(from: bytes.count - 1, through: max(4, bytes.count - 3), by: -1) {
          if let t = find(bytes[..<cut], in: text) { return t }
        }
        // A final "e" drops before a suffix: "handwrite" → "handwritten", "compete" → "competition".
        return longer(than: bytes[...], in: text)
          ?? (bytes.last == UInt8(ascii: "e") ? longer(than: bytes.dropLast(), in: text) : nil)
      }
    }
  }

  /// The first term (in byte order) not before `bytes`.
  private func lowerBound(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, in text: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    var low = 0
    var high = termStarts.count - 1
    while low < high {
      let mid = (low + high) / 2
      let t = text[Int(termStarts[mid])..<Int(termStarts[mid + 1]) - 1]
      if t.lexicographicallyPrecedes(bytes) { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The term equal to `bytes`.
  private func find(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    let t = lowerBound(bytes, in: text)
    guard t < termStarts.count - 1 else { return nil }
    return text[Int(termStarts[t])..<Int(termStarts[t + 1]) - 1].elementsEqual(bytes) ? t : nil
  }

  /// The shortest term (then the first in byte order) that starts with `bytes` and is at most
  /// three bytes longer.
  private func longer(than bytes: Slice<UnsafeBufferPointer<UInt8>>, in text: UnsafeBufferPointer<UInt8>)
    -> Int?
  {
    var best: (term: Int, count: Int)?
    var t = lowerBound(bytes, in: text)
    while t < termStarts.count - 1 {
      let candidate = text[Int(termStarts[t])..<Int(termStarts[t + 1]) - 1]
      guard candidate.starts(with: bytes) else { break }
      if candidate.count > bytes.count, candidate.count <= bytes.count + 3,
        candidate.count < (best?.count ?? .max)
      {
        best = (t, candidate.count)
      }
      t += 1
    }
    return best?.term
  }

  /// One BM25 score per catalogue idea, in catalogue order.
  public func scores(_ terms: [String]) -> [Double] {
    let known = terms.compactMap(position(of:))
    guard !known.isEmpty else { return Array(repeating: 0, count: ids.count) }
    // Each idea's sum is taken over the terms in query order, as idea by idea.
    let norms = lengths.map {
      RelevanceIndex.k1 * (1 - RelevanceIndex.b + RelevanceIndex.b * $0 / averageLength)
    }
    var scores = [Double](repeating: 0, count: ids.count)
    for t in known {
      let weight = idf(t)
      for p in Int(postingStarts[t])..<Int(postingStarts[t + 1]) {
        let i = Int(postingIdeas[p])
        let f = postingFrequencies[p]
        scores[i] += weight * f * (RelevanceIndex.k1 + 1) / (f + norms[i])
      }
    }
    return scores
  }

  /// How strongly the words match each idea, in catalogue order, in units of one distinctive word:
  /// BM25 with each word's IDF taken from the number of ideas that hold it as if the catalogue
  /// had ``evidenceReferenceSize`` ideas. A raw BM25 score, even divided by
  /// ``distinctiveWordWeight``, grows as ideas that lack a word are added ("table", in two ideas'
  /// aliases, crossed a threshold when 27 ideas without it were added); this weight changes only
  /// when ideas that hold the word are added or removed.
  public func evidence(_ terms: [String]) -> [Double] {
    let known = terms.compactMap(position(of:))
    var scores = [Double](repeating: 0, count: ids.count)
    guard !known.isEmpty else { return scores }
    let n = RelevanceIndex.evidenceReferenceSize
    func weight(_ d: Double) -> Double { max(0, log((n + 1) / (d + 0.5))) }
    let unit = weight(1)
    let norms = lengths.map {
      RelevanceIndex.k1 * (1 - RelevanceIndex.b + RelevanceIndex.b * $0 / averageLength)
    }
    for t in known {
      let w = weight(Double(postingStarts[t + 1] - postingStarts[t])) / unit
      for p in Int(postingStarts[t])..<Int(postingStarts[t + 1]) {
        let i = Int(postingIdeas[p])
        let f = postingFrequencies[p]
        scores[i] += w * f * (RelevanceIndex.k1 + 1) / (f + norms[i])
      }
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
