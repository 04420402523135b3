import ConfettiCore

/// True positive, false positive and false negative counts for one label, with
/// the precision, recall and F1 they give.
///
/// A ratio with nothing to divide by is 0 (as in scikit-learn's default), so a
/// label that is never predicted has precision 0.
///
/// ```swift
/// let s = EvaluationScore(truePositives: 3, falsePositives: 1, falseNegatives: 2)
/// s.precision  // 0.75
/// s.recall     // 0.6
/// s.f1         // 0.666…
/// s.support    // 5, the gold count
/// ```
public struct EvaluationScore: Sendable, Equatable {
  /// Precision, recall and F1 averaged over several labels.
  public struct Average: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double

    public init(precision: Double, recall: Double, f1: Double) {
      self.precision = precision
      self.recall = recall
      self.f1 = f1
    }

    /// The unweighted mean of `scores` (macro average); zeros when there are none.
    public static func macro(_ scores: [EvaluationScore]) -> Average {
      guard !scores.isEmpty else { return Average(precision: 0, recall: 0, f1: 0) }
      let n = Double(scores.count)
      return Average(
        precision: scores.map(\.precision).reduce(0, +) / n, recall: scores.map(\.recall).reduce(0, +) / n,
        f1: scores.map(\.f1).reduce(0, +) / n)
    }

    /// The mean of `scores` weighted by support; zeros when there is no support.
    public static func weighted(_ scores: [EvaluationScore]) -> Average {
      let total = Double(scores.map(\.support).reduce(0, +))
      guard total > 0 else { return Average(precision: 0, recall: 0, f1: 0) }
      func mean(_ value: (EvaluationScore) -> Double) -> Double {
        scores.map { value($0) * Double($0.support) }.reduce(0, +) / total
      }
      return Average(precision: mean(\.precision), recall: mean(\.recall), f1: mean(\.f1))
    }
  }

  public var truePositives: Int
  public var falsePositives: Int
  public var falseNegatives: Int

  public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
  }

  /// How many gold instances there are: true positives plus false negatives.
  public var support: Int { truePositives + falseNegatives }

  /// True when nothing was counted at all (no gold and no predicted instance).
  public var isEmpty: Bool { truePositives + falsePositives + falseNegatives == 0 }

  public var precision: Double { Self.ratio(truePositives, truePositives + falsePositives) }

  public var recall: Double { Self.ratio(truePositives, truePositives + falseNegatives) }

  /// The harmonic mean of precision and recall.
  public var f1: Double {
    let p = precision
    let r = recall
    return p + r > 0 ? 2 * p * r / (p + r) : 0
  }

  /// The counts summed, for a micro average.
  public static func + (lhs: EvaluationScore, rhs: EvaluationScore) -> EvaluationScore {
    EvaluationScore(
      truePositives: lhs.truePositives + rhs.truePositives,
      falsePositives: lhs.falsePositives + rhs.falsePositives,
      falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
  }

  static func ratio(_ part: Int, _ whole: Int) -> Double {
    whole > 0 ? Double(part) / Double(whole) : 0
  }
}
