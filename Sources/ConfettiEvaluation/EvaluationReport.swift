import ConfettiCore

/// The figures of one evaluation: intent accuracy, per-intent and per-slot
/// precision/recall/F1, the most confused intents, out-of-scope handling, and
/// the rows that went wrong.
///
/// Pure arithmetic over gold rows and predictions, so it can be tested without a matcher.
/// Slots are scored on every row, whatever intent was predicted: a predicted
/// slot is correct when its name and value match a gold slot (money on amount,
/// to the cent, and currency). A wrong value counts once as a false positive and
/// once as a false negative.
///
/// ```swift
/// let report = EvaluationReport(
///   rows: [EvaluationRow(text: "hi", intent: .greet), EvaluationRow(text: "weather?", intent: .outOfScope)],
///   predictions: [
///     EvaluationPrediction(intent: .greet, confidence: 1),
///     EvaluationPrediction(intent: .help, confidence: 0.6),
///   ])
/// report.intentAccuracy    // 0.5
/// report.outOfScopeRecall  // 0.0
/// report.confusions        // [out_of_scope → help: 1]
/// ```
public struct EvaluationReport: Sendable {
  /// How often rows of one gold intent were predicted as another.
  public struct Confusion: Sendable, Equatable {
    public var gold: Intent
    public var predicted: Intent
    public var count: Int

    public init(gold: Intent, predicted: Intent, count: Int) {
      self.gold = gold
      self.predicted = predicted
      self.count = count
    }
  }

  /// A row and what was predicted for it.
  public struct Outcome: Sendable, Equatable {
    public var row: EvaluationRow
    public var prediction: EvaluationPrediction

    public init(row: EvaluationRow, prediction: EvaluationPrediction) {
      self.row = row
      self.prediction = prediction
    }
  }

  /// One slot that was missing, extra or wrong in a row.
  public struct SlotError: Sendable, Equatable {
    public enum Kind: String, Sendable {
      /// In the gold annotation, not predicted.
      case missing
      /// Predicted, not in the gold annotation.
      case extra
      /// In both, with different values.
      case wrong
    }

    public var slot: SlotName
    public var kind: Kind
    public var gold: Entity.Value?
    public var predicted: Entity.Value?

    public init(slot: SlotName, kind: Kind, gold: Entity.Value?, predicted: Entity.Value?) {
      self.slot = slot
      self.kind = kind
      self.gold = gold
      self.predicted = predicted
    }
  }

  /// A row whose predicted slots differ from its gold slots.
  public struct SlotErrors: Sendable, Equatable {
    public var outcome: Outcome
    /// In slot order.
    public var errors: [SlotError]
  }

  /// Every row with its prediction, in order.
  public let outcomes: [Outcome]
  /// Rows whose predicted intent is the gold intent.
  public let correctIntents: Int
  /// Scores of every intent that is gold or predicted in some row.
  public let intents: [Intent: EvaluationScore]
  /// Pairs of different gold and predicted intents, most frequent first.
  public let confusions: [Confusion]
  /// Scores of every slot that is gold or predicted in some row.
  public let slots: [SlotName: EvaluationScore]
  /// Rows whose gold intent is out of scope, and how many of those were predicted out of scope.
  public let outOfScopeRows: Int
  public let outOfScopeCaught: Int
  /// Rows whose gold intent is in scope, and how many of those were refused (predicted out of scope).
  public let inScopeRows: Int
  public let falseRefusals: Int
  /// Gold out-of-scope rows given a domain task intent (``Intent/isDomainTask``): confident wrong answers.
  public let outOfScopeDomainAnswers: Int
  /// Rows whose gold intent is small talk, and how many of those got that very intent.
  public let smallTalkRows: Int
  public let smallTalkAnswered: Int
  /// Rows whose predicted intent is not the gold intent, in order.
  public let misclassified: [Outcome]
  /// Rows with at least one slot error, in order.
  public let slotErrors: [SlotErrors]
  /// How many answers each policy rule chose, most used first (rows with no rule left out).
  public var ruleCounts: [(rule: String, count: Int)] {
    RuleTally.counts(outcomes.lazy.map(\.prediction.rule))
  }

  /// Compares `predictions[i]` with `rows[i]`; the two must be the same length.
  public init(rows: [EvaluationRow], predictions: [EvaluationPrediction]) {
    precondition(rows.count == predictions.count, "one prediction per row")
    var outcomes: [Outcome] = []
    var intents: [Intent: EvaluationScore] = [:]
    var confusionCounts: [Intent: [Intent: Int]] = [:]
    var slots: [SlotName: EvaluationScore] = [:]
    var correct = 0
    var oosRows = 0
    var oosCaught = 0
    var inScope = 0
    var refusals = 0
    var domainAnswers = 0
    var smallTalk = 0
    var smallTalkAnswered = 0
    var misclassified: [Outcome] = []
    var slotErrors: [SlotErrors] = []
    for (row, prediction) in zip(rows, predictions) {
      let outcome = Outcome(row: row, prediction: prediction)
      outcomes.append(outcome)
      let gold = row.intent
      let predicted = prediction.intent
      if gold == predicted {
        correct += 1
        intents[gold, default: EvaluationScore()].truePositives += 1
      } else {
        intents[gold, default: EvaluationScore()].falseNegatives += 1
        intents[predicted, default: EvaluationScore()].falsePositives += 1
        confusionCounts[gold, default: [:]][predicted, default: 0] += 1
        misclassified.append(outcome)
      }
      if gold == .outOfScope {
        oosRows += 1
        if predicted == .outOfScope { oosCaught += 1 }
        if predicted.isDomainTask { domainAnswers += 1 }
      } else {
        inScope += 1
        if predicted == .outOfScope { refusals += 1 }
      }
      if gold.isSmallTalk {
        smallTalk += 1
        if predicted == gold { smallTalkAnswered += 1 }
      }
      let errors = Self.slotErrors(gold: row.slots, predicted: prediction.slots)
      for name in Set(row.slots.keys).union(prediction.slots.keys) {
        var score = slots[name, default: EvaluationScore()]
        if let error = errors.first(where: { $0.slot == name }) {
          if error.gold != nil { score.falseNegatives += 1 }
          if error.predicted != nil { score.falsePositives += 1 }
        } else {
          score.truePositives += 1
        }
        slots[name] = score
      }
      if !errors.isEmpty { slotErrors.append(SlotErrors(outcome: outcome, errors: errors)) }
    }
    var confusions: [Confusion] = []
    for (gold, row) in confusionCounts {
      for (predicted, count) in row {
        confusions.append(Confusion(gold: gold, predicted: predicted, count: count))
      }
    }
    confusions.sort {
      ($0.count, $1.gold, $1.predicted) > ($1.count, $0.gold, $0.predicted)
    }
    self.outcomes = outcomes
    self.correctIntents = correct
    self.intents = intents
    self.confusions = confusions
    self.slots = slots
    self.outOfScopeRows = oosRows
    self.outOfScopeCaught = oosCaught
    self.inScopeRows = inScope
    self.falseRefusals = refusals
    self.outOfScopeDomainAnswers = domainAnswers
    self.smallTalkRows = smallTalk
    self.smallTalkAnswered = smallTalkAnswered
    self.misclassified = misclassified
    self.slotErrors = slotErrors
  }

  /// How many confusion pairs reports show.
  public static let confusionLimit = 10

  /// The ``confusionLimit`` most frequent confusions.
  public var topConfusions: [Confusion] { Array(confusions.prefix(Self.confusionLimit)) }

  /// How many rows were evaluated.
  public var rowCount: Int { outcomes.count }

  /// Correct intents over all rows; 0 when there are no rows.
  public var intentAccuracy: Double { EvaluationScore.ratio(correctIntents, rowCount) }

  /// The scored intents, in ``Intent`` order.
  public var intentOrder: [Intent] { intents.keys.sorted() }

  /// The scored slots, in ``SlotName`` order.
  public var slotOrder: [SlotName] { slots.keys.sorted() }

  /// The unweighted mean over ``intents``.
  public var intentMacroAverage: EvaluationScore.Average { .macro(intentOrder.map { intents[$0]! }) }

  /// The mean over ``intents`` weighted by support.
  public var intentWeightedAverage: EvaluationScore.Average { .weighted(intentOrder.map { intents[$0]! }) }

  /// All slot counts summed: the micro average. ``EvaluationScore/isEmpty`` when no row has a slot.
  public var slotMicro: EvaluationScore { slots.values.reduce(EvaluationScore(), +) }

  /// Gold out-of-scope rows predicted out of scope, over gold out-of-scope rows; nil when there are none.
  public var outOfScopeRecall: Double? {
    outOfScopeRows > 0 ? Double(outOfScopeCaught) / Double(outOfScopeRows) : nil
  }

  /// In-scope rows predicted out of scope, over in-scope rows; nil when there are none.
  public var falseRefusalRate: Double? {
    inScopeRows > 0 ? Double(falseRefusals) / Double(inScopeRows) : nil
  }

  /// Gold out-of-scope rows given a domain task intent, over gold out-of-scope rows; nil when there are none.
  public var outOfScopeDomainRate: Double? {
    outOfScopeRows > 0 ? Double(outOfScopeDomainAnswers) / Double(outOfScopeRows) : nil
  }

  /// Small-talk rows (greet, thanks, goodbye) answered with their own intent, over such rows; nil without any.
  public var smallTalkRecall: Double? {
    smallTalkRows > 0 ? Double(smallTalkAnswered) / Double(smallTalkRows) : nil
  }

  /// The differences between gold and predicted slots, in slot order.
  public static func slotErrors(gold: [SlotName: Entity.Value], predicted: [SlotName: Entity.Value])
    -> [SlotError]
  {
    var errors: [SlotError] = []
    for name in Set(gold.keys).union(predicted.keys).sorted() {
      switch (gold[name], predicted[name]) {
      case (let g?, let p?):
        if !matches(g, p) { errors.append(SlotError(slot: name, kind: .wrong, gold: g, predicted: p)) }
      case (let g?, nil):
        errors.append(SlotError(slot: name, kind: .missing, gold: g, predicted: nil))
      case (nil, let p?):
        errors.append(SlotError(slot: name, kind: .extra, gold: nil, predicted: p))
      case (nil, nil):
        break
      }
    }
    return errors
  }

  /// Whether a predicted slot value counts as the gold one: equal numbers and
  /// text; money with the same currency and the same amount to the cent; lists with the same items
  /// in any order.
  public static func matches(_ gold: Entity.Value, _ predicted: Entity.Value) -> Bool {
    switch (gold, predicted) {
    case (.int(let g), .int(let p)): return g == p
    case (.text(let g), .text(let p)): return g == p
    case (.list(let g), .list(let p)): return Set(g) == Set(p)
    case (.flag, .flag): return true
    case (.money(let g), .money(let p)): return g.currency == p.currency && abs(g.amount - p.amount) < 0.005
    default: return false
    }
  }
}
