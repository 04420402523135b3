/// Minimum figures an evaluation must reach, for gating CI on the matcher's quality.
///
/// A figure that cannot be measured (no out-of-scope rows, no slots at all)
/// does not meet its threshold.
///
/// ```swift
/// let gate = EvaluationThresholds(
///   minIntentAccuracy: 0.95, minSlotF1: 0.95, minOutOfScopeRecall: 0.95, maxFalseRefusalRate: 0.03)
/// gate.failures(in: report)
/// // ["intent accuracy 0.931 is below --min-intent-accuracy 0.95"]
/// ```
public struct EvaluationThresholds: Sendable, Equatable {
  public var minIntentAccuracy: Double?
  /// Compared with the micro-averaged slot F1.
  public var minSlotF1: Double?
  public var minOutOfScopeRecall: Double?
  /// The most in-scope rows refused as out of scope, as a share of the in-scope rows.
  public var maxFalseRefusalRate: Double?

  public init(
    minIntentAccuracy: Double? = nil, minSlotF1: Double? = nil, minOutOfScopeRecall: Double? = nil,
    maxFalseRefusalRate: Double? = nil
  ) {
    self.minIntentAccuracy = minIntentAccuracy
    self.minSlotF1 = minSlotF1
    self.minOutOfScopeRecall = minOutOfScopeRecall
    self.maxFalseRefusalRate = maxFalseRefusalRate
  }

  /// True when no threshold is set.
  public var isEmpty: Bool {
    minIntentAccuracy == nil && minSlotF1 == nil && minOutOfScopeRecall == nil && maxFalseRefusalRate == nil
  }

  /// One sentence per threshold `report` does not meet; empty when it meets them all.
  public func failures(in report: EvaluationReport) -> [String] {
    var out: [String] = []
    func check(_ name: String, _ value: Double?, _ minimum: Double?, _ option: String, missing: String) {
      guard let minimum else { return }
      let shown = EvaluationReport.fixed(minimum, places: 3, trimmed: true)
      guard let value else {
        out.append("\(name) cannot be measured (\(missing)), so --\(option) \(shown) is not met")
        return
      }
      if value < minimum {
        out.append("\(name) \(EvaluationReport.fixed(value)) is below --\(option) \(shown)")
      }
    }
    check(
      "intent accuracy", report.rowCount > 0 ? report.intentAccuracy : nil, minIntentAccuracy,
      "min-intent-accuracy", missing: "no rows")
    check(
      "slot micro F1", report.slotMicro.isEmpty ? nil : report.slotMicro.f1, minSlotF1, "min-slot-f1",
      missing: "no gold or predicted slots")
    check(
      "out-of-scope recall", report.outOfScopeRecall, minOutOfScopeRecall, "min-oos-recall",
      missing: "no out_of_scope rows")
    if let maximum = maxFalseRefusalRate {
      let shown = EvaluationReport.fixed(maximum, places: 3, trimmed: true)
      if let rate = report.falseRefusalRate {
        if rate > maximum {
          out.append(
            "false refusal rate \(EvaluationReport.fixed(rate)) is above --max-false-refusal-rate \(shown)")
        }
      } else {
        out.append(
          "false refusal rate cannot be measured (no in-scope rows), so --max-false-refusal-rate \(shown) is not met"
        )
      }
    }
    return out
  }
}
