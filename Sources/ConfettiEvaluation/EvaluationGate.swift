import ConfettiCore

/// The one table of gates an evaluation can be held to: each names its figure, the option that
/// sets it (`--min-intent-accuracy 0.95`), whether it is a minimum or a maximum, and the report
/// it reads. A figure that cannot be measured (no out-of-scope rows, say) meets no gate.
///
/// ```swift
/// EvaluationGate.failures([.minIntentAccuracy: 0.95], in: report)
/// // ["intent accuracy 0.931 is below --min-intent-accuracy 0.95"]
/// ```
public enum EvaluationGate: String, CaseIterable, Sendable, Hashable {
  case minIntentAccuracy = "min-intent-accuracy"
  case minSlotF1 = "min-slot-f1"
  case minOutOfScopeRecall = "min-oos-recall"
  case maxFalseRefusalRate = "max-false-refusal-rate"
  case maxOutOfScopeDomainRate = "max-oos-domain-rate"
  case minSmallTalkRecall = "min-small-talk-recall"
  case minNamedFirst = "min-named-first"
  case minFirstThree = "min-first-three"
  case minJointGoalAccuracy = "min-joint-goal-accuracy"
  case minDialogueAccuracy = "min-dialogue-accuracy"

  /// The evaluations a gate belongs to.
  public enum Evaluation: Sendable {
    case understanding
    case relevance
    case dialogues
  }

  /// A gate's row of the table.
  struct Row {
    var name: String
    var evaluation: Evaluation
    var isMaximum = false
    /// What the option's help says after "Fail (exit 1) below/above this …".
    var help: String
    /// Why the figure could not be measured, when it could not.
    var missing: String
  }

  var row: Row {
    switch self {
    case .minIntentAccuracy:
      Row(name: "intent accuracy", evaluation: .understanding, help: "intent accuracy", missing: "no rows")
    case .minSlotF1:
      Row(
        name: "slot micro F1", evaluation: .understanding, help: "micro-averaged slot F1",
        missing: "no gold or predicted slots")
    case .minOutOfScopeRecall:
      Row(
        name: "out-of-scope recall", evaluation: .understanding, help: "out-of-scope recall",
        missing: "no out_of_scope rows")
    case .maxFalseRefusalRate:
      Row(
        name: "false refusal rate", evaluation: .understanding, isMaximum: true,
        help: "share of in-scope rows refused", missing: "no in-scope rows")
    case .maxOutOfScopeDomainRate:
      Row(
        name: "unrelated given a task", evaluation: .understanding, isMaximum: true,
        help: "share of out-of-scope rows given a task intent", missing: "no out_of_scope rows")
    case .minSmallTalkRecall:
      Row(
        name: "small talk answered", evaluation: .understanding, help: "share of small talk answered in kind",
        missing: "no greet, thanks or goodbye rows")
    case .minNamedFirst:
      Row(
        name: "named idea first", evaluation: .relevance, help: "share of named ideas shown first",
        missing: "no rows name an idea")
    case .minFirstThree:
      Row(
        name: "fitting idea in first three", evaluation: .relevance,
        help: "share of questions with a fitting idea in the first three", missing: "no rows")
    case .minJointGoalAccuracy:
      Row(
        name: "joint goal accuracy", evaluation: .dialogues,
        help: "share of turns with the whole state right",
        missing: "no turns")
    case .minDialogueAccuracy:
      Row(
        name: "dialogue accuracy", evaluation: .dialogues, help: "share of dialogues right throughout",
        missing: "no dialogues")
    }
  }

  /// The evaluation whose report the gate reads.
  public var evaluation: Evaluation { row.evaluation }

  /// The option's help: "Fail (exit 1) below this intent accuracy."
  public var help: String {
    let scope =
      switch evaluation {
      case .understanding: ""
      case .relevance: "With --relevance: "
      case .dialogues: "With --dialogues: "
      }
    let fail =
      "\(scope.isEmpty ? "F" : "f")ail (exit 1) \(row.isMaximum ? "above" : "below") this \(row.help)."
    return scope + fail
  }

  /// One sentence per gate in `limits` that `report`'s figures do not meet; gates of other
  /// evaluations are passed over. `figure` reads a gate's figure, nil when it cannot be measured.
  static func failures(_ limits: [EvaluationGate: Double], figure: (EvaluationGate) -> Double?) -> [String] {
    var out: [String] = []
    for gate in allCases {
      guard let limit = limits[gate] else { continue }
      let row = gate.row
      let shown = EvaluationReport.fixed(limit, places: 3, trimmed: true)
      guard let value = figure(gate) else {
        out.append(
          "\(row.name) cannot be measured (\(row.missing)), so --\(gate.rawValue) \(shown) is not met")
        continue
      }
      if row.isMaximum ? value > limit : value < limit {
        out.append(
          "\(row.name) \(EvaluationReport.fixed(value)) is \(row.isMaximum ? "above" : "below") "
            + "--\(gate.rawValue) \(shown)")
      }
    }
    return out
  }

  /// The gates of an understanding evaluation that `report` does not meet.
  public static func failures(_ limits: [EvaluationGate: Double], in report: EvaluationReport) -> [String] {
    failures(limits.filter { $0.key.evaluation == .understanding }) { gate in
      switch gate {
      case .minIntentAccuracy: report.rowCount > 0 ? report.intentAccuracy : nil
      case .minSlotF1: report.slotMicro.isEmpty ? nil : report.slotMicro.f1
      case .minOutOfScopeRecall: report.outOfScopeRecall
      case .maxFalseRefusalRate: report.falseRefusalRate
      case .maxOutOfScopeDomainRate: report.outOfScopeDomainRate
      case .minSmallTalkRecall: report.smallTalkRecall
      default: nil
      }
    }
  }

  /// The gates of a relevance evaluation that `report` does not meet.
  public static func failures(_ limits: [EvaluationGate: Double], in report: RelevanceReport) -> [String] {
    failures(limits.filter { $0.key.evaluation == .relevance }) { gate in
      switch gate {
      case .minNamedFirst: report.namedRows > 0 ? report.namedFirst : nil
      case .minFirstThree: report.outcomes.isEmpty ? nil : report.firstThree
      default: nil
      }
    }
  }

  /// The gates of a dialogue evaluation that `report` does not meet.
  public static func failures(_ limits: [EvaluationGate: Double], in report: DialogueReport) -> [String] {
    failures(limits.filter { $0.key.evaluation == .dialogues }) { gate in
      switch gate {
      case .minJointGoalAccuracy: report.turns > 0 ? report.jointGoalAccuracy : nil
      case .minDialogueAccuracy: report.dialogues > 0 ? report.dialogueAccuracy : nil
      default: nil
      }
    }
  }
}
