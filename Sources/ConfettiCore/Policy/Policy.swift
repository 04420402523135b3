/// Chooses what to do with a line: one ordered table of named rules (state + frame → action), read
/// top to bottom, the first that applies wins, as in Rasa's rule policy. Every reading that depends
/// on what came before lives here and nowhere else: a price after an idea's details, a year after
/// the dates, "overwrite it" after a refused export, "#2" after a list, an amount after a budget.
/// The rules at the bottom take the line's intent as understanding found it.
///
/// ```swift
/// let (rule, action) = Policy.decide(state, frame)
/// rule.name  // "number_after_list" for "how would #1 work" after a list
/// ```
public enum Policy {
  /// The intents whose answer plans or searches, which a misleading budget or team stops.
  static let planning: Set<Intent> = [.suggestIdeas, .refine, .planWeek, .cheaper, .ideaDetails]
  /// The intents a line that changes constraints or content can carry.
  static let searching: Set<Intent> = [.suggestIdeas, .refine, .more, .cheaper, .ideaDetails, .outOfScope]

  /// A number said alone after a search for a stated team with no budget in force ("let's say 750",
  /// "what if we had 450"): the line speaks of a change and states nothing else of the kind.
  static func bareAmountAfterTeam(_ s: DialogueState, _ f: Frame) -> Double? {
    guard s.search != nil, s.constraints.teamSize != nil, s.constraints.budget == nil,
      s.constraints.budgetPerPerson == nil, !f.statesBudget, f.teamSize == nil, f.looseNumbers.count == 1,
      f.ordinal == nil, f.speaksOfChange, f.looseNumbers[0] > 0,
      [.refine, .outOfScope, .suggestIdeas, .more, .cheaper, .planWeek].contains(f.intent)
    else { return nil }
    return f.looseNumbers[0]
  }

  /// True when `n` could as well be a head count for the team in force: a whole number no more than
  /// four times its size.
  static func couldBeHeadCount(_ n: Double, _ s: DialogueState) -> Bool {
    n == n.rounded() && n <= Double(4 * s.constraints.effectiveTeamSize)
      && TeamSizeGrammar.range.contains(Int(n))
  }

  /// The rules, in order.
  public static let rules: [Rule] = [
    // A budget in rupees, below zero, or a team of 0: ask, and change nothing, rather than mislead.
    Rule("clarify") { _, f in
      guard planning.contains(f.intent) else { return nil }
      return Clarification.needed(for: f.slots, entities: f.understanding.entities).map { .clarify($0) }
    },
    // "where does that come from?" after an idea, "where does the first one come from?" after a list:
    // that idea's citations.
    Rule("sources_of_focus") { s, f in
      guard f.asksSources, f.intent == .ideaSources || f.intent == .ideaDetails || f.intent == .outOfScope,
        s.focus != nil || !s.shown.isEmpty || f.namedIdea != nil
      else { return nil }
      return .sources(sourcesReference(s, f))
    },
    // "anything to watch out for with that?", "what are the risks with the second one": that idea's
    // cautions.
    Rule("cautions_of_focus") { s, f in
      guard f.asksCautions, s.focus != nil || !s.shown.isEmpty || f.namedIdea != nil,
        [.ideaDetails, .outOfScope, .refine, .suggestIdeas, .ideaSources].contains(f.intent),
        !f.edits.contains(where: { $0.isNewContent || !$0.isContent })
      else { return nil }
      return .cautions(sourcesReference(s, f))
    },
    // Right after an idea's details, a price for a team ("what would that cost for all 18?") is that
    // idea's price for them.
    Rule("price_after_details") { s, f in
      guard [.details, .ideas, .sources].contains(s.last), s.focus != nil, f.asksPrice, f.teamSize != nil,
        f.ordinal == nil,
        !f.understanding.entities.contains(where: { $0.slot.isContent || $0.slot == .budget })
      else { return nil }
      return .details(.focus)
    },
    // Right after an idea's details or sources, a price asked with no team ("and what would it set us
    // back?") is that idea's price, whatever the classifier made of the words.
    Rule("price_of_focus") { s, f in
      guard [.details, .sources].contains(s.last), s.focus != nil, f.asksPrice, f.teamSize == nil,
        f.ordinal == nil, [.outOfScope, .ideaDetails, .refine].contains(f.intent),
        !f.understanding.entities.contains(where: { $0.slot.isContent || $0.slot == .budget })
      else { return nil }
      return .details(.focus)
    },
    // "and the one after that?", "the year before?" right after the dates: counted from the year shown.
    Rule("year_step_after_dates") { s, f in
      guard case .dates(let shown) = s.last, let step = f.yearStep, f.intent != .planWeek,
        !f.edits.contains(where: { if case .year = $0 { return false } else { return true } })
      else { return nil }
      return .dates(year: shown + step)
    },
    // "and 2030?" right after the dates: that year's dates.
    Rule("year_after_dates") { s, f in
      guard case .dates = s.last, let y = f.year ?? f.pastYear, f.intent != .planWeek,
        !f.edits.contains(where: { if case .year = $0 { return false } else { return true } })
      else { return nil }
      return .dates(year: y)
    },
    // "overwrite it" right after an export (refused because the file exists): that file, replaced.
    Rule("overwrite_after_refused_export") { s, f in
      guard case .exported = s.last, f.overwrite, f.intent != .planWeek else { return nil }
      return .export(overwrite: true)
    },
    // "get rid of the second one", "remove number 4" after a list or a plan: that idea, left out.
    Rule("leave_out_number") { s, f in
      guard let n = f.ordinal, f.dropsNumbered, s.search != nil, let idea = s.idea(numbered: n),
        !f.edits.contains(where: \.isNewContent)
      else { return nil }
      return .refine(extra: [.idea(idea.id, .excluded)])
    },
    // "which is the cheapest?", "and the most expensive one?" after a list: that idea's details.
    Rule("price_extreme_of_list") { s, f in
      guard s.search == .ideas, !s.ranked.isEmpty, let which = f.priceExtreme, f.ordinal == nil,
        f.namedIdea == nil, f.edits.isEmpty
      else { return nil }
      return .details(which)
    },
    // "how much is the whole thing?", "what does that all come to?", "anything left over?" after a plan:
    // its total by day, and what is left of the budget.
    Rule("price_of_plan") { s, f in
      guard s.last == .plan, s.plan != nil, f.asksPrice || f.asksBudgetLeft, f.edits.isEmpty,
        f.ordinal == nil,
        f.namedIdea == nil,
        f.namedByWord == nil, f.intent != .planWeek || f.teamSize == nil
      else { return nil }
      return .planTotal
    },
    // "#2", "how would #1 work" after a list or a plan: that idea's details.
    Rule("number_after_list") { s, f in
      guard let n = f.ordinal, !s.shown.isEmpty || !s.ranked.isEmpty,
        [.ideaDetails, .suggestIdeas, .refine, .more, .outOfScope, .planWeek].contains(f.intent),
        !f.edits.contains(where: \.isNewContent)
      else { return nil }
      return .details(.number(n))
    },
    // "skip the cookout", "everything except bingo", "put the raffle back": a change to the search,
    // whatever else the words looked like (never the details of the idea left out).
    Rule("leave_out") { s, f in
      guard f.leavesOut, searching.contains(f.intent) || f.intent == .planWeek,
        f.intent != .outOfScope || s.search != nil,
        !f.edits.contains(where: { if case .idea(_, .wanted) = $0 { return true } else { return false } })
      else { return nil }
      if f.intent == .planWeek { return .plan }
      // A new request with its own team or budget ("ideas for 12 without food") is a search.
      if s.search == nil || (f.intent == .suggestIdeas && (f.teamSize != nil || f.statesBudget)) {
        return .search
      }
      return .refine(extra: [])
    },
    // A day for an idea after a plan ("what about a house band on friday") changes the plan.
    Rule("day_after_plan") { s, f in
      guard s.search == .plan, [.ideaDetails, .suggestIdeas].contains(f.intent),
        f.edits.contains(where: { if case .day = $0 { return true } else { return false } })
      else { return nil }
      return .refine(extra: [])
    },
    // "what if it dropped to 200" with a budget in force: the amount is the new budget, in its currency.
    Rule("amount_after_budget") { s, f in
      guard s.search != nil, s.constraints.budget != nil || s.constraints.budgetPerPerson != nil,
        !f.statesBudget, f.teamSize == nil, f.looseNumbers.count == 1, f.ordinal == nil,
        [.refine, .outOfScope, .suggestIdeas, .more, .cheaper, .planWeek].contains(f.intent), f.speaksOfChange
      else { return nil }
      let amount = Edit.Amount(f.looseNumbers[0], currency: nil)
      let edit: Edit =
        s.constraints.budget == nil ? .budget(.perPerson(amount)) : .budget(.total(amount))
      return .refine(extra: [edit])
    },
    // "let's say 750" after a request for 18 people and no budget: an amount far above a head count
    // is the budget, in the currency the person speaks.
    Rule("amount_after_team") { s, f in
      guard let n = bareAmountAfterTeam(s, f), !couldBeHeadCount(n, s) else { return nil }
      return .refine(extra: [.budget(.total(Edit.Amount(n, currency: nil)))])
    },
    // "make it 40" after a request for 30 people and no budget: people or money? Ask.
    Rule("amount_or_team") { s, f in
      guard let n = bareAmountAfterTeam(s, f), couldBeHeadCount(n, s) else { return nil }
      return .clarify(.amountOrTeam(Money(amount: n, currency: s.constraints.currency)))
    },
    // "people" or "the budget" right after that question: the number, read as said.
    Rule("answer_amount_or_team") { s, f in
      guard case .clarified(.amountOrTeam(let m)) = s.last, let reading = f.amountReading,
        f.teamSize == nil, !f.statesBudget, f.looseNumbers.allSatisfy({ $0 == m.amount })
      else { return nil }
      switch reading {
      case .people:
        return .refine(extra: [.teamSize(.set(Int(m.amount)))])
      case .money(let currency):
        return .refine(extra: [.budget(.total(Edit.Amount(m.amount, currency: currency)))])
      }
    },
    // "which of those are free?" after a list: the free ones of the same search.
    Rule("free_ones_after_list") { s, f in
      // The "free" of the line reads as a budget of nothing; nothing else may be said.
      let onlyFree = f.edits.allSatisfy {
        if case .budget(.total(let a)) = $0 { return a.value == 0 } else { return false }
      }
      guard s.search == .ideas, f.asksForFreeOnes, onlyFree else { return nil }
      return .onlyFree
    },
    // "what's the compliment thing", "the playlist one, how's that run?": a word that names one idea,
    // asked about, is that idea's details.
    Rule("details_by_name_word") { s, f in
      guard let id = f.namedByWord, f.asksAbout, f.namedIdea == nil, f.ordinal == nil,
        f.intent != .outOfScope || s.search != nil,
        [.outOfScope, .refine, .suggestIdeas, .ideaDetails, .more].contains(f.intent),
        !f.edits.contains(where: { if case .teamSize = $0 { return true } else { return false } })
      else { return nil }
      return .details(.named(id))
    },
    // "skip it", "not that one" after an idea was described or a list shown: leave that idea out.
    Rule("leave_out_focus") { s, f in
      guard f.dropsFocus, let idea = s.focus, s.search != nil, f.namedIdea == nil, f.ordinal == nil else {
        return nil
      }
      return .refine(extra: [.idea(idea.id, .excluded)])
    },
    // "show a couple more" after a list, whatever the classifier made of the words.
    Rule("more_after_list") { s, f in
      guard s.search == .ideas, f.intent == .outOfScope, f.asksMore, f.edits.isEmpty else { return nil }
      return .more
    },
    // A change of constraints after a search ("plus 6 from sales", "under $15 a person", "hybrid, by
    // the way") that the words alone could not place: a change to that search.
    Rule("edit_after_search") { s, f in
      guard s.search != nil, f.intent == .outOfScope, !f.edits.isEmpty,
        f.understanding.method != .unknownWords, f.understanding.method != .otherOccasion,
        // Content alone leans on the search only when all its words are the catalogue's ("a good
        // pizza place downtown" is no follow-up).
        !f.edits.contains(where: \.isNewContent) || f.understanding.carriesContent
          || f.edits.contains(where: { !$0.isNewContent && !$0.isContent }),
        !f.asksSomethingElse
      else { return nil }
      return .refine(extra: [])
    },
    // "we can't have any gambling" after a search: nothing of the catalogue to leave out, which the
    // answer says, with the same search.
    Rule("leave_out_absent") { s, f in
      guard s.search != nil, !f.leftOutAbsent.isEmpty, f.edits.isEmpty,
        [.outOfScope, .refine, .suggestIdeas].contains(f.intent)
      else { return nil }
      return .refine(extra: [])
    },
    // "what about a bouncy castle" after a search: an activity put forward that the catalogue lacks
    // changes the search (the answer says it has no such idea and offers the closest).
    Rule("unknown_activity_after_search") { s, f in
      guard s.search != nil, f.intent == .outOfScope || f.intent == .ideaDetails, f.understanding.proposes,
        !f.missing.isEmpty, f.namedIdea == nil, f.ordinal == nil, f.understanding.method != .otherOccasion
      else { return nil }
      return .refine(extra: [])
    },
    // "More" that names an idea or a kind ("food please", "more music ones") asks for that.
    Rule("more_with_content") { s, f in
      guard f.intent == .more, f.edits.contains(where: \.isNewContent) || f.statesConstraints else {
        return nil
      }
      return s.search == nil ? .search : .refine(extra: [])
    },
    // Content with no group after a search ("music", "something musical"): the group is the search's.
    Rule("content_after_search") { s, f in
      guard f.intent == .outOfScope, f.understanding.carriesContent, s.search != nil else { return nil }
      return .refine(extra: [])
    },
    // A follow-up with nothing before it is a first request ("we've got $2k and 25 people").
    Rule("follow_up_first") { s, f in
      guard f.intent == .refine, s.search == nil else { return nil }
      // A change of nothing, with nothing before it ("add up 8 and 7"), is no request.
      return f.statesConstraints ? .search : .refuse
    },
    Rule("suggest_ideas") { _, f in f.intent == .suggestIdeas ? .search : nil },
    Rule("refine") { _, f in f.intent == .refine ? .refine(extra: []) : nil },
    Rule("plan_week") { _, f in f.intent == .planWeek ? .plan : nil },
    Rule("more") { _, f in f.intent == .more ? .more : nil },
    Rule("cheaper") { _, f in f.intent == .cheaper ? .cheaper : nil },
    Rule("idea_details") { s, f in
      guard f.intent == .ideaDetails else { return nil }
      if let id = f.namedIdea { return .details(.named(id)) }
      if let n = f.ordinal { return .details(.number(n)) }
      if s.shown.count == 1 || f.understanding.refersToLast { return .details(.lastShown) }
      // No idea said right after one was described: the same idea (priced again for a team said).
      if s.last == .details && s.focus != nil { return .details(.focus) }
      return .details(.unclear)
    },
    Rule("idea_sources") { s, f in
      f.intent == .ideaSources && f.asksSources ? .sources(sourcesReference(s, f)) : nil
    },
    Rule("event_date") { _, f in f.intent == .eventDate ? .dates(year: f.year ?? f.pastYear) : nil },
    Rule("export_plan") { _, f in f.intent == .exportPlan ? .export(overwrite: f.overwrite) : nil },
    Rule("help") { _, f in f.intent == .help ? .help : nil },
    Rule("greet") { _, f in f.intent == .greet ? .greet : nil },
    Rule("thanks") { _, f in f.intent == .thanks ? .thanks : nil },
    Rule("goodbye") { _, f in f.intent == .goodbye ? .goodbye : nil },
    Rule("reset") { _, f in f.intent == .reset ? .reset : nil },
    Rule("out_of_scope") { _, _ in .refuse },
  ]

  /// The idea whose sources a line asks: named, by number, the one in focus, or the only one shown.
  static func sourcesReference(_ s: DialogueState, _ f: Frame) -> Action.IdeaReference {
    if let id = f.namedIdea { return .named(id) }
    if let n = f.ordinal { return .number(n) }
    if s.focus != nil { return .focus }
    return s.shown.count == 1 ? .lastShown : .unclear
  }

  /// The first rule that applies and its action.
  public static func decide(_ state: DialogueState, _ frame: Frame) -> (rule: Rule, action: Action) {
    for rule in rules {
      if let action = rule.decide(state, frame) { return (rule, action) }
    }
    return (rules[rules.count - 1], .refuse)
  }
}
