import ConfettiCore

/// Runs each question of a relevance file through a fresh conversation, the way a person's
/// first line would go, and ranks it with plain BM25 for comparison.
///
/// ```swift
/// let report = RelevanceEvaluator(catalogue: .builtin, today: today).evaluate(rows)
/// report.namedFirst  // share of named ideas shown first
/// ```
public struct RelevanceEvaluator: Sendable {
  public let catalogue: Catalogue
  public let matcher: IntentMatcher
  public let today: CivilDate

  public init(catalogue: Catalogue, today: CivilDate) {
    self.catalogue = catalogue
    self.matcher = IntentMatcher(catalogue: catalogue)
    self.today = today
  }

  public func evaluate(_ rows: [RelevanceRow]) -> RelevanceReport {
    let baseline = RelevanceIndex(ideas: catalogue.ideas, kindWords: [:], fields: .baseline)
    return RelevanceReport(
      outcomes: rows.map { row in
        var chat = Conversation(catalogue: catalogue, matcher: matcher, today: today)
        let answer = chat.respond(to: row.text)
        var shown = answer.ideas.map(\.idea.id)
        if let d = answer.detail { shown = [d.idea.id] }
        if let plan = answer.plan {
          // A plan honours a named idea by holding it, on whichever day.
          let ids = plan.days.flatMap(\.items).map(\.idea.id)
          shown = ids.filter { $0 == row.idea } + ids.filter { $0 != row.idea }
        }
        let scores = baseline.scores(RelevanceIndex.terms(of: row.text))
        let ranked = scores.indices.filter { scores[$0] > 0 }.sorted { (scores[$0], -$0) > (scores[$1], -$1) }
        return RelevanceReport.Outcome(
          row: row, shown: shown, baseline: ranked.prefix(3).map { catalogue.ideas[$0].id })
      })
  }
}
