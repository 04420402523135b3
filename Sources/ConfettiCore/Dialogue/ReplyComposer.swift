/// Writes the words of Confetti's replies.
///
/// The sentences of the conversation's answers come from here; a few are worded elsewhere: a
/// plan's total (``WeekPlan/totalSentence``), the problems of unreadable input
/// (``InputProblem``), and what the command line says of files it wrote. Hints (what to do next)
/// are worded by `hints`: the conversation's by default, the command line's for its commands.
struct ReplyComposer {
  let today: CivilDate
  var hints: any HintWording = ConversationHints()
  /// The catalogue whose idea names replies use for ids (the ideas left out).
  var catalogue: Catalogue = .builtin

  /// "I assumed a team of 10; tell me your team size for exact costs."
  var assumedTeamNote: String {
    let how = hints.words(for: .giveTeamSize)
    return "I assumed a team of \(Constraints.defaultTeamSize); \(how) for exact costs."
  }

  /// After "plus 5 more" with no team size said: "You hadn't said how many people, so I started
  /// from 10: that makes 15; tell me your team size if that's not right."
  func assumedTeamChanged(now: Int) -> String {
    "You hadn't said how many people, so I started from \(Constraints.defaultTeamSize): that makes \(now); "
      + "\(hints.words(for: .giveTeamSize)) if that's not right."
  }

  static let examples = [
    "ideas for 12 people under $300",
    "plan the week for 40 reps with 2k",
    "what about remote?",
    "tell me more about the house band",
    "when is CSW 2027?",
  ]

  // MARK: Constraints

  func budgetPhrase(_ c: Constraints) -> String? {
    if let pp = c.budgetPerPerson {
      let total = c.totalBudget.map { " (\(PriceFormatter(currency: pp.currency)($0)) in all)" } ?? ""
      return "at \(pp)/person\(total)"
    }
    if let b = c.budget {
      if b.amount == 0 { return "with no budget" }
      if let min = c.budgetMin { return "between \(min) and \(b)" }
      return "within \(b)"
    }
    if let min = c.budgetMin { return "at least \(min)" }
    return nil
  }

  /// How the context reads for one constraint slot ("for 40 people", "within $200", "remote",
  /// "with House Band on Friday"), or nil when it says nothing. The switch is exhaustive, so a new
  /// slot in the table is worded here or the build fails; slots worded together with another
  /// (a budget's minimum and per-person share, an idea's day) name that one as their ``owner(_:)``.
  func phrase(_ slot: SlotName, _ c: Constraints, idea: String? = nil) -> String? {
    switch slot {
    case .teamSize:
      return c.teamSize.map { "for \(people($0))" }
    case .budget: return budgetPhrase(c)
    case .audience: return c.audience.map { "for \($0.label)" }
    case .format: return c.format?.label
    case .theme: return c.theme.map { "\($0.label) theme" }
    case .kinds: return kindsPhrase(c)
    case .withoutKinds:
      return c.withoutKinds.isEmpty ? nil : "without " + c.withoutKinds.map(\.label).joined(separator: " or ")
    case .idea:
      let day = c.day.map { " on " + $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() } ?? ""
      return idea.map { "with \($0)\(day)" }
    case .year: return c.year.map { "in \($0)" }
    case .withoutIdeas:
      let names = c.withoutIdeas.map { catalogue.idea(id: $0)?.name ?? $0 }
      return names.isEmpty ? nil : "without " + names.joined(separator: " or ")
    case .budgetMin, .budgetPerPerson, .day, .ordinal, .filename, .overwrite: return nil
    }
  }

  /// The slot whose phrase speaks for `slot`: a budget's minimum and per-person share are worded
  /// with the budget, a day with its idea.
  func owner(_ slot: SlotName) -> SlotName {
    switch slot {
    case .budgetMin, .budgetPerPerson: return .budget
    case .day: return .idea
    default: return slot
    }
  }

  /// "for 12 people, within $300, for customers, remote", and the kinds unless `kinds` is false.
  /// The team size is always said (the assumed one when none was given); the year and the idea
  /// have their own lines.
  func summary(_ c: Constraints, kinds: Bool = true) -> String {
    var parts = [phrase(.teamSize, c) ?? "for \(Constraints.defaultTeamSize) people"]
    for slot in SlotName.constraints where owner(slot) == slot && ![.teamSize, .year, .idea].contains(slot) {
      if slot == .kinds && !kinds { continue }
      if let text = phrase(slot, c) { parts.append(text) }
    }
    if let text = needsPhrase(c) { parts.append(text) }
    if let text = guestsPhrase(c) { parts.append(text) }
    return parts.joined(separator: ", ")
  }

  /// "for a small business", or "nothing that needs the doors closed for a while"; nil when the
  /// team lacks nothing.
  func needsPhrase(_ c: Constraints) -> String? {
    if c.withoutNeeds.isEmpty { return nil }
    if c.isSmallBusiness { return "for a small business" }
    return "nothing that needs " + c.withoutNeeds.map(\.label).joined(separator: " or ")
  }

  /// "60 guests invited" when the person said how many guests come; nil otherwise.
  func guestsPhrase(_ c: Constraints) -> String? {
    c.guests.map { "\($0) \($0 == 1 ? "guest" : "guests") invited" }
  }

  /// "with food and music"
  func kindsPhrase(_ c: Constraints) -> String? {
    c.kinds.isEmpty ? nil : "with " + c.kinds.map(\.label).joined(separator: " and ")
  }

  /// "Now for 40 people, still within $200:" after a change.
  /// `idea` is the display name of the idea in the context, if any ("with House Band on Friday").
  func lead(changed: [SlotName], context c: Constraints, idea: String? = nil) -> String? {
    guard !changed.isEmpty else { return nil }
    let changed = Set(changed.map(owner))
    var now: [String] = []
    var still: [String] = []
    for slot in SlotName.constraints where owner(slot) == slot {
      if let text = phrase(slot, c, idea: idea) {
        if changed.contains(slot) { now.append(text) } else { still.append(text) }
      } else if changed.contains(slot), let cleared = cleared(slot) {
        now.append(cleared)
      }
    }
    guard !now.isEmpty else { return nil }
    var s = "Now " + now.joined(separator: ", ")
    if !still.isEmpty { s += ", still " + still.joined(separator: ", ") }
    return s + ":"
  }

  /// What a lead says of a constraint just taken away ("forget the budget", "any format").
  func cleared(_ slot: SlotName) -> String? {
    switch slot {
    case .budget: return "with no budget limit"
    case .format: return "in any format"
    default: return nil
    }
  }

  // MARK: Ideas

  /// What follows an idea's number in a list ("Cookout — Celebrate · employees · in
  /// person/hybrid"), composed once per idea (see ``ReplyFragments``).
  static func ideaHead(_ idea: Idea) -> String {
    let formats = idea.formats.map(\.label).joined(separator: "/")
    return "\(idea.name) — \(idea.theme.label) · \(idea.audience.label) · \(formats)"
  }

  /// An idea's summary line in a list: its first sentence and its citations.
  static func summaryLine(_ idea: Idea) -> String {
    "   " + firstSentence(idea.summary) + " (" + idea.sources.citations + ")"
  }

  /// "   $136 ($8/person × 12 + $40 = $136), simple tier: hot dogs"; "   Free, …" for nothing to pay.
  func costLine(_ s: Suggestion, _ f: PriceFormatter = PriceFormatter(currency: .usd)) -> String {
    // Appended piece by piece into one string (a line for every idea listed).
    var line = "   "
    line.reserveCapacity(160)
    let cost = s.cost
    if cost == 0 {
      line += "Free"
    } else {
      line += f(cost)
      if s.tier.annual { line += " a year, not from the week's budget" }
      line += " ("
      line += s.breakdown(f)
      line += ")"
    }
    line += ", "
    line += s.tier.name
    line += " tier: "
    line += s.tier.description
    return line
  }

  /// "12 people", "1 person".
  func people(_ n: Int) -> String { "\(n) \(n == 1 ? "person" : "people")" }

  /// "Cookout would need about $1,230 for 40 people": what an idea out of budget needs.
  func wouldNeed(_ s: Suggestion, _ needs: Double, _ f: PriceFormatter = PriceFormatter(currency: .usd))
    -> String
  {
    "\(s.idea.name) would need about \(f(needs)) for \(people(s.teamSize))"
  }

  /// What to say first about an idea asked for by name.
  func named(_ s: Suggestion, _ status: Suggester.NamedStatus, context c: Constraints) -> String? {
    switch status {
    case .fits:
      return nil
    case .overBudget(let needs):
      let f = PriceFormatter(currency: c.currency)
      let limit = Suggester.limit(c).map { ", more than your \(f($0))" } ?? ""
      return
        "\(wouldNeed(s, needs, f)) (\(s.tier.name) tier: \(s.breakdown(f)))\(limit). Closest ideas that fit:"
    case .unsuitable(let rule):
      return "\(s.idea.name) doesn't fit: \(because(rule, c)). Closest ideas that fit:"
    }
  }

  /// The caution for an idea asked for (named or described) that needs what the team lacks: the
  /// rules let it through rather than drop it, so the first such idea shown is the asked one.
  /// "Community Partnership needs time off the floor, which a small shop may not have; it is
  /// in the list because you asked for it." Nil when no idea shown needs what the team lacks.
  func askedCaution(_ shown: [Suggestion], context c: Constraints, placed: String) -> String? {
    guard !c.withoutNeeds.isEmpty,
      let (idea, lacking) = shown.lazy.map({ ($0.idea, Suggester.lacking($0.idea, c)) })
        .first(where: { !$0.1.isEmpty })
    else { return nil }
    let who = c.isSmallBusiness ? "which a small shop may not have" : "which you said you lack"
    let labels = lacking.map(\.label)
    let needs =
      labels.count == 1 ? labels[0] : labels.dropLast().joined(separator: ", ") + " and " + labels.last!
    return "\(idea.name) needs \(needs), \(who); it is \(placed) because you asked for it."
  }

  /// "it suits 10–2000 people, not 8", "it is for employees", "it works in person, not remote".
  func because(_ rule: Suggester.Rule, _ c: Constraints) -> String {
    switch rule {
    case .teamSize(let range):
      return "it suits \(range.lowerBound)–\(range.upperBound) people, not \(c.effectiveTeamSize)"
    case .audience(let a):
      return "it is for \(a.label)"
    case .format(let formats):
      let asked = c.format.map { ", not \($0.label)" } ?? ""
      return "it works \(formats.map(\.label).joined(separator: " or "))\(asked)"
    case .leftOut(let kind):
      return "it has \(kind.label), which you asked to leave out"
    case .leftOutByName:
      return "you asked to leave it out"
    case .needs(let need):
      return "it needs \(need.label)"
    }
  }

  /// What to say first when few or none of the ideas are of the kinds asked for: "Nothing
  /// with music fits: House Band is for employees. Other ideas that fit:".
  func kinds(_ coverage: Suggester.KindCoverage, shown: Int, context c: Constraints) -> String? {
    guard let phrase = kindsPhrase(c) else { return nil }
    if coverage.matching == 0 {
      var text = "Nothing \(phrase) fits"
      if let (s, status) = coverage.closest {
        switch status {
        case .fits: break
        case .overBudget(let needs):
          text += ": " + wouldNeed(s, needs)
        case .unsuitable(let rule):
          text += ": \(s.idea.name) doesn't fit, \(because(rule, c))"
        }
      }
      return text + ". Other ideas:"
    }
    guard coverage.matching < shown else { return nil }
    let count = coverage.matching == 1 ? "Only 1 idea" : "Only \(coverage.matching) ideas"
    return
      "\(count) \(phrase) \(coverage.matching == 1 ? "fits" : "fit"); the others follow your other choices."
  }

  func ideas(_ page: Answer.IdeasPage, context c: Constraints, lead: String?) -> Reply {
    let (shown, nearest, offset, total, named, coverage) = (
      page.shown, page.nearest, page.offset, page.total, page.named, page.kinds
    )
    var r = Reply()
    if !page.missing.isEmpty {
      let words = page.missing.map { "\u{201C}\($0)\u{201D}" }.joined(separator: " or ")
      r.heading("The catalogue has no idea for \(words); these are the closest it has.")
    }
    if !page.leftOutAbsent.isEmpty {
      let words = page.leftOutAbsent.map { "\u{201C}\($0)\u{201D}" }.joined(separator: " or ")
      r.heading("No idea in the catalogue involves \(words), so there is nothing to leave out.")
    }
    if let named, let text = self.named(named.suggestion, named.status, context: c) { r.heading(text) }
    if nearest {
      r.heading("Nothing fits \(summary(c)).")
      if shown.isEmpty {
        let retry = hints.words(for: .tryOtherConstraints)
        r.plain("No idea in the catalogue suits that team size, audience and format. \(retry)")
        return r
      }
      let n = c.effectiveTeamSize
      if !shown[0].idea.teamSize.contains(n) {
        let range = shown[0].idea.teamSize
        let size = n > range.upperBound ? "up to \(range.upperBound)" : "\(range.lowerBound) or more"
        r.plain(
          "No idea suits \(n) people; the nearest suit \(size) people, so split the team into groups "
            + "(costs below are for all \(n)):")
      } else {
        let cheapest = shown[0].cost
        r.plain(
          "The nearest options; a budget of \(PriceFormatter(currency: c.currency)(cheapest)) would allow the first:"
        )
      }
    } else if shown.isEmpty {
      r.heading("No ideas fit \(summary(c)).")
      return r
    } else {
      if let lead { r.heading(lead) }
      if offset == 0, named == nil || named?.status == .fits, let coverage,
        let text = kinds(coverage, shown: shown.count, context: c)
      {
        r.heading(text)
      }
      let range =
        offset == 0 && shown.count == total ? "" : " (\(offset + 1)–\(offset + shown.count) of \(total))"
      let summary = self.summary(c, kinds: coverage.map { $0.matching > 0 } ?? true)
      r.heading("\(shown.count == 1 ? "1 idea" : "\(shown.count) ideas") \(summary)\(range):")
      if let text = askedCaution(shown, context: c, placed: "in the list") { r.plain(text) }
    }
    for (i, s) in shown.enumerated() {
      let lines = ReplyFragments.of(s.idea)
      r.item("\(offset + i + 1). " + lines.head)
      r.detail(costLine(s, PriceFormatter(currency: c.currency)))
      r.detail(lines.summary)
    }
    if c.teamSize == nil {
      r.note(assumedTeamNote)
    }
    if let note = PriceFormatter(currency: c.currency).note { r.note(note) }
    r.note("Costs are Confetti's own estimates. " + hints.words(for: .seeMore))
    return r
  }

  /// The first sentence of `text`: up to the first ". " after 40 bytes, found in the UTF-8.
  static func firstSentence(_ text: String) -> String {
    var copy = text
    let offset = copy.withUTF8 { bytes -> Int in
      var i = 41
      while i < bytes.count {
        if bytes[i] == UInt8(ascii: " ") && bytes[i - 1] == UInt8(ascii: ".") { return i }
        i += 1
      }
      return 0
    }
    guard offset > 0 else { return text }
    return String(text.utf8.prefix(offset))!
  }

  /// A fact as people read it: its text and a short citation.
  func cited(_ f: Fact) -> String { "\(f.text) (\(f.source.citation))" }

  // MARK: Plan

  func plan(_ p: WeekPlan, context c: Constraints, lead: String?) -> Reply {
    var r = Reply()
    if let lead { r.heading(lead) }
    let budget =
      p.budgetAssumed
      ? "no budget given, so a moderate \(Money.usd(WeekPlanner.moderatePerPerson))/person (\(Money.usd(p.budget)))"
      : "budget \(p.budgetMoney)"
    // The kinds asked for steer each day's choice; the days keep their themes.
    let kinds =
      (phrase(.kinds, c).map { ", \($0) where the day allows" } ?? "")
      + (phrase(.withoutKinds, c).map { ", \($0)" } ?? "")
      + (needsPhrase(c).map { ", \($0)" } ?? "")
      + (guestsPhrase(c).map { ", \($0)" } ?? "")
    r.heading(
      "Customer Service Week \(p.week.start.year) (\(p.week.span)) for \(p.teamSize) people, \(budget)\(kinds):"
    )
    if p.lightWeek {
      r.plain(
        "A light week for a small team: one short item a day, about a lunch break's worth, and nothing "
          + "that needs the doors closed or hours off the floor; \(hints.words(for: .fullerWeek)) for a fuller week."
      )
    }
    for day in p.days {
      let label = "\(day.date.weekday.name) \(day.date.monthDay) — \(day.theme.label)"
      if day.items.isEmpty {
        r.item("\(label): no idea fits this day within the budget and filters.")
        continue
      }
      r.item("\(label):")
      for s in day.items {
        let price = s.cost == 0 ? "free" : "\(p.price(s.cost)) (\(s.breakdown(p.price)))"
        r.detail("   • \(s.idea.name), \(s.tier.name) tier: \(price)")
      }
    }
    r.plain(p.totalSentence)
    for line in p.yearRoundLines { r.note(line) }
    if p.week.end < today {
      // The year came from the conversation ("no money this year"); the week may be over.
      let next = ServiceWeekCalendar.next(after: today).start.year
      let ask = hints.words(for: .planYear(next))
      r.note("That week is over (today is \(today.monthDay), \(today.year)): \(ask) for the next one.")
    }
    if let text = askedCaution(p.days.flatMap(\.items), context: c, placed: "in the plan") {
      r.note(text)
    }
    if let (idea, status) = p.missing {
      switch status {
      case .overBudget(let needs):
        r.note("\(idea.name) would need about \(p.price(needs)) on its own, so it isn't in this plan.")
      case .unsuitable(let rule):
        r.note("\(idea.name) isn't in this plan: \(because(rule, c)).")
      case .fits:
        break
      }
    }
    if c.teamSize == nil {
      r.note(assumedTeamNote)
    }
    if p.days.contains(where: { $0.items.contains { !$0.idea.cautions.isEmpty } }) {
      let ask = hints.words(for: .askDetails)
      r.note("Mind the cautions: \(ask) \"tell me more about …\" for any idea.")
    }
    let costs = "Costs are Confetti's own estimates. " + hints.words(for: .savePlan)
    r.note(p.framework.map { "Day themes from a five-day framework (\($0.citation)). " + costs } ?? costs)
    return r
  }

  /// "A cheaper plan, within $1,125 (three quarters of the last plan's $1,500):"
  func cheaperPlanLead(ceiling: Money, previous: Double, _ f: PriceFormatter) -> String {
    "A cheaper plan, within \(ceiling) (three quarters of the last plan's \(f(previous))):"
  }

  func planAlreadyFree() -> Reply {
    Reply(
      "That plan costs nothing already; nothing is cheaper than free. Change the team, format or days instead."
    )
  }

  // MARK: Details

  /// An idea just described, priced again for another team size ("what would that cost for all 18?"):
  /// the cost lines only, as the rest was just shown.
  func repriced(_ s: Suggestion, budget: Double?, currency: Money.Currency = .usd) -> Reply {
    var r = Reply()
    r.heading("\(s.idea.name) for \(s.teamSize) people (Confetti's estimate):")
    tierLines(s, budget: budget, PriceFormatter(currency: currency), into: &r)
    return r
  }

  func details(_ s: Suggestion, budget: Double?, assumedTeamSize: Bool, currency: Money.Currency = .usd)
    -> Reply
  {
    let f = PriceFormatter(currency: currency)
    let idea = s.idea
    var r = Reply()
    r.heading(
      "\(idea.name) — \(idea.theme.label) · \(idea.audience.label) · \(idea.formats.map(\.label).joined(separator: "/"))"
    )
    r.plain(idea.summary)
    r.item("Steps:")
    for (i, step) in idea.steps.enumerated() { r.detail("   \(i + 1). \(step)") }
    r.item("Cost for \(s.teamSize) people (Confetti's estimate):")
    tierLines(s, budget: budget, f, into: &r)
    if !idea.prep.isEmpty { r.detail("Prep: \(idea.prep)") }
    if !idea.cautions.isEmpty {
      r.item("Cautions:")
      for c in idea.cautions { r.detail("   ! \(c.text) (\(c.source.citation))") }
    }
    let label = idea.sources.count == 1 ? "Source" : "Sources"
    r.note("\(label): " + idea.sources.map(\.reference).joined(separator: "; "))
    if assumedTeamSize {
      r.note(assumedTeamNote)
    }
    return r
  }

  /// Where an idea comes from: each source's title, publisher, year and link.
  /// What to watch out for with an idea, each caution with its source; or that none is on record.
  func cautions(of idea: Idea) -> Reply {
    var r = Reply()
    guard !idea.cautions.isEmpty else {
      r.plain("Confetti has no cautions on record for \(idea.name).")
      return r
    }
    r.heading("What to watch out for with \(idea.name):")
    for c in idea.cautions { r.detail("   ! \(c.text) (\(c.source.citation))") }
    return r
  }

  func sources(of idea: Idea) -> Reply {
    var r = Reply()
    r.heading("\(idea.name) comes from:")
    for source in idea.sources {
      r.item("• \(source.reference)")
      if let url = source.url { r.detail("  \(url)") }
    }
    r.note("Costs and tiers are Confetti's own estimates, not from these sources.")
    return r
  }

  /// Each tier's cost for the suggestion's team, and a note when the team is outside the idea's sizes.
  private func tierLines(_ s: Suggestion, budget: Double?, _ f: PriceFormatter, into r: inout Reply) {
    let idea = s.idea
    for tier in idea.tiers {
      let cost = tier.weekCost(for: s.teamSize, guests: s.guests)
      let fits =
        tier.annual
        ? " — a year's cost, not from the week's budget"
        : budget.map { cost <= $0 + 1e-9 ? "" : " — over your \(f($0))" } ?? ""
      let price = tier.isFree ? "free" : f.breakdown(tier, teamSize: s.teamSize, guests: s.guests)
      r.detail("   • \(tier.name): \(price)\(fits). \(tier.description)")
      if let basis = tier.basis { r.detail("     Cost basis: \(basis.note) (\(basis.source.citation))") }
    }
    if let note = f.note { r.note(note) }
    if !idea.teamSize.contains(s.teamSize) {
      r.note("Note: this idea suits \(idea.teamSize.lowerBound)–\(idea.teamSize.upperBound) people.")
    }
  }

  // MARK: Facts

  /// The facts on `topics`, each with its citation; a theme question for a year answers with
  /// that year's theme, or says which years' themes are known.
  func facts(about topics: [FactTopic], year: Int?, catalogue: Catalogue) -> Reply {
    var r = Reply()
    for topic in topics {
      var facts = catalogue.facts.filter { $0.topic == topic }
      if topic == .theme {
        let years = facts.compactMap(\.year)
        let y = year ?? today.year
        let forYear = facts.filter { $0.year == y }
        if !forYear.isEmpty {
          facts = forYear
        } else {
          let known = Array(Set(years)).sorted().map(String.init).joined(separator: ", ")
          r.plain("I don't have a sourced theme for \(y); the themes I know are for \(known).")
          facts = facts.filter { $0.year == years.max() || $0.year == nil }
        }
      }
      for f in facts { r.plain(cited(f)) }
    }
    if r.lines.isEmpty { r.plain("I don't have a sourced answer to that.") }
    return r
  }

  // MARK: Dates

  /// The dates of the week; with `countdown`, how many days are left until it starts.
  func dates(year: Int?, week: ServiceWeekCalendar.Week?, catalogue: Catalogue, countdown: Bool = false)
    -> Reply
  {
    var r = Reply()
    guard let week else {
      let y = year ?? today.year
      r.plain(
        "Customer Service Week became a national event in \(ServiceWeekCalendar.firstNationalYear), so there is no "
          + "official week for \(y). It was established by the ICSA in \(ServiceWeekCalendar.establishedYear)."
      )
      if let f = catalogue.fact(id: "csw-national-1992") {
        r.note(cited(f))
      }
      return r
    }
    let y = week.start.year
    let verb: String
    if week.end < today {
      verb = "was"
    } else if week.start > today {
      verb = "is"
    } else {
      verb = "is this week:"
    }
    r.plain(
      "Customer Service Week \(y) \(verb) Monday \(week.start.monthDay) to Friday \(week.end.monthDay), \(y)."
    )
    if countdown && week.start > today {
      let days = week.start.daysSinceEpoch - today.daysSinceEpoch
      r.plain("That's \(days) day\(days == 1 ? "" : "s") from today (\(today.monthDay), \(today.year)).")
    }
    r.note("It is the first full Monday–Friday week of October.")
    if let f = catalogue.fact(id: "csw-created") {
      r.note(cited(f))
    }
    if let f = catalogue.fact(id: "csw-national-1992") {
      r.note(cited(f))
    }
    return r
  }

  // MARK: Export

  /// Why an export name cannot be honoured, and what would work.
  func exportRefused(_ refusal: ExportName.Refusal, name: String) -> Reply {
    let shown = name.contains(" ") ? "\"\(name)\"" : name
    switch refusal {
    case .unsupportedExtension(let ext):
      return Reply(
        "I can only save the plan as Markdown (.md, .markdown or .txt) or a calendar (.ics), not .\(ext), so I didn't write \(shown). "
          + "Try \"export the plan to plan.md\"; most editors and converters open Markdown.")
    case .unsupportedFormat(let ext):
      return Reply(
        "I can only save the plan as Markdown (.md, .markdown or .txt) or a calendar (.ics), not as .\(ext), so I didn't write a file. "
          + "Try \"export the plan to plan.md\"; most editors and converters open Markdown.")
    case .outsideFolder:
      return Reply(
        "I only save plans inside the current folder or in a folder of yours given as a full path, so I didn't "
          + "write \(shown) (it climbs out with \"..\").")
    case .folder:
      return Reply("\(shown) is a folder; give a file name too, like \"export the plan to plan.md\".")
    case .empty:
      return Reply("That file name is empty; try \"export the plan to plan.md\".")
    }
  }

  /// The plan is ready to save (a front end that writes the file says where it went instead).
  func exportReady(_ r: ExportRequest) -> Reply {
    Reply(
      "Here is the plan for \(r.span) as \(r.format == .calendar ? "a calendar" : "Markdown"), for \(r.path)."
    )
  }

  // MARK: Small talk

  func greeting() -> Reply {
    Reply(
      "Hi! I help you plan Customer Service Week and year-round appreciation. Try \"ideas for 12 people under $300\"."
    )
  }

  func thanks() -> Reply { Reply("You're welcome! Anything else for your team's week?") }

  func goodbye() -> Reply { Reply("Bye, and happy Customer Service Week!") }

  func startOver() -> Reply {
    Reply("Starting over: no team size, budget or other constraints now. What would you like to plan?")
  }

  // MARK: Follow-ups that cannot be answered as asked

  /// "more" past the last page.
  func endOfList(total: Int) -> Reply {
    total == 0
      ? Reply("Nothing fits these constraints yet. Try a bigger budget or fewer filters.")
      : Reply(hints.words(for: .endOfList(total: total)))
  }

  /// "cheaper" when every idea shown is free.
  func allFree() -> Reply {
    Reply("The ideas shown are all free already; nothing is cheaper than free. Say \"more\" for other ideas.")
  }

  /// "Cheaper than $136 for 12 people:"
  func freeOnesLead() -> String { "The ideas that cost nothing:" }

  /// "The least costly of the 84 ideas that fit:" before that idea's details; when several cost
  /// nothing, "12 of the 84 ideas that fit cost nothing; the first of them:".
  func priceExtremeLead(cheapest: Bool, of count: Int, free: Int) -> Reply {
    if count == 1 { return Reply("The only idea that fits:") }
    if cheapest && free > 1 {
      return Reply(
        "\(free) of the \(count) ideas that fit cost nothing; the first of them:")
    }
    return Reply("The \(cheapest ? "least" : "most") costly of the \(count) ideas that fit:")
  }

  /// What a plan comes to, day by day: "The week comes to $640 of $700 for 15 people:".
  func planTotal(_ p: WeekPlan) -> Reply {
    var r = Reply()
    r.heading(
      "The week of \(p.week.span) comes to \(p.price(p.totalCost)) of \(p.budgetMoney) for \(p.teamSize) people:"
    )
    for day in p.days {
      let names = day.items.map(\.idea.name).joined(separator: ", ")
      let cost = day.cost == 0 ? "free" : p.price(day.cost)
      r.item("\(day.date.weekday.name): \(cost)" + (names.isEmpty ? "" : " (\(names))"))
    }
    let left = p.budget - p.totalCost
    if !p.budgetAssumed, left >= 0.005 {
      r.plain("\(p.price(left)) of the budget is left.")
    } else if !p.budgetAssumed {
      r.plain("The whole budget is spent.")
    }
    if let note = p.price.note { r.note(note) }
    return r
  }

  func cheaperLead(ceiling: Double, context c: Constraints) -> String {
    "Cheaper than \(PriceFormatter(currency: c.currency)(ceiling)) for \(c.effectiveTeamSize) people:"
  }

  /// "#7" when the labels shown are `shown` (nil: nothing shown yet).
  func noSuchNumber(shown: ClosedRange<Int>?) -> Reply {
    guard let shown else {
      return Reply(
        "I haven't shown any ideas yet. Ask for ideas first, or name one: \"tell me more about the cookout\"."
      )
    }
    let labels =
      shown.count == 1 ? "idea \(shown.lowerBound)" : "ideas \(shown.lowerBound) to \(shown.upperBound)"
    return Reply("I showed \(labels); pick one of those numbers.")
  }

  /// Which idea was meant: one of `candidates` when the words fit a few, or how to name one.
  func whichIdea(among candidates: [Idea] = []) -> Reply {
    guard candidates.count > 1 else {
      return Reply("Which idea? Name it (\"tell me more about the house band\") or give its number (\"#2\").")
    }
    let names = candidates.map(\.name)
    let list = names.dropLast().joined(separator: ", ") + " or " + names.last!
    return Reply("Which one: \(list)? Say \"tell me more about the \(names[0].lowercased())\", for example.")
  }

  func noPlanToExport() -> Reply {
    Reply("There's no plan to export yet. Ask me to \"plan the week\" first.")
  }

  func help() -> Reply {
    var r = Reply()
    r.heading("I help customer-service teams plan Customer Service Week and year-round appreciation.")
    r.plain(
      "I suggest costed ideas that fit your team size, budget, audience and format, plan the whole week")
    r.plain("(Educate, Activate, Co-Create, Celebrate), explain any idea, and tell you the dates. Try:")
    for e in ReplyComposer.examples { r.item("  \(e)") }
    r.note("Follow-ups work too: \"more\", \"cheaper\", \"#2\", \"make it $500\", \"start over\".")
    return r
  }

  /// The question back for a reading Confetti will not plan on.
  func clarify(_ c: Clarification) -> Reply {
    var r = Reply()
    switch c {
    case .currency(let m):
      r.plain(
        "Confetti plans in US dollars, pounds and euros, and its cost estimates are in US dollars; "
          + "I won't guess an exchange rate for \(m) (\(m.currency.name)).")
      r.plain(
        "How much is that in dollars, pounds or euros? For example: \"under $40\" or \"under €35\".")
    case .negativeBudget(let m):
      r.plain("A budget of \(m) is below zero, so I can't plan with it.")
      r.plain("What can you spend? For example \"under $300\", or \"no budget\" for free ideas only.")
    case .noPeople:
      r.plain(
        "0 people leaves no one to celebrate. How many people are on the team? For example \"for 12 people\"."
      )
    case .teamTooLarge(let n):
      let most = TeamSizeGrammar.range.upperBound
      r.plain(
        "A team of \(Money.format(Double(n))) people is more than I plan for: teams of 1 to "
          + "\(Money.format(Double(most))) people.")
      r.plain("How many people will take part? For example \"for 40 people\".")
    case .amountOrTeam(let m):
      let count = Money.format(m.amount)
      r.plain("Is \(count) the number of people or the budget?")
      r.plain("Say \"people\" or \"budget\", or \"\(count) people\" or \"\(m)\".")
    }
    return r
  }

  func outOfScope() -> Reply {
    var r = Reply()
    r.plain(
      "I'm not sure I can help with that. I plan Customer Service Week and year-round appreciation for service teams."
    )
    r.plain(
      "Try \"ideas for 12 people under $300\", \"plan the week for 40 reps with 2k\" or \"when is CSW 2027?\"."
    )
    return r
  }
}
