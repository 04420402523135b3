import ConfettiCore

/// Renders an answer as one JSON object, the `--json` record, streamed field by field into a
/// ``JSONWriter`` (no tree of values is built).
///
/// The schema is open: consumers should ignore keys they do not know. See the
/// README for every field.
public enum JSONRenderer {
  public static func render(_ a: Answer) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(2048)
    write(a, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the record for `a` to `out` (no newline).
  public static func write(_ a: Answer, into out: inout [UInt8]) {
    JSONWriter.write(into: &out) { record(a, to: &$0) }
  }

  /// Writes the record for `a`. `reply` replaces the reply text; `extra` writes more fields
  /// at the end of the object (the server's `export`).
  public static func record(
    _ a: Answer, to w: inout JSONWriter, reply: String? = nil, extra: (inout JSONWriter) -> Void = { _ in }
  ) {
    w.beginObject()
    // An answer to options (the ideas and plan commands) has no input line.
    if a.understanding != nil || a.problem != nil {
      w.field("input", a.input)
    }
    if case .problem(let p) = a.content {
      w.key("error")
      w.beginObject()
      w.field("code", p.code.rawValue)
      w.field("message", p.message)
      w.endObject()
      extra(&w)
      w.endObject()
      return
    }
    if let u = a.understanding {
      w.key("intent")
      w.beginObject()
      w.field("name", u.intent.rawValue)
      w.field("confidence", (u.confidence * 1000).rounded() / 1000)
      w.endObject()
      w.key("slots")
      slots(u.slots, to: &w)
    }
    if let rule = a.rule {
      w.field("rule", rule)
    }
    w.key("context")
    context(a.context, to: &w)
    // Amounts are in the person's currency: the plan's, else the conversation's.
    let price: PriceFormatter
    if case .plan(let p) = a.content {
      price = p.price
    } else {
      price = PriceFormatter(currency: a.context.currency)
    }
    if price.converts, showsPrices(a.content) {
      w.key("exchange_rate")
      exchangeRate(price, to: &w)
    }
    w.key("reply")
    if let reply {
      w.string(reply)
    } else {
      w.string(joining: a.reply.lines.lazy.map(\.text), separator: "\n")
    }
    switch a.content {
    case .ideas(let page):
      self.page(page, price, to: &w)
    case .details(let d):
      w.key("idea")
      detail(d, price, to: &w)
    case .plan(let p):
      w.key("plan")
      plan(p, to: &w)
    case .dates(let week):
      w.key("dates")
      dates(week, to: &w)
    case .sources(let idea):
      w.field("idea_id", idea.id)
      w.key("sources")
      w.beginArray()
      for s in idea.sources { source(s, to: &w) }
      w.endArray()
    case .export(_, let path):
      if let path {
        w.field("exported", path)
      }
    case .smallTalk(let ends):
      if ends {
        w.field("end", true)
      }
    case .problem:
      break  // answered above
    case .clarify(let c):
      w.key("clarify")
      w.beginObject()
      w.field("reason", c.code)
      switch c {
      case .currency(let m), .negativeBudget(let m), .amountOrTeam(let m):
        w.key("amount")
        money(m, to: &w)
      case .noPeople: break
      case .teamTooLarge(let n):
        w.field("team_size", n)
      }
      w.endObject()
    }
    extra(&w)
    w.endObject()
  }

  /// True for the answers that carry prices: ideas, an idea's details, a plan.
  static func showsPrices(_ content: Answer.Content) -> Bool {
    switch content {
    case .ideas, .details, .plan: return true
    default: return false
    }
  }

  /// The fields of a page of ideas: `ideas`, `nearest`, `total_matches`, `offset`, `named`.
  static func page(_ page: Answer.IdeasPage, _ price: PriceFormatter, to w: inout JSONWriter) {
    w.key("ideas")
    w.beginArray()
    for s in page.shown { idea(s, price, to: &w) }
    w.endArray()
    if page.nearest {
      w.field("nearest", true)
    }
    w.field("total_matches", page.total)
    if page.offset > 0 {
      w.field("offset", page.offset)
    }
    if let (s, status) = page.named {
      w.key("named")
      named(s.idea.id, status, price, to: &w)
    }
    if !page.missing.isEmpty {
      w.key("missing")
      strings(page.missing, to: &w)
    }
    if !page.leftOutAbsent.isEmpty {
      w.key("left_out_absent")
      strings(page.leftOutAbsent, to: &w)
    }
  }

  static func money(_ m: Money, to w: inout JSONWriter) {
    w.beginObject()
    w.field("amount", m.amount)
    w.field("currency", m.currency.rawValue)
    w.endObject()
  }

  /// A US-dollar estimate as an amount in `price`'s currency: as it is in dollars, else converted
  /// at the dated rate to the cent (``PriceFormatter/exact(_:)``).
  static func amount(_ dollars: Double, _ price: PriceFormatter, to w: inout JSONWriter) {
    money(price.exact(dollars), to: &w)
  }

  /// `{"from": "USD", "to", "rate", "label", "as_of", "publisher", "url"}`: the rate converted
  /// amounts were converted at (to three decimals, as every number here), as the reply words it,
  /// and whose it is.
  static func exchangeRate(_ price: PriceFormatter, to w: inout JSONWriter) {
    w.beginObject()
    w.field("from", Money.Currency.usd.rawValue)
    w.field("to", price.currency.rawValue)
    w.field("rate", price.rates.perDollar(price.currency) ?? 1)
    if let label = price.rates.label(for: price.currency) { w.field("label", label) }
    w.field("as_of", price.rates.asOf.description)
    w.field("publisher", price.rates.publisher)
    w.key("url")
    if let url = price.rates.url { w.string(url) } else { w.null() }
    w.endObject()
  }

  static func range(_ r: ClosedRange<Int>, to w: inout JSONWriter) {
    w.beginObject()
    w.field("min", r.lowerBound)
    w.field("max", r.upperBound)
    w.endObject()
  }

  static func strings(_ items: some Sequence<String>, to w: inout JSONWriter) {
    w.beginArray()
    for item in items { w.string(item) }
    w.endArray()
  }

  /// The slots as an object, in table order.
  public static func slots(_ s: Slots, to w: inout JSONWriter) {
    w.beginObject()
    slotFields(s, to: &w)
    w.endObject()
  }

  static func slotFields(_ s: Slots, to w: inout JSONWriter) {
    for name in SlotName.allCases {
      guard let v = s[name] else { continue }
      w.key(name.rawValue)
      value(v, to: &w)
    }
  }

  /// A slot value: a number, a string, a list of strings, `true`, or `{"amount", "currency"}`
  /// (the form of the `slots` key and of evaluation files).
  public static func value(_ v: Entity.Value, to w: inout JSONWriter) {
    switch v {
    case .int(let i): w.int(i)
    case .money(let m): money(m, to: &w)
    case .text(let t): w.string(t)
    case .list(let items): strings(items, to: &w)
    case .flag: w.bool(true)
    }
  }

  /// A slot value as a JSON value, for documents built as a tree (evaluation reports).
  public static func value(_ v: Entity.Value) -> JSONValue {
    var out: [UInt8] = []
    JSONWriter.write(into: &out) { value(v, to: &$0) }
    return .raw(out)
  }

  /// The constraints in force: their slots, as in `slots`, `max_cost` after "cheaper" (in the
  /// budget's currency), `guests` when the person said how many come, `currency` when no budget
  /// says it any more, and `without_needs` when the team lacks something ideas may need.
  static func context(_ c: Constraints, to w: inout JSONWriter) {
    w.beginObject()
    slotFields(c.slots, to: &w)
    if let v = c.maxCost {
      w.key("max_cost")
      amount(v, PriceFormatter(currency: c.currency), to: &w)
    }
    if let g = c.guests {
      w.field("guests", g)
    }
    if c.budget == nil, c.budgetPerPerson == nil, let spoken = c.spokenCurrency {
      w.field("currency", spoken.rawValue)
    }
    if !c.withoutNeeds.isEmpty {
      w.key("without_needs")
      strings(c.withoutNeeds.lazy.map(\.rawValue), to: &w)
    }
    w.endObject()
  }

  /// `{"id", "fits", "needs"?, "reason"?}` for an idea asked for by name.
  static func named(
    _ id: String, _ status: Suggester.NamedStatus, _ price: PriceFormatter, to w: inout JSONWriter
  ) {
    w.beginObject()
    w.field("id", id)
    w.field("fits", status == .fits)
    switch status {
    case .fits: break
    case .overBudget(let needs):
      w.key("needs")
      amount(needs, price, to: &w)
    case .unsuitable(let rule):
      w.key("reason")
      switch rule {
      case .teamSize(let r):
        w.string("team_size")
        w.key("team_size")
        range(r, to: &w)
      case .audience(let a):
        w.string("audience")
        w.field("audience", a.rawValue)
      case .format(let formats):
        w.string("format")
        w.key("formats")
        strings(formats.lazy.map(\.rawValue), to: &w)
      case .leftOut(let kind):
        w.string("without_kinds")
        w.field("kind", kind.rawValue)
      case .leftOutByName:
        w.string("without_ideas")
      case .needs(let need):
        // Not written for an idea named (what the team lacks never keeps it out); kept so the
        // switch covers every rule.
        w.string("without_needs")
        w.field("need", need.rawValue)
      }
    }
    w.endObject()
  }

  /// One idea as shown in a list or a plan, priced for the team. Its fixed fields come from
  /// ``IdeaFragments`` (written once per idea); the same bytes as ``ideaFields(_:to:)``.
  static func idea(_ s: Suggestion, _ price: PriceFormatter, to w: inout JSONWriter) {
    let fixed = IdeaFragments.of(s.idea)
    w.beginObject()
    w.raw(fixed.head)
    pricedFields(s, price, to: &w)
    w.raw(fixed.tail)
    w.endObject()
  }

  /// The same idea's fields written one by one (for details, which add fields).
  static func ideaFields(_ s: Suggestion, _ price: PriceFormatter, to w: inout JSONWriter) {
    headFields(s.idea, to: &w)
    pricedFields(s, price, to: &w)
    tailFields(s.idea, to: &w)
  }

  // An idea's fields, listed once: the fixed ones before and after the priced ones.

  static func headFields(_ i: Idea, to w: inout JSONWriter) {
    w.field("id", i.id)
    w.field("name", i.name)
    w.field("theme", i.theme.rawValue)
    w.field("audience", i.audience.rawValue)
    w.key("formats")
    strings(i.formats.lazy.map(\.rawValue), to: &w)
    w.key("team_size")
    range(i.teamSize, to: &w)
    w.key("tags")
    strings(i.tags.lazy.map(\.rawValue), to: &w)
    w.key("needs")
    strings(i.needs.lazy.map(\.rawValue), to: &w)
  }

  /// The tier and its price for the team, in `price`'s currency.
  static func pricedFields(_ s: Suggestion, _ price: PriceFormatter, to w: inout JSONWriter) {
    w.field("tier", s.tier.name)
    w.key("tier_formats")
    strings(s.idea.formats(of: s.tier).lazy.map(\.rawValue), to: &w)
    w.key("estimated_cost")
    amount(s.cost, price, to: &w)
    w.field("cost_breakdown", price.converts ? s.breakdown(price) : s.breakdown)
  }

  static func tailFields(_ i: Idea, to w: inout JSONWriter) {
    w.field("summary", i.summary)
    w.key("sources")
    w.beginArray()
    for s in i.sources { source(s, to: &w) }
    w.endArray()
    w.key("cautions")
    strings(i.cautions.lazy.map(\.text), to: &w)
  }

  /// `{"id", "title", "publisher", "year", "url", "citation"}`; year and url are null when
  /// unknown; `citation` is the core's wording (``Source/citation``: "ICMI, 2024", "Confetti's
  /// advice"), for a reader to show as it is.
  static func source(_ s: Source, to w: inout JSONWriter) {
    w.beginObject()
    w.field("id", s.id)
    w.field("title", s.title)
    w.field("publisher", s.publisher)
    w.key("year")
    if let year = s.year { w.int(year) } else { w.null() }
    w.key("url")
    if let url = s.url { w.string(url) } else { w.null() }
    w.field("citation", s.citation)
    w.endObject()
  }

  /// `{label: text, "source": {…}}`: a claim with the source that makes it (a tier's cost basis,
  /// a caution).
  static func cited(_ label: String, _ text: String, source: Source, to w: inout JSONWriter) {
    w.beginObject()
    w.field(label, text)
    w.key("source")
    self.source(source, to: &w)
    w.endObject()
  }

  static func detail(_ s: Suggestion, _ price: PriceFormatter, to w: inout JSONWriter) {
    w.beginObject()
    ideaFields(s, price, to: &w)
    w.key("steps")
    strings(s.idea.steps, to: &w)
    w.field("prep", s.idea.prep)
    w.key("tiers")
    w.beginArray()
    for t in s.idea.tiers {
      w.beginObject()
      w.field("name", t.name)
      w.field("description", t.description)
      w.key("estimated_cost")
      amount(t.cost(for: s.teamSize, guests: s.guests), price, to: &w)
      w.field("cost_breakdown", price.breakdown(t, teamSize: s.teamSize, guests: s.guests))
      if t.annual { w.field("annual", true) }
      if t.guestsPerPerson > 0 {
        w.field("guests", t.guests(for: s.teamSize, stated: s.guests))
        if t.guestsEstimated(stated: s.guests) { w.field("guests_estimated", true) }
      }
      if let basis = t.basis {
        w.key("cost_basis")
        cited("note", basis.note, source: basis.source, to: &w)
      }
      w.endObject()
    }
    w.endArray()
    w.key("caution_sources")
    w.beginArray()
    for c in s.idea.cautions { cited("text", c.text, source: c.source, to: &w) }
    w.endArray()
    w.endObject()
  }

  static func dates(_ week: ServiceWeekCalendar.Week, to w: inout JSONWriter) {
    w.beginObject()
    w.field("start", week.start.description)
    w.field("end", week.end.description)
    w.endObject()
  }

  static func plan(_ p: WeekPlan, to w: inout JSONWriter) {
    w.beginObject()
    w.field("start", p.week.start.description)
    w.field("end", p.week.end.description)
    w.field("team_size", p.teamSize)
    w.key("budget")
    money(p.budgetMoney, to: &w)
    w.field("budget_assumed", p.budgetAssumed)
    w.key("total_cost")
    amount(p.totalCost, p.price, to: &w)
    w.field("total_value", p.totalValue)
    if p.lightWeek {
      w.field("light_week", true)
    }
    w.key("days")
    w.beginArray()
    for d in p.days {
      w.beginObject()
      w.field("date", d.date.description)
      w.field("weekday", d.date.weekday.name)
      w.field("theme", d.theme.rawValue)
      w.key("ideas")
      w.beginArray()
      for s in d.items { idea(s, p.price, to: &w) }
      w.endArray()
      w.endObject()
    }
    w.endArray()
    if let (idea, status) = p.missing {
      w.key("missing")
      named(idea.id, status, p.price, to: &w)
    }
    w.endObject()
  }
}
