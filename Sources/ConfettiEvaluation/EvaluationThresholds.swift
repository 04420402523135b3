import ConfettiCore

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
  /// The most out-of-scope rows given a domain task intent, as a share of the out-of-scope rows.
  public var maxOutOfScopeDomainRate: Double?
  /// The least share of small-talk rows (greet, thanks, goodbye) answered in kind.
  public var minSmallTalkRecall: Double?
  /// For a relevance evaluation: the least share of named ideas shown first.
  public var minNamedFirst: Double?
  /// For a relevance evaluation: the least share of rows with a fitting idea in the first three.
  public var minFirstThree: Double?

  public init(
    minIntentAccuracy: Double? = nil, minSlotF1: Double? = nil, minOutOfScopeRecall: Double? = nil,
    maxFalseRefusalRate: Double? = nil, maxOutOfScopeDomainRate: Double? = nil,
    minSmallTalkRecall: Double? = nil, minNamedFirst: Double? = nil, minFirstThree: Double? = nil
  ) {
    self.minNamedFirst = minNamedFirst
    self.minFirstThree = minFirstThree
    self.minIntentAccuracy = minIntentAccuracy
    self.minSlotF1 = minSlotF1
    self.minOutOfScopeRecall = minOutOfScopeRecall
    self.maxFalseRefusalRate = maxFalseRefusalRate
    self.maxOutOfScopeDomainRate = maxOutOfScopeDomainRate
    self.minSmallTalkRecall = minSmallTalkRecall
  }

  /// True when no threshold is set.
  public var isEmpty: Bool {
    [
      minIntentAccuracy, minSlotF1, minOutOfScopeRecall, maxFalseRefusalRate, maxOutOfScopeDomainRate,
      minSmallTalkRecall, minNamedFirst, minFirstThree,
    ].allSatisfy { $0 == nil }
  }

  /// One sentence per threshold `report` does not meet; empty when it meets them all.
  public func failures(in report: EvaluationReport) -> [String] {
    var out: [String] = []
    func check(
      _ name: String, _ value: Double?, _ limit: Double?, _ option: String, missing: String,
      atMost: Bool = false
    ) {
      Self.check(name, value, limit, option, missing: missing, atMost: atMost, into: &out)
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
    check(
      "false refusal rate", report.falseRefusalRate, maxFalseRefusalRate, "max-false-refusal-rate",
      missing: "no in-scope rows", atMost: true)
    check(
      "unrelated given a task", report.outOfScopeDomainRate, maxOutOfScopeDomainRate, "max-oos-domain-rate",
      missing: "no out_of_scope rows", atMost: true)
    check(
      "small talk answered", report.smallTalkRecall, minSmallTalkRecall, "min-small-talk-recall",
      missing: "no greet, thanks or goodbye rows")
    return out
  }

  /// One sentence per relevance threshold `report` does not meet; empty when it meets them all.
  public func failures(in report: RelevanceReport) -> [String] {
    var out: [String] = []
    Self.check(
      "named idea first", report.namedRows > 0 ? report.namedFirst : nil, minNamedFirst, "min-named-first",
      missing: "no rows name an idea", into: &out)
    Self.check(
      "fitting idea in first three", report.outcomes.isEmpty ? nil : report.firstThree, minFirstThree,
      "min-first-three", missing: "no rows", into: &out)
    return out
  }

  /// Appends the sentence for one threshold not met: `atMost` thresholds are maximums, the
  /// others minimums; a figure that cannot be measured meets none.
  static func check(
    _ name: String, _ value: Double?, _ limit: Double?, _ option: String, missing: String,
    atMost: Bool = false,
    into out: inout [String]
  ) {
    guard let limit else { return }
    let shown = EvaluationReport.fixed(limit, places: 3, trimmed: true)
    guard let value else {
      out.append("\(name) cannot be measured (\(missing)), so --\(option) \(shown) is not met")
      return
    }
    if atMost ? value > limit : value < limit {
      out.append(
        "\(name) \(EvaluationReport.fixed(value)) is \(atMost ? "above" : "below") --\(option) \(shown)")
    }
  }
}
