import ConfettiCore

/// Runs an ``IntentMatcher`` over annotated rows and measures it, like `rasa test nlu`.
///
/// Each row is matched on its own (no conversation context), with `today`
/// fixed so relative years ("next year") resolve the same way on every run.
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
  public var today: CivilDate

  public init(matcher: IntentMatcher, today: CivilDate) {
    self.matcher = matcher
    self.today = today
  }

  /// The matcher's understanding of one row's text.
  public func predict(_ row: EvaluationRow) -> EvaluationPrediction {
    EvaluationPrediction(matcher.match(row.text, today: today))
  }

  /// Matches every row and compares the predictions with the gold annotations.
  public func evaluate(_ rows: [EvaluationRow]) -> EvaluationReport {
    EvaluationReport(rows: rows, predictions: rows.map(predict))
  }
}
