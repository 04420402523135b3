import ConfettiCore

/// What the matcher made of one evaluation row: an intent, its confidence and the slots.
///
/// Built from an ``IntentMatcher/Result``, or by hand to test the metrics
/// without a matcher.
///
/// ```swift
/// let p = EvaluationPrediction(intent: .suggestIdeas, confidence: 0.9, slots: [.teamSize: .int(12)])
/// let q = EvaluationPrediction(matcher.match("ideas for 12 people", today: today))
/// ```
public struct EvaluationPrediction: Sendable, Equatable {
  public var intent: Intent
  public var confidence: Double
  public var slots: [SlotName: Entity.Value]
  /// The intent the classifier preferred when it refused (answered out of scope below its threshold).
  public var rejected: Intent?
  /// The policy rule that chose the answer (nil for predictions made by hand).
  public var rule: String?

  public init(
    intent: Intent, confidence: Double, slots: [SlotName: Entity.Value] = [:], rejected: Intent? = nil
  ) {
    self.intent = intent
    self.confidence = confidence
    self.slots = slots
    self.rejected = rejected
  }

  /// The prediction a matcher result stands for: its intent and the slots it kept for that intent.
  public init(_ result: IntentMatcher.Result) {
    var slots: [SlotName: Entity.Value] = [:]
    for (name, value) in result.slots.pairs { slots[name] = value }
    self.init(intent: result.intent, confidence: result.confidence, slots: slots, rejected: result.rejected)
  }
}
