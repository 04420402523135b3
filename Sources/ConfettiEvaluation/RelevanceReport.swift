import ConfettiCore

/// How well answers follow what was asked, over a relevance file: the share of questions
/// naming an idea that get it first, the share with a fitting idea in the first three,
/// how varied the first ideas are, and the misses; with the same figures for plain BM25.
public struct RelevanceReport: Sendable {
  /// One question and what Confetti showed for it.
  public struct Outcome: Sendable {
    public var row: RelevanceRow
    /// The ids shown, best first (the idea asked about, for a details answer).
    public var shown: [String]
    /// The ids plain BM25 ranks first.
    public var baseline: [String]

    /// True when the named idea comes first (nil when the row names no idea).
    public var namedFirst: Bool? { row.idea.map { shown.first == $0 } }
    /// True when an idea that satisfies the person is among the first three.
    public var hitInFirstThree: Bool { shown.prefix(3).contains(where: row.relevant.contains) }
    public var baselineNamedFirst: Bool? { row.idea.map { baseline.first == $0 } }
    public var baselineHitInFirstThree: Bool { baseline.prefix(3).contains(where: row.relevant.contains) }
  }

  public var outcomes: [Outcome]

  /// The questions that name an idea.
  public var namedRows: Int { outcomes.filter { $0.row.idea != nil }.count }

  /// Share of the questions naming an idea whose answer starts with it.
  public var namedFirst: Double { share(outcomes.compactMap(\.namedFirst)) }
  /// Share of all questions with a satisfying idea among the first three.
  public var firstThree: Double { share(outcomes.map(\.hitInFirstThree)) }
  /// How many different ideas come first across the questions.
  public var distinctFirstIdeas: Int { Set(outcomes.compactMap(\.shown.first)).count }
  public var baselineNamedFirst: Double { share(outcomes.compactMap(\.baselineNamedFirst)) }
  public var baselineFirstThree: Double { share(outcomes.map(\.baselineHitInFirstThree)) }
  public var baselineDistinctFirstIdeas: Int { Set(outcomes.compactMap(\.baseline.first)).count }

  /// Questions whose named idea is not first, or with nothing satisfying in the first three.
  public var misses: [Outcome] { outcomes.filter { $0.namedFirst == false || !$0.hitInFirstThree } }

  func share(_ flags: [Bool]) -> Double {
    flags.isEmpty ? 0 : Double(flags.filter { $0 }.count) / Double(flags.count)
  }

  /// The report as a person reads it.
  public func text() -> String {
    func pct(_ x: Double) -> String { EvaluationReport.fixed(x) }
    var s = "Relevance (\(outcomes.count) questions, \(namedRows) naming an idea)\n"
    s += "  measure                  confetti  bm25 baseline\n"
    s += "  named idea first         \(pct(namedFirst).padding(9))\(pct(baselineNamedFirst))\n"
    s += "  fitting idea in first 3  \(pct(firstThree).padding(9))\(pct(baselineFirstThree))\n"
    s += "  distinct first ideas     \(String(distinctFirstIdeas).padding(9))\(baselineDistinctFirstIdeas)\n"
    s += "\nMisses (\(misses.count))\n"
    for o in misses {
      let asked = o.row.idea ?? o.row.kinds.map(\.rawValue).joined(separator: "+")
      let line = o.row.line.map { String($0) } ?? "-"
      s +=
        "  \(line): \(o.row.text)\n      asked \(asked); shown \(o.shown.prefix(3).joined(separator: ", "))\n"
    }
    return s
  }
}

extension String {
  /// The string followed by spaces up to `width` characters.
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
