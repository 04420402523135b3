import ConfettiCore
import ConfettiSession

extension RelevanceReport {
  /// The report as one JSON object.
  public func json(file: String) -> JSONValue {
    let r = self
    return .object([
      ("file", .string(file)), ("rows", .int(r.outcomes.count)), ("named_rows", .int(r.namedRows)),
      ("named_first", .double(r.namedFirst)), ("first_three", .double(r.firstThree)),
      ("distinct_first_ideas", .int(r.distinctFirstIdeas)),
      (
        "baseline",
        .object([
          ("named_first", .double(r.baselineNamedFirst)), ("first_three", .double(r.baselineFirstThree)),
          ("distinct_first_ideas", .int(r.baselineDistinctFirstIdeas)),
        ])
      ),
      (
        "misses",
        .array(
          r.misses.map { o in
            .object([
              ("line", o.row.line.map { .int($0) } ?? .null), ("text", .string(o.row.text)),
              ("shown", .array(o.shown.prefix(5).map { .string($0) })),
            ])
          })
      ),
    ])
  }
}
