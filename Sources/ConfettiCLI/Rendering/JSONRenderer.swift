import ConfettiCore

/// Renders an answer as one JSON object, the `--json` record.
///
/// The schema is open: consumers should ignore keys they do not know. See the
/// README for every field.
public enum JSONRenderer {
  public static func render(_ a: Answer) -> String { record(a).serialized }

  public static func record(_ a: Answer) -> JSONValue {
    // An answer to options (the ideas and plan commands) has no input line.
    var fields: [(String, JSONValue)] = []
    if a.understanding != nil || a.problem != nil { fields.append(("input", .string(a.input))) }
    if case .problem(let p) = a.content {
      fields.append(
        ("error", .object([("code", .string(p.code.rawValue)), ("message", .string(p.message))])))
      return .object(fields)
    }
    if let u = a.understanding {
      fields.append(
        (
          "intent",
          .object([
            ("name", .string(u.intent.rawValue)),
            ("confidence", .double((u.confidence * 1000).rounded() / 1000)),
          ])
        ))
      fields.append(("slots", slots(u.slots)))
    }
    fields.append(("context", context(a.context)))
    fields.append(("reply", .string(a.reply.plainText)))
    switch a.content {
    case .ideas(let page):
      fields.append(contentsOf: self.page(page))
    case .details(let d):
      fields.append(("idea", detail(d)))
    case .plan(let p):
      fields.append(("plan", plan(p)))
    case .dates(let week):
      fields.append(("dates", dates(week)))
    case .export(_, let path):
      if let path { fields.append(("exported", .string(path))) }
    case .smallTalk(let ends):
      if ends { fields.append(("end", .bool(true))) }
    case .problem:
      break  // answered above
    case .clarify(let c):
      var question: [(String, JSONValue)] = [("reason", .string(c.code))]
      switch c {
      case .currency(let m), .negativeBudget(let m): question.append(("amount", money(m)))
      case .noPeople: break
      }
      fields.append(("clarify", .object(question)))
    }
    return .object(fields)
  }

  /// The fields of a page of ideas: `ideas`, `nearest`, `total_matches`, `offset`, `named`.
  public static func page(_ page: Answer.IdeasPage) -> [(String, JSONValue)] {
    var fields: [(String, JSONValue)] = [("ideas", .array(page.shown.map(idea)))]
    if page.nearest { fields.append(("nearest", .bool(true))) }
    fields.append(("total_matches", .int(page.total)))
    if page.offset > 0 { fields.append(("offset", .int(page.offset))) }
    if let (s, status) = page.named { fields.append(("named", named(s.idea.id, status))) }
    return fields
  }

  static func money(_ m: Money) -> JSONValue {
    .object([("amount", .double(m.amount)), ("currency", .string(m.currency.rawValue))])
  }

  static func usd(_ amount: Double) -> JSONValue { money(.usd(amount)) }

  public static func slots(_ s: Slots) -> JSONValue {
    .object(s.pairs.map { name, v in (name.rawValue, value(v)) })
  }

  /// A slot value: a number, a string, a list of strings, `true`, or `{"amount", "currency"}`
  /// (the form of the `slots` key and of evaluation files).
  public static func value(_ v: Entity.Value) -> JSONValue {
    switch v {
    case .int(let i): return .int(i)
    case .money(let m): return money(m)
    case .text(let t): return .string(t)
    case .list(let items): return .array(items.map { .string($0) })
    case .flag: return .bool(true)
    }
  }

  /// The constraints in force: their slots, as in `slots`, and `max_cost` after "cheaper".
  static func context(_ c: Constraints) -> JSONValue {
    guard case .object(var fields) = slots(c.slots) else { return slots(c.slots) }
    if let v = c.maxCost { fields.append(("max_cost", usd(v))) }
    return .object(fields)
  }

  /// `{"id", "fits", "needs"?, "reason"?}` for an idea asked for by name.
  static func named(_ id: String, _ status: Suggester.NamedStatus) -> JSONValue {
    var f: [(String, JSONValue)] = [("id", .string(id)), ("fits", .bool(status == .fits))]
    switch status {
    case .fits: break
    case .overBudget(let needs): f.append(("needs", usd(needs)))
    case .unsuitable(let rule):
      switch rule {
      case .teamSize(let range):
        f.append(("reason", .string("team_size")))
        f.append(("team_size", .object([("min", .int(range.lowerBound)), ("max", .int(range.upperBound))])))
      case .audience(let a):
        f.append(("reason", .string("audience")))
        f.append(("audience", .string(a.rawValue)))
      case .format(let formats):
        f.append(("reason", .string("format")))
        f.append(("formats", .array(formats.map { .string($0.rawValue) })))
      }
    }
    return .object(f)
  }

  /// One idea as shown in a list or a plan, priced for the team. Its fixed fields come from
  /// ``IdeaFragments`` (serialised once per idea); the same bytes as ``ideaObject(_:)``.
  public static func idea(_ s: Suggestion) -> JSONValue {
    let fixed = IdeaFragments.of(s.idea)
    var priced: [UInt8] = []
    priced.reserveCapacity(160)
    JSONValue.object(pricedFields(s)).write(into: &priced)
    var out: [UInt8] = []
    out.reserveCapacity(fixed.head.count + priced.count + fixed.tail.count)
    out.append(contentsOf: fixed.head)  // "{…,"
    out.append(contentsOf: priced[1..<(priced.count - 1)])  // without its braces
    out.append(contentsOf: fixed.tail)  // ",…}"
    return .raw(out)
  }

  /// The same idea as a tree of values (for details, which add fields).
  static func ideaObject(_ s: Suggestion) -> JSONValue {
    .object(headFields(s.idea) + pricedFields(s) + tailFields(s.idea))
  }

  // An idea's fields, listed once: the fixed ones before and after the priced ones.

  static func headFields(_ i: Idea) -> [(String, JSONValue)] {
    [
      ("id", .string(i.id)),
      ("name", .string(i.name)),
      ("theme", .string(i.theme.rawValue)),
      ("audience", .string(i.audience.rawValue)),
      ("formats", .array(i.formats.map { .string($0.rawValue) })),
      ("team_size", .object([("min", .int(i.teamSize.lowerBound)), ("max", .int(i.teamSize.upperBound))])),
      ("tags", .array(i.tags.map { .string($0.rawValue) })),
    ]
  }

  static func pricedFields(_ s: Suggestion) -> [(String, JSONValue)] {
    [
      ("tier", .string(s.tier.name)),
      ("tier_formats", .array(s.idea.formats(of: s.tier).map { .string($0.rawValue) })),
      ("estimated_cost", usd(s.cost)),
      ("cost_breakdown", .string(s.breakdown)),
    ]
  }

  static func tailFields(_ i: Idea) -> [(String, JSONValue)] {
    [
      ("summary", .string(i.summary)),
      ("sources", .array(i.sources.map(source))),
      ("cautions", .array(i.cautions.map { .string($0.text) })),
    ]
  }

  /// `{"id", "title", "publisher", "year", "url"}`; year and url are null when unknown.
  public static func source(_ s: Source) -> JSONValue {
    .object([
      ("id", .string(s.id)), ("title", .string(s.title)), ("publisher", .string(s.publisher)),
      ("year", s.year.map { .int($0) } ?? .null), ("url", s.url.map { .string($0) } ?? .null),
    ])
  }

  static func detail(_ s: Suggestion) -> JSONValue {
    guard case .object(var fields) = ideaObject(s) else { return ideaObject(s) }
    fields.append(("steps", .array(s.idea.steps.map { .string($0) })))
    fields.append(("prep", .string(s.idea.prep)))
    fields.append(
      (
        "tiers",
        .array(
          s.idea.tiers.map { t in
            .object([
              ("name", .string(t.name)), ("description", .string(t.description)),
              ("estimated_cost", usd(t.cost(for: s.teamSize))),
              ("cost_breakdown", .string(t.breakdown(for: s.teamSize))),
            ])
          })
      ))
    fields.append(
      (
        "caution_sources",
        .array(s.idea.cautions.map { .object([("text", .string($0.text)), ("source", source($0.source))]) })
      ))
    return .object(fields)
  }

  static func dates(_ w: ServiceWeekCalendar.Week) -> JSONValue {
    .object([("start", .string(w.start.description)), ("end", .string(w.end.description))])
  }

  public static func plan(_ p: WeekPlan) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("start", .string(p.week.start.description)),
      ("end", .string(p.week.end.description)),
      ("team_size", .int(p.teamSize)),
      ("budget", money(p.budgetMoney)),
      ("budget_assumed", .bool(p.budgetAssumed)),
      ("total_cost", usd(p.totalCost)),
      ("total_value", .int(p.totalValue)),
      (
        "days",
        .array(
          p.days.map { d in
            .object([
              ("date", .string(d.date.description)),
              ("weekday", .string(d.date.weekday.name)),
              ("theme", .string(d.theme.rawValue)),
              ("ideas", .array(d.items.map(idea))),
            ])
          })
      ),
    ]
    if let (idea, status) = p.missing { fields.append(("missing", named(idea.id, status))) }
    return .object(fields)
  }
}
