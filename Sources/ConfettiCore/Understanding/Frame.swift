/// What one line says, as understanding reads it on its own (no context): the intent the matcher
/// found, the typed edits the line states, and the references it makes ("#2", "the last one",
/// "that", a file name). The policy reads a frame against the dialogue state to choose an action.
///
/// ```swift
/// let frame = FrameReader(matcher: matcher).read("skip the cookout, plus 6 from sales", today: today)
/// frame.edits  // [.idea("cookout", .excluded), .teamSize(.add(6))]
/// ```
public struct Frame: Sendable {
  /// The matcher's understanding of the line (intent, confidence, entities, method).
  public var understanding: IntentMatcher.Result
  /// Every change the line states, in order.
  public var edits: [Edit]
  /// Numbers no grammar read ("what if it dropped to 200"): money only where the policy says so.
  public var looseNumbers: [Double]
  /// A year the line names that is in the past: said in passing, it moves nothing.
  public var pastYear: Int?
  /// The line asks where an idea comes from ("where does that come from?", "sources?").
  public var asksSources: Bool
  /// Things the line leaves out that no idea of the catalogue involves ("we can't have any
  /// gambling"), as said: nothing to leave out, which the answer says.
  public var leftOutAbsent: [String]
  /// The line asks what is left of the budget ("what's left in the budget?", "anything left over?").
  public var asksBudgetLeft: Bool
  /// The line asks what to watch out for ("any cautions?", "what are the risks", "pitfalls?").
  public var asksCautions: Bool
  /// The line asks what something costs ("how much", "price").
  public var asksPrice: Bool
  /// The one idea a word of the line names, when a word of the line is in one idea's name and no
  /// other's ("the potluck": Team Potluck).
  public var namedByWord: String?
  /// The line asks about something ("what's the …", "how does … work", "tell me about …").
  public var asksAbout: Bool
  /// The line speaks of a change or of money ("what if it dropped to 200", "make it 500 instead").
  public var speaksOfChange: Bool
  /// The line asks for the next ideas in so many words ("show a couple more", "the following few").
  public var asksMore: Bool
  /// The line asks which idea costs least or most ("which is the cheapest?", "the priciest one").
  public var priceExtreme: Action.IdeaReference?
  /// The line leaves out the idea it numbers ("get rid of the second one", "remove #4").
  public var dropsNumbered: Bool
  /// The line asks for something else with a count in it ("book a dinner reservation for 5 on
  /// friday"): words no idea uses, a count said bare after "for", and nothing more than content
  /// and a day besides. Not a change to the search in force.
  public var asksSomethingElse: Bool
  /// What the line says a number asked about was: people ("people", "that's the team") or money
  /// ("budget", "in pounds", "£"), when it says one and not the other.
  public var amountReading: AmountReading?
  /// Years counted from one said before ("the one after that": +1, "the year before": -1, "two years
  /// later": +2), for the policy to read against the dates just shown.
  public var yearStep: Int?
  /// The line leaves out the idea in focus without naming it ("skip it", "not that one").
  public var dropsFocus: Bool
  /// The line says to replace an existing file ("overwrite it", "replace what's there").
  public var saysOverwrite: Bool
  /// The line asks which of the ideas shown cost nothing ("which of those are free?", "any free ones?").
  public var asksForFreeOnes: Bool
  /// Content words that no idea of the catalogue uses and no request to Confetti is made of: an
  /// activity the catalogue lacks ("a magician").
  public var missing: [String]

  /// What a number was: the people, or money (in the currency the line names, if any).
  public enum AmountReading: Sendable, Equatable {
    case people
    case money(Money.Currency?)
  }

  public var intent: Intent { understanding.intent }
  public var slots: Slots { understanding.slots }
  /// The list number the line refers to ("#2", "the second one").
  public var ordinal: Int? { understanding.entities.first { $0.slot == .ordinal }?.value.int }
  /// The idea the line names as wanted.
  public var namedIdea: String? { understanding.entities.first { $0.slot == .idea }?.value.text }
  /// The team size the line states.
  public var teamSize: Int? { understanding.entities.first { $0.slot == .teamSize }?.value.int }
  /// The year the line names (an event year, not a past one).
  public var year: Int? {
    edits.lazy.compactMap { if case .year(let y) = $0 { return y } else { return nil } }.first
  }
  public var filename: String? { understanding.entities.first { $0.slot == .filename }?.value.text }
  public var overwrite: Bool { saysOverwrite || understanding.entities.contains { $0.slot == .overwrite } }

  /// True when the line leaves out or lets back in an idea or a kind.
  public var leavesOut: Bool {
    edits.contains {
      switch $0 {
      case .idea(_, .excluded), .kind(_, .excluded), .idea(_, .readmitted), .kind(_, .readmitted): return true
      default: return false
      }
    }
  }

  /// True when the line states the budget (a new one, a change, or none).
  public var statesBudget: Bool {
    edits.contains { if case .budget = $0 { return true } else { return false } }
  }

  /// True when the line states any constraint at all.
  public var statesConstraints: Bool { !edits.isEmpty }
}
