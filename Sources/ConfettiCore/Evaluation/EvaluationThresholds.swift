/// Minimum figures an evaluation must reach, for gating CI on the matcher's quality.
///
/// A figure that cannot be measured (no out-of-scope rows, no slots at all)
/// does not meet its threshold.
///
/// ```swift
/// let gate = EvaluationThresholds(minIntentAccuracy: 0.95, minSlotF1: 0.93, minOutOfScopeRecall: 0.9)
/// gate.failures(in: report)
/// // ["intent accuracy 0.931 is below --min-intent-accuracy 0.95"]
/// ```
public struct EvaluationThresholds: Sendable, Equatable {
  public var minIntentAccuracy: Double?
  /// Compared with the micro-averaged slot F1.
  public var minSlotF1: Double?
  public var minOutOfScopeRecall: Double?

  public init(minIntentAccuracy: Double? = nil, minSlotF1: Double? = nil, minOutOfScopeRecall: Double? = nil)
  {
    self.minIntentAccuracy = minIntentAccuracy
    self.minSlotF1 = minSlotF1
    self.minOutOfScopeRecall = minOutOfScopeRecall
  }

  /// True when no threshold is set.
  public var isEmpty: Bool { minIntentAccuracy == nil && minSlotF1 == nil && minOutOfScopeRecall == nil }

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
    return out
  }
}
