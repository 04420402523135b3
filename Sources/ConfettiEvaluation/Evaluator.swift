import ConfettiCore

/// Runs the whole path a line takes (understanding, tracker, policy) over annotated rows and
/// measures it, like `rasa test`: each row is the first line of a fresh ``Conversation``, so the
/// intent scored is the one the binary answers with, and the policy rule that chose it is counted.
/// `today` is fixed so relative years ("next year") resolve the same way on every run.
///
/// ```swift
/// let evaluator = Evaluator(
///   matcher: IntentMatcher(catalogue: .builtin), today: CivilDate(year: 2026, month: 11, day: 23))
/// let report = evaluator.evaluate([
///   EvaluationRow(text: "ideas for 12 people", intent: .suggestIdeas, slots: [.teamSize: .int(12)])
/// ])
/// report.intentAccuracy  // 1.0
/// ```
public struct Evaluator: Sendable {
  public var matcher: IntentMatcher
  public var catalogue: Catalogue
  public var today: CivilDate

  public init(matcher: IntentMatcher, today: CivilDate, catalogue: Catalogue = .builtin) {
    self.matcher = matcher
    self.today = today
    self.catalogue = catalogue
  }

  /// The line a follow-up row is said after: its label (refine, more, cheaper) says a search came
  /// before it, so it is answered after one, as the binary would answer it.
  public static let openingSearch = "ideas for our team"

  /// The answer to one row's text: the first line of a conversation, or, for a follow-up, the
  /// line after ``openingSearch``.
  public func predict(_ row: EvaluationRow) -> EvaluationPrediction {
    var chat = Conversation(catalogue: catalogue, matcher: matcher, today: today)
    if [.refine, .more, .cheaper].contains(row.intent) { _ = chat.respond(to: Evaluator.openingSearch) }
    let answer = chat.respond(to: row.text)
    guard let u = answer.understanding else {
      return EvaluationPrediction(intent: .outOfScope, confidence: 0)
    }
    var p = EvaluationPrediction(u)
    p.rule = answer.rule
    return p
  }

  /// Matches every row and compares the predictions with the gold annotations, whose ideas go by
  /// the ids they have now (``canonical(_:)``).
  public func evaluate(_ rows: [EvaluationRow]) -> EvaluationReport {
    let rows = rows.map(canonical)
    return EvaluationReport(rows: rows, predictions: rows.map(predict))
  }

  /// The row with its gold ideas under the ids they go by now: an idea merged into another is
  /// that idea ("team-jersey-day" is "themed-dress-days").
  public func canonical(_ row: EvaluationRow) -> EvaluationRow {
    var r = row
    if case .text(let id)? = r.slots[.idea] { r.slots[.idea] = .text(catalogue.canonicalID(id)) }
    if case .list(let ids)? = r.slots[.withoutIdeas] {
      var seen: Set<String> = []
      r.slots[.withoutIdeas] = .list(ids.map(catalogue.canonicalID).filter { seen.insert($0).inserted })
    }
    return r
  }
}
