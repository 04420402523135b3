/// Finds the intent and slots of one line, in the spirit of Snips NLU: a
/// deterministic parser first (exact templates from the training examples),
/// a statistical classifier behind it, and an honest "out of scope" when
/// neither is confident.
///
/// ```swift
/// let matcher = IntentMatcher(catalogue: .builtin)
/// let r = matcher.match("ideas for 12 people under $300", today: today)
/// r.intent            // .suggestIdeas
/// r.slots.teamSize    // 12
/// ```
public struct IntentMatcher: Sendable {
  /// How a result was reached.
  public enum Method: String, Sendable {
    /// An exact template of a training example.
    case pattern
    /// The statistical classifier.
    case classifier
    /// Nothing recognisable: no known word and no entity.
    case unknownWords = "unknown_words"
    /// About another occasion (a holiday, another awareness week) with no word of Customer Service Week.
    case otherOccasion = "other_occasion"
  }

  /// The understanding of one line.
  public struct Result: Sendable {
    public var intent: Intent
    public var confidence: Double
    public var slots: Slots
    public var entities: [Entity]
    public var method: Method
    /// The intent the classifier preferred when it refused (below the threshold).
    public var rejected: Intent?
  }

  public let parser: EntityParser
  /// Decoded on first use: a line that matches a template never needs it.
  let lazyModel: Lazy<LinearModel>
  public let templates: TemplateTable
  /// Below this probability the classifier's answer becomes out of scope.
  public var threshold: Double

  public init(parser: EntityParser, model: LinearModel, templates: TemplateTable, threshold: Double = 0.5) {
    self.init(parser: parser, lazyModel: Lazy { model }, templates: templates, threshold: threshold)
  }

  init(parser: EntityParser, lazyModel: Lazy<LinearModel>, templates: TemplateTable, threshold: Double = 0.5)
  {
    self.parser = parser
    self.lazyModel = lazyModel
    self.templates = templates
    self.threshold = threshold
  }

  /// The statistical classifier (decoded on first use).
  public var model: LinearModel { lazyModel.value }

  /// The built-in model and templates, with a lexicon built from `catalogue` and `Intents/` synonyms.
  public init(catalogue: Catalogue) {
    self.init(
      parser: EntityParser(lexicon: Lexicon.builtin(catalogue: catalogue)), lazyModel: BuiltinModel.lazyModel,
      templates: BuiltinModel.templates)
  }

  public func match(_ text: String, today: CivilDate) -> Result {
    let parse = parser.parse(text, today: today)
    let units = Featurizer.units(of: parse)
    func result(_ intent: Intent, _ confidence: Double, _ method: Method, rejected: Intent? = nil) -> Result {
      Result(
        intent: intent, confidence: confidence,
        slots: Slots(entities: parse.entities, allowed: intent.allowedSlots),
        entities: parse.entities, method: method, rejected: rejected)
    }
    if let intent = templates.intent(for: units.joined(separator: " ")) {
      return result(intent, 1.0, .pattern)
    }
    let words = units.filter { !$0.hasPrefix("<") && $0.first?.isLetter == true }
    let known = words.filter { parser.lexicon.vocabulary.contains($0) }
    if parse.entities.isEmpty && known.isEmpty {
      return result(.outOfScope, 1.0, .unknownWords)
    }
    if parse.cues.contains(where: { $0.name == "occasion" }) && !IntentMatcher.mentionsServiceWeek(parse) {
      return result(.outOfScope, 0.9, .otherOccasion)
    }
    let p = model.probabilities(features: Featurizer.features(units: units))
    var best = 0
    for i in p.indices where p[i] > p[best] { best = i }
    let intent = model.classes[best]
    let confidence = Double(p[best])
    if intent == .outOfScope {
      return result(.outOfScope, confidence, .classifier)
    }
    if confidence < threshold {
      return result(.outOfScope, 1 - confidence, .classifier, rejected: intent)
    }
    return result(intent, confidence, .classifier)
  }

  /// True when the text speaks of Customer Service Week or one of its ideas.
  static func mentionsServiceWeek(_ parse: EntityParser.Result) -> Bool {
    if parse.entities.contains(where: { $0.slot == .idea }) { return true }
    let words = parse.tokens.map(\.text)
    for (i, w) in words.enumerated() {
      if w == "csw" || w == "ncsw" { return true }
      if i + 1 < words.count && (w, words[i + 1]) == ("customer", "service") { return true }
      if i + 1 < words.count && (w, words[i + 1]) == ("service", "week") { return true }
    }
    return false
  }
}
