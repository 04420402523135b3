import ConfettiCore

/// Plays annotated conversations through ``Conversation`` (understanding, tracker, policy) and
/// measures the dialogue state after every turn, as dialogue-state tracking does: a turn is right
/// when its intent is right and its whole state matches (joint goal accuracy), and a dialogue is
/// right when every turn is.
///
/// ```swift
/// let report = DialogueEvaluator(catalogue: .builtin, today: today).evaluate(rows)
/// report.jointGoalAccuracy  // share of turns with the whole state right
/// ```
public struct DialogueEvaluator: Sendable {
  public var catalogue: Catalogue
  public var matcher: IntentMatcher
  public var today: CivilDate

  public init(catalogue: Catalogue, matcher: IntentMatcher? = nil, today: CivilDate) {
    self.catalogue = catalogue
    self.matcher = matcher ?? IntentMatcher(catalogue: catalogue)
    self.today = today
  }

  /// The constraints a context holds, as slot values (`max_cost` is no part of the state scored).
  public static func state(of c: Constraints) -> [SlotName: Entity.Value] {
    var out: [SlotName: Entity.Value] = [:]
    for (name, value) in c.slots.pairs where name.row.isConstraint { out[name] = value }
    return out
  }

  public func evaluate(_ rows: [DialogueRow]) -> DialogueReport {
    var outcomes: [DialogueReport.TurnOutcome] = []
    for row in rows {
      var chat = Conversation(catalogue: catalogue, matcher: matcher, today: today)
      for (i, turn) in row.turns.enumerated() {
        let answer = chat.respond(to: turn.user)
        outcomes.append(
          DialogueReport.TurnOutcome(
            dialogue: row.id, index: i, turn: turn,
            intent: answer.understanding?.intent ?? .outOfScope, rule: answer.rule,
            state: DialogueEvaluator.state(of: answer.context)))
      }
    }
    return DialogueReport(dialogues: rows.count, outcomes: outcomes)
  }
}
