/// Everything a conversation keeps between lines (the tracker of Rasa's split): the constraints in
/// force (who, how many, how much, what to look for and what to leave out), the list and the plan
/// last shown, the idea in focus and what the last answer was.
///
/// Every change of constraints goes through ``apply(_:)``.
///
/// ```swift
/// var state = DialogueState()
/// state.apply([.teamSize(.set(20)), .budget(.total(Edit.Amount(300, currency: .gbp)))])
/// state.apply([.teamSize(.add(6)), .budget(.total(Edit.Amount(250, currency: nil)))])
/// state.constraints.teamSize        // 26
/// state.constraints.budget          // £250: a bare amount is in the budget's currency
/// ```
public struct DialogueState: Sendable {
  /// What a search was for.
  public enum Search: Sendable, Equatable {
    case ideas
    case plan
  }

  /// What the last answer showed, for the policy's follow-up rules.
  public enum Last: Sendable, Equatable {
    case nothing
    case ideas
    case plan
    /// One idea's details.
    case details
    /// The week's dates (or facts about it), for the year shown: what "and the one after that?"
    /// counts from.
    case dates(year: Int)
    /// An export of the plan to a file (refused when the file exists): "overwrite it" replaces it.
    case exported(file: String?)
    case sources
    /// A question back: what the next line may answer ("people" after "is 40 people or money?").
    case clarified(Clarification)
    /// Anything else: small talk, help, a refusal, a question back.
    case other
  }

  public var constraints = Constraints()
  /// What the last search was for, if any.
  public var search: Search?
  /// The ideas of the last list, ranked, and the page shown.
  public var ranked: [Suggestion] = []
  public var offset = 0
  public var shown: [Suggestion] = []
  /// The size of the pages of the current search.
  public var pageSize = 5
  public var plan: WeekPlan?
  /// The idea last described or asked about: what "how much for 18?" or "where does that come from?"
  /// is about.
  public var focus: Idea?
  public var last: Last = .nothing

  public init() {}

  /// The idea labelled `k` in the list or plan shown: after "more", "#6" is the idea labelled 6,
  /// and a number of an earlier page is the idea it labelled there.
  public func idea(numbered k: Int) -> Idea? {
    let first = search == .ideas ? offset + 1 : 1
    if k >= first && k < first + shown.count { return shown[k - first].idea }
    if search == .ideas && k >= 1 && k < first && k <= ranked.count { return ranked[k - 1].idea }
    return nil
  }

  /// The labels of the ideas shown (nil when none are).
  public var shownLabels: ClosedRange<Int>? {
    guard !shown.isEmpty else { return nil }
    let first = search == .ideas ? offset + 1 : 1
    return first...(first + shown.count - 1)
  }

  /// Applies the edits of one line, in order; returns the constraint slots whose values changed.
  ///
  /// Two groups change as a whole: a line that states the budget anew (a total, per person or a
  /// range) replaces every way of stating it, and a line that says what to look for (an idea, kinds
  /// or content words wanted) replaces the idea, kinds, content words and day before it. What is
  /// left out (kinds, ideas) stays until let back in.
  @discardableResult
  public mutating func apply(_ edits: [Edit]) -> [SlotName] {
    let before = constraints.slots
    let currency = constraints.currency
    if edits.contains(where: \.isNewContent) {
      constraints.idea = nil
      constraints.kinds = []
      constraints.day = nil
      constraints.terms = []
    }
    if edits.contains(where: Self.statesBudget) {
      constraints.budget = nil
      constraints.budgetPerPerson = nil
      constraints.budgetMin = nil
    }
    for edit in edits { apply(edit, currency: currency) }
    constraints.spokenCurrency =
      constraints.budget?.currency ?? constraints.budgetPerPerson?.currency
      ?? constraints.spokenCurrency
    return SlotName.constraints.filter { before[$0] != constraints.slots[$0] }
  }

  /// True for an edit that states the budget anew (not a change to the one in force).
  static func statesBudget(_ edit: Edit) -> Bool {
    switch edit {
    case .budget(.total), .budget(.perPerson), .budget(.range): return true
    default: return false
    }
  }

  private mutating func apply(_ edit: Edit, currency: Money.Currency) {
    var c = constraints
    defer { constraints = c }
    switch edit {
    case .teamSize(.set(let n)):
      c.teamSize = n
    case .teamSize(.add(let n)):
      c.teamSize = min(c.effectiveTeamSize + n, TeamSizeGrammar.range.upperBound)
    case .teamSize(.scale(let f)):
      c.teamSize = min(
        max(1, Int((Double(c.effectiveTeamSize) * f).rounded())), TeamSizeGrammar.range.upperBound)
    case .budget(.total(let a)):
      c.budget = a.money(in: currency)
      c.maxCost = nil
    case .budget(.perPerson(let a)):
      c.budgetPerPerson = a.money(in: currency)
      c.maxCost = nil
    case .budget(.range(let low, let high)):
      c.budgetMin = low.money(in: high.currency ?? currency)
      c.budget = high.money(in: low.currency ?? currency)
      c.maxCost = nil
    case .budget(.minimum(let low)):
      c.budgetMin = low.money(in: currency)
      c.maxCost = nil
    case .budget(.clear):
      c.budget = nil
      c.budgetPerPerson = nil
      c.budgetMin = nil
      c.maxCost = nil
    case .budget(.scale(let f)):
      if var b = c.budget {
        b.amount = (b.amount * f * 100).rounded() / 100
        c.budget = b
        c.budgetMin = nil
      } else if var pp = c.budgetPerPerson {
        pp.amount = (pp.amount * f * 100).rounded() / 100
        c.budgetPerPerson = pp
      }
      c.maxCost = nil
    case .audience(let a, .wanted):
      c.audience = a
    case .audience(let a, .readmitted):
      // "customers too": both, unless they are who the ideas are for already.
      c.audience = c.audience == a ? a : .both
    case .audience(let a, .excluded):
      c.audience = a == .customers ? .employees : a == .employees ? .customers : c.audience
    case .format(let f, .wanted):
      c.format = f
    case .format(let f, .excluded):
      c.format = f == .remote ? .inPerson : f == .inPerson ? .remote : nil
    case .format(let f, .readmitted):
      // "even with the remote folks": those people too, so a mix unless it is all of them already.
      if let current = c.format, current != f {
        c.format = .hybrid
      } else if c.format == nil {
        c.format = .hybrid
      }
    case .theme(let t):
      c.theme = t
    case .kind(let k, .wanted):
      if !c.kinds.contains(k) { c.kinds.append(k) }
      c.withoutKinds.removeAll { $0 == k }
    case .kind(let k, .excluded):
      if !c.withoutKinds.contains(k) { c.withoutKinds.append(k) }
      c.kinds.removeAll { $0 == k }
    case .kind(let k, .readmitted):
      c.withoutKinds.removeAll { $0 == k }
    case .idea(let id, .wanted):
      c.idea = id
      c.withoutIdeas.removeAll { $0 == id }
    case .idea(let id, .excluded):
      if !c.withoutIdeas.contains(id) { c.withoutIdeas.append(id) }
      if c.idea == id {
        c.idea = nil
        c.day = nil
      }
    case .idea(let id, .readmitted):
      c.withoutIdeas.removeAll { $0 == id }
    case .day(let d):
      if c.idea != nil { c.day = d }
    case .year(let y):
      c.year = y
    case .terms(let t):
      c.terms = t
    case .lacks(let needs):
      c.withoutNeeds += needs
    case .perDay(let n):
      c.perDay = n
    case .guests(let n):
      c.guests = n
    }
  }
}
