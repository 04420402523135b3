import ConfettiCore

/// Writes the built-in catalogue's search index as the text ``RelevanceIndex/builtin(_:)`` reads,
/// so the assistant starts without tokenizing and stemming every idea.
///
/// ```swift
/// let index = RelevanceIndex(ideas: ideas, kindWords: kindWords)
/// let text = IndexWriter.text(of: index)   // "cookout\tbbq:2 cookout:3 …\tcook+out …\n…"
/// RelevanceIndex.builtin(text).documents == index.documents  // true
/// ```
public enum IndexWriter {
  /// One line per idea: its id, a tab, its `term:frequency` pairs sorted by term, a tab, and
  /// its phrases as sorted words joined by `+`, separated by spaces.
  public static func text(of index: RelevanceIndex) -> String {
    var out = ""
    for (i, id) in index.ids.enumerated() {
      let terms = index.documents[i].sorted { $0.key < $1.key }.map { "\($0.key):\(number($0.value))" }
      let phrases = index.phrases[i].map { $0.sorted().joined(separator: "+") }
      out += id + "\t" + terms.joined(separator: " ") + "\t" + phrases.joined(separator: " ") + "\n"
    }
    return out
  }

  /// The kind words of `data` by kind, as the runtime's ``RelevanceIndex/builtinKindWords`` reads them.
  public static func kindWords(_ data: TrainingData) -> [Kind: [String]] {
    RelevanceIndex.kindWords(from: data.synonyms.lazy.map { ($0.slot.rawValue, $0.value, $0.phrase) })
  }

  /// A frequency without a needless ".0" ("3", "1.5").
  static func number(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
  }
}
