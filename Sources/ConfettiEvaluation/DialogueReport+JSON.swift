import ConfettiCore
import ConfettiSession

extension DialogueReport {
  /// The report as one JSON object.
  public func json(file: String, today: CivilDate) -> JSONValue {
    let r = self
    func state(_ s: [SlotName: Entity.Value]) -> JSONValue {
      .object(s.keys.sorted().map { ($0.rawValue, JSONRenderer.value(s[$0]!)) })
    }
    return .object([
      ("file", .string(file)), ("today", .string(today.description)), ("dialogues", .int(r.dialogues)),
      ("turns", .int(r.turns)), ("joint_goal_accuracy", .double(r.jointGoalAccuracy)),
      ("intent_accuracy", .double(r.intentAccuracy)), ("state_accuracy", .double(r.stateAccuracy)),
      ("dialogue_accuracy", .double(r.dialogueAccuracy)),
      ("rules", .object(r.ruleCounts.map { ($0.rule, .int($0.count)) })),
      (
        "misses",
        .array(
          r.misses.map { o in
            .object([
              ("dialogue", .string(o.dialogue)), ("turn", .int(o.index + 1)), ("user", .string(o.turn.user)),
              ("expected_intent", .string(o.turn.intent.rawValue)), ("intent", .string(o.intent.rawValue)),
              ("rule", o.rule.map { .string($0) } ?? .null), ("expected_state", state(o.turn.state)),
              ("state", state(o.state)),
            ])
          })
      ),
    ])
  }
}
