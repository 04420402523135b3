import ConfettiCore
import ConfettiSession

extension EvaluationReport {
  /// The report as one JSON object; figures that cannot be measured are null.
  public func json(file: String, today: CivilDate) -> JSONValue {
    let report = self
    func score(_ s: EvaluationScore) -> JSONValue {
      .object([
        ("precision", .double(s.precision)), ("recall", .double(s.recall)), ("f1", .double(s.f1)),
        ("support", .int(s.support)),
      ])
    }
    func average(_ a: EvaluationScore.Average) -> JSONValue {
      .object([("precision", .double(a.precision)), ("recall", .double(a.recall)), ("f1", .double(a.f1))])
    }
    func optional(_ d: Double?) -> JSONValue { d.map { .double($0) } ?? .null }
    func line(_ row: EvaluationRow) -> JSONValue { row.line.map { .int($0) } ?? .null }
    let micro = report.slotMicro
    let slotMicro: JSONValue =
      micro.isEmpty
      ? .object([("precision", .null), ("recall", .null), ("f1", .null)])
      : .object([
        ("precision", .double(micro.precision)), ("recall", .double(micro.recall)), ("f1", .double(micro.f1)),
      ])
    let misclassified: [JSONValue] = report.misclassified.map { o in
      var fields: [(String, JSONValue)] = [
        ("line", line(o.row)), ("text", .string(o.row.text)), ("gold", .string(o.row.intent.rawValue)),
        ("predicted", .string(o.prediction.intent.rawValue)),
        ("confidence", .double(o.prediction.confidence)),
      ]
      if let r = o.prediction.rejected { fields.append(("rejected", .string(r.rawValue))) }
      if let rule = o.prediction.rule { fields.append(("rule", .string(rule))) }
      return .object(fields)
    }
    let slotErrors: [JSONValue] = report.slotErrors.map { row in
      let o = row.outcome
      return .object([
        ("line", line(o.row)), ("text", .string(o.row.text)), ("gold_intent", .string(o.row.intent.rawValue)),
        ("predicted_intent", .string(o.prediction.intent.rawValue)),
        (
          "errors",
          .array(
            row.errors.map { e in
              .object([
                ("slot", .string(e.slot.rawValue)), ("kind", .string(e.kind.rawValue)),
                ("gold", e.gold.map(JSONRenderer.value) ?? .null),
                ("predicted", e.predicted.map(JSONRenderer.value) ?? .null),
              ])
            })
        ),
      ])
    }
    return .object([
      ("file", .string(file)),
      ("today", .string(today.description)),
      ("rows", .int(report.rowCount)),
      ("intent_accuracy", .double(report.intentAccuracy)),
      ("intents", .object(report.intentOrder.map { ($0.rawValue, score(report.intents[$0]!)) })),
      ("intent_macro_avg", average(report.intentMacroAverage)),
      ("intent_weighted_avg", average(report.intentWeightedAverage)),
      (
        "confusions",
        .array(
          report.topConfusions.map {
            .object([
              ("gold", .string($0.gold.rawValue)), ("predicted", .string($0.predicted.rawValue)),
              ("count", .int($0.count)),
            ])
          })
      ),
      ("slots", .object(report.slotOrder.map { ($0.rawValue, score(report.slots[$0]!)) })),
      ("slot_micro", slotMicro),
      ("out_of_scope_recall", optional(report.outOfScopeRecall)),
      ("false_refusal_rate", optional(report.falseRefusalRate)),
      ("out_of_scope_domain_rate", optional(report.outOfScopeDomainRate)),
      ("small_talk_recall", optional(report.smallTalkRecall)),
      ("rules", .object(report.ruleCounts.map { ($0.rule, .int($0.count)) })),
      ("misclassified", .array(misclassified)),
      ("slot_errors", .array(slotErrors)),
    ])
  }
}
