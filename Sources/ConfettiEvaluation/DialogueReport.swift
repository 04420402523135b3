import ConfettiCore

/// The figures of a dialogue evaluation: joint goal accuracy (turns whose intent and whole state
/// are right), intent accuracy over turns, dialogues right from start to end, the rules used, and
/// the turns that went wrong with what differed.
public struct DialogueReport: Sendable {
  /// One turn as played.
  public struct TurnOutcome: Sendable {
    public var dialogue: String
    public var index: Int
    public var turn: DialogueRow.Turn
    public var intent: Intent
    public var rule: String?
    public var state: [SlotName: Entity.Value]

    public var intentRight: Bool { intent == turn.intent }
    /// The differences between the expected and the tracked state, in slot order.
    public var stateErrors: [EvaluationReport.SlotError] {
      EvaluationReport.slotErrors(gold: turn.state, predicted: state)
    }
    public var right: Bool { intentRight && stateErrors.isEmpty }
  }

  public let dialogues: Int
  public let outcomes: [TurnOutcome]

  public init(dialogues: Int, outcomes: [TurnOutcome]) {
    self.dialogues = dialogues
    self.outcomes = outcomes
  }

  public var turns: Int { outcomes.count }
  public var turnsRight: Int { outcomes.filter(\.right).count }
  public var intentsRight: Int { outcomes.filter(\.intentRight).count }
  public var statesRight: Int { outcomes.filter { $0.stateErrors.isEmpty }.count }
  /// Dialogues with every turn right.
  public var dialoguesRight: Int {
    var wrong = Set<String>()
    for o in outcomes where !o.right { wrong.insert(o.dialogue) }
    return dialogues - wrong.count
  }

  public var jointGoalAccuracy: Double { turns == 0 ? 0 : Double(turnsRight) / Double(turns) }
  public var intentAccuracy: Double { turns == 0 ? 0 : Double(intentsRight) / Double(turns) }
  public var stateAccuracy: Double { turns == 0 ? 0 : Double(statesRight) / Double(turns) }
  public var dialogueAccuracy: Double { dialogues == 0 ? 0 : Double(dialoguesRight) / Double(dialogues) }
  public var misses: [TurnOutcome] { outcomes.filter { !$0.right } }

  /// How many answers each policy rule chose, most used first.
  public var ruleCounts: [(rule: String, count: Int)] { RuleTally.counts(outcomes.lazy.map(\.rule)) }

  /// The report as text: the summary, the rules, then each turn missed with what differed.
  public func text() -> String {
    func share(_ x: Double, _ part: Int, _ whole: Int) -> String {
      "\(EvaluationReport.fixed(x))  (\(part) of \(whole))"
    }
    var out = ["Summary"]
    out.append("  dialogues                \(dialogues)")
    out.append("  turns                    \(turns)")
    out.append("  joint goal accuracy      " + share(jointGoalAccuracy, turnsRight, turns))
    out.append("  intent accuracy          " + share(intentAccuracy, intentsRight, turns))
    out.append("  state accuracy           " + share(stateAccuracy, statesRight, turns))
    out.append("  dialogues whole          " + share(dialogueAccuracy, dialoguesRight, dialogues))
    out.append("")
    out.append("Policy rules (answers each chose)")
    for r in ruleCounts {
      out.append("  \(String(repeating: " ", count: max(0, 5 - String(r.count).count)))\(r.count)  \(r.rule)")
    }
    out.append("")
    out.append("Turns missed (\(misses.count))")
    for o in misses {
      out.append("  \(o.dialogue) turn \(o.index + 1): \(o.turn.user)")
      if !o.intentRight {
        out.append(
          "    intent: expected \(o.turn.intent.rawValue), got \(o.intent.rawValue) [rule \(o.rule ?? "-")]")
      }
      for e in o.stateErrors {
        let gold = e.gold.map(EvaluationReport.describe) ?? "—"
        let got = e.predicted.map(EvaluationReport.describe) ?? "—"
        out.append("    \(e.slot.rawValue): expected \(gold), got \(got)")
      }
    }
    return out.joined(separator: "\n") + "\n"
  }
}
