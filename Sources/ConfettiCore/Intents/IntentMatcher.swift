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
    /// The classifier would have refused, but the line names a catalogue idea, or asks for a
    /// kind of idea for a team: a request for ideas, never refused.
    case namedContent = "named_content"
    /// The classifier would have refused, but the line holds nothing but constraints and filler
    /// ("hybrid, please", "just the celebrate day"): a change of constraints.
    case constraintsOnly = "constraints_only"
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
    /// The stemmed content words: what is left for a search once the numbers, the
    /// audience, the format and the other slots are taken out (see ``IntentMatcher/known(_:)``).
    public var terms: [String] = []
    /// True when a refused line still names an idea, asks for a kind or matches an idea
    /// strongly, but says nothing of a group ("music", "something musical"): in a
    /// conversation with a search before it, a follow-up about that search.
    public var carriesContent = false
    /// Changes stated against what is in force ("double the budget", "not remote"), from
    /// ``EditGrammar``.
    public var edits: [Edit] = []
    /// The positions in ``entities`` of amounts said with no currency ("a 500 budget").
    public var unstatedCurrency: Set<Int> = []
    /// Numbers no grammar read ("what if it dropped to 200"), for the policy to place.
    public var looseNumbers: [Double] = []
    /// True when the line refers to the last item shown ("the last one", "that last idea").
    public var refersToLast = false
    /// How many ideas the line asks for ("give me 3 ideas"), when it says.
    public var ideaCount: Int?
    /// True when the line starts by putting something forward ("what about a bouncy castle").
    public var proposes = false

    /// The same line read as `intent`, with that intent's slots: what a conversation uses
    /// when its context settles the reading ("music" after a search is a refinement).
    public func read(as intent: Intent) -> Result {
      var r = self
      r.intent = intent
      r.slots = Slots(entities: entities, allowed: intent.allowedSlots)
      return r
    }

    /// The reading of the end of a line, placed after the `characters` (and `tokens`) before it.
    func shifted(characters: Int, tokens: Int) -> Result {
      var r = self
      for i in r.entities.indices {
        r.entities[i].start += characters
        r.entities[i].end += characters
        r.entities[i].tokens =
          (r.entities[i].tokens.lowerBound + tokens)..<(r.entities[i].tokens.upperBound + tokens)
      }
      r.slots = Slots(entities: r.entities, allowed: intent.allowedSlots)
      return r
    }
  }

  public let parser: EntityParser
  /// Decoded on first use: a line that matches a template never needs it.
  let lazyModel: Lazy<LinearModel>
  public let templates: TemplateTable
  /// The words requests to Confetti are made of (see ``taskWords(lexicon:templates:)``), built on first use.
  let taskWords: Lazy<Set<String>>
  /// The stems of ``taskWords``, for content words (which are stemmed).
  let taskWordStems: Lazy<Set<String>>
  /// Below this probability the classifier's answer becomes out of scope.
  public var threshold: Double
  /// The catalogue search, whose strong match counts as evidence that a line is about ideas.
  var relevance: Lazy<RelevanceIndex>?
  /// The catalogue evidence of the best idea (``RelevanceIndex/evidence(_:)``: BM25 in units of
  /// one distinctive word's weight, at a fixed reference catalogue size), above which a refused
  /// line that speaks for a group becomes a request for ideas: about two distinctive words of an
  /// idea, or one in its name. Stated at a fixed size because raw BM25 scores grow with the
  /// catalogue (every word's IDF rises as ideas are added); 1.24 is the raw 4.0 this rule used
  /// with 37 ideas.
  public static let retrievalEvidence = 1.24
  /// At or above this probability of out of scope, the classifier has seen lines like this one among
  /// the unrelated requests it learnt from ("reserve a table for 2 at …"), and a named idea or kind
  /// of idea overrules it only in a line about the workplace (see ``speaksForWorkplace(_:)``).
  public static let sureRefusal = 0.75
  /// Below this confidence a request for ideas or a plan needs a word of the domain besides a count.
  public static let unsureRequest = 0.6
  /// The catalogue's idea names, as token strings ("fall festival"): a line that names an idea in
  /// full and speaks for no group asks about that idea ("cookout specifics please").
  var ideaNames: Set<String> = []
  /// For each content word (stemmed) of an idea's name, the ideas whose names hold it, built on first
  /// use: "potluck" → Team Potluck.
  var ideasByNameTerm: Lazy<[String: [String]]> = Lazy { [:] }

  public init(parser: EntityParser, model: LinearModel, templates: TemplateTable, threshold: Double = 0.5) {
    self.init(parser: parser, lazyModel: Lazy { model }, templates: templates, threshold: threshold)
  }

  init(parser: EntityParser, lazyModel: Lazy<LinearModel>, templates: TemplateTable, threshold: Double = 0.5)
  {
    self.parser = parser
    self.lazyModel = lazyModel
    self.templates = templates
    self.threshold = threshold
    let words = Lazy { IntentMatcher.taskWords(lexicon: parser.lexicon, templates: templates) }
    self.taskWords = words
    self.taskWordStems = Lazy { Set(words.value.map(Stemmer.stem)) }
  }

  /// The words of the task examples (their templates, out-of-scope ones aside) and the correctable
  /// words (the catalogue's and the synonyms'): the words a request to Confetti is made of.
  static func taskWords(lexicon: Lexicon, templates: TemplateTable) -> Set<String> {
    var words = Set(lexicon.correctable)
    words.reserveCapacity(words.count + templates.keys.count)
    for (key, intent) in zip(templates.keys, templates.intents) where intent != .outOfScope {
      var key = key
      key.withUTF8 { bytes in
        // Words split at spaces in the bytes; a word counts when it starts with a letter (a
        // placeholder such as "<team_size>" or a number does not). Only a non-ASCII first byte
        // needs the Character test.
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
          defer { start = end + 1 }
          guard end > start else { continue }
          let first = bytes[start]
          let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
          let isLetter =
            first < 0x80
            ? (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z"))
              || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"))
            : String(decoding: word, as: UTF8.self).first?.isLetter == true
          if isLetter { words.insert(String(decoding: word, as: UTF8.self)) }
        }
      }
    }
    return words
  }

  /// True when `stem` is the stem of a word requests to Confetti are made of (``taskWords``).
  public func isTaskWord(_ stem: String) -> Bool { taskWordStems.value.contains(stem) }

  /// The statistical classifier (decoded on first use).
  public var model: LinearModel { lazyModel.value }

  /// The built-in model and templates, with a lexicon built from `catalogue` and `Intents/` synonyms.
  public init(catalogue: Catalogue) {
    self.init(
      parser: EntityParser(lexicon: Lexicon.builtin(catalogue: catalogue)), lazyModel: BuiltinModel.lazyModel,
      templates: BuiltinModel.templates)
    self.relevance = catalogue.relevance
    self.ideaNames = Set(
      catalogue.ideas.map { Tokenizer.tokenize($0.name).map(\.text).joined(separator: " ") })
    let ideas = catalogue.ideas
    self.ideasByNameTerm = Lazy {
      var byTerm: [String: [String]] = [:]
      for idea in ideas {
        for term in Set(RelevanceIndex.terms(of: idea.name)) { byTerm[term, default: []].append(idea.id) }
      }
      return byTerm
    }
  }

  /// The ids of the ideas whose names hold the (stemmed) content word `term`.
  public func ideas(namedBy term: String) -> [String] { ideasByNameTerm.value[term] ?? [] }

  /// True when the idea entity of the line is an idea's full name, not an alias or a word of it.
  func namesIdeaInFull(_ parse: EntityParser.Result) -> Bool {
    parse.entities.contains { e in
      e.slot == .idea && ideaNames.contains(parse.tokens[e.tokens].map(\.text).joined(separator: " "))
    }
  }

  public func match(_ text: String, today: CivilDate) -> Result {
    // "thanks, can you save that as our plan": a courtesy said first, then set off, does not make
    // the request small talk. The request is read on its own; when it is no task, the whole line is.
    if let (rest, characters) = IntentMatcher.afterCourtesy(text) {
      let r = match(rest, today: today)
      if r.intent.isDomainTask {
        return r.shifted(
          characters: characters, tokens: Tokenizer.tokenize(String(text.prefix(characters))).count)
      }
    }
    var parse = parser.parse(text, today: today)
    let terms = IntentMatcher.terms(of: parse)
    disambiguate(&parse, terms: terms)
    let units = Featurizer.units(of: parse)
    func result(_ intent: Intent, _ confidence: Double, _ method: Method, rejected: Intent? = nil) -> Result {
      // "What else is there for remote folks": more of something new is a refinement.
      let intent =
        intent == .more && parse.entities.contains { IntentMatcher.refiningSlots.contains($0.slot) }
        ? .refine : intent
      return Result(
        intent: intent, confidence: confidence,
        slots: Slots(entities: parse.entities, allowed: intent.allowedSlots),
        entities: parse.entities, method: method, rejected: rejected, terms: terms,
        edits: parse.cues.compactMap(\.edit),
        unstatedCurrency: Set(
          parse.entities.indices.filter {
            parse.unstatedCurrency.contains(parse.entities[$0].tokens.lowerBound)
          }),
        looseNumbers: IntentMatcher.looseNumbers(in: parse),
        refersToLast: parse.cues.contains { $0.name == OrdinalGrammar.lastShown },
        ideaCount: parse.cues.first { $0.name == IdeaCountGrammar.cue }?.count,
        proposes: IntentMatcher.proposes(parse))
    }
    /// A refusal the classifier is not sure of becomes a request for ideas when the line names an
    /// idea or asks for a kind for a team; about another occasion ("a thanksgiving potluck"), only a
    /// named idea does.
    func refused(_ r: Result) -> Result {
      guard r.method != .otherOccasion else {
        guard IntentMatcher.namesIdeaForGroup(parse) else { return r }
        return result(.suggestIdeas, max(r.confidence, threshold), .namedContent)
      }
      // "what is a fall festival supposed to include": an idea named in full, for no one in particular.
      if namesIdeaInFull(parse) && !IntentMatcher.isPersonal(parse) && !IntentMatcher.speaksForGroup(parse) {
        return result(.ideaDetails, max(r.confidence, threshold), .namedContent)
      }
      let content = parse.entities.contains { $0.slot.isContent } || matchesCatalogue(terms: terms)
      // A sure refusal stands unless the line speaks of the workplace, not just of a party of people,
      // and not of the person themself ("my card of private client account").
      // ... unless the words match the catalogue's ideas and kinds very strongly and speak for a group
      // ("an evening our families can come along to"): the weight of the catalogue's evidence.
      let overwhelming =
        content && !IntentMatcher.isPersonal(parse) && IntentMatcher.speaksForGroup(parse)
        && catalogueEvidence(terms: terms) >= 2 * IntentMatcher.retrievalEvidence
      // "I" said beside "we" ("I manage 25 agents, what could we do") speaks for the team.
      let personal =
        IntentMatcher.isPersonal(parse)
        && !parse.tokens.contains { WordLists.groupPronouns.contains($0.text) }
      let sure =
        r.confidence >= IntentMatcher.sureRefusal && !overwhelming
        && (!IntentMatcher.speaksForWorkplace(parse) || personal)
      if !content && IntentMatcher.onlyConstraints(parse, units: units) {
        return result(.refine, max(r.confidence, threshold), .constraintsOnly)
      }
      // A way of meeting asked for people or a team is a request for ideas as much as a kind is
      // ("something our remote folks can join").
      // So is asking what to do for the workplace's people ("something fun for the helpline crew").
      let wants =
        content || IntentMatcher.asksFormatForPeople(parse)
        || (IntentMatcher.asksWhatToDo(parse) && IntentMatcher.speaksForWorkplace(parse))
      // An idea or kind put forward ("how about a karaoke night", "maybe some music") is a request
      // even with no group named; a question about one ("is shark tank on tonight") is not.
      let proposed =
        IntentMatcher.proposes(parse) && !IntentMatcher.isPersonal(parse)
        && parse.entities.contains { $0.slot == .idea || $0.slot == .kinds }
      // Put forward in so many words, it stands even against a sure refusal: the classifier has seen
      // "play some music" among unrelated requests, not "how about some music".
      guard wants && (IntentMatcher.speaksForGroup(parse) && !sure || proposed) else {
        var r = r
        // Only a line that is all content can lean on an earlier search ("music", "food please");
        // one with words the catalogue does not know ("a good pizza place downtown"), about the
        // person themself ("where can I buy pizza") or with a number nothing in it explains ("we
        // need 2 to spend the night": every word is a catalogue word once night shifts are in it)
        // is no follow-up.
        r.carriesContent =
          content && !IntentMatcher.isPersonal(parse) && self.known(terms).count == terms.count
          && r.looseNumbers.isEmpty
        return r
      }
      return result(.suggestIdeas, max(r.confidence, threshold), .namedContent)
    }
    if let intent = templates.intent(for: units.joined(separator: " ")) {
      return result(intent, 1.0, .pattern)
    }
    if IntentMatcher.asksForWeekPlan(parse) {
      return result(.planWeek, 1.0, .pattern)
    }
    if IntentMatcher.asksAboutTheWeek(parse) {
      return result(.eventDate, 1.0, .pattern)
    }
    if IntentMatcher.asksForUnwrittenFormat(parse) {
      return result(.exportPlan, 1.0, .pattern)
    }
    let words = units.filter { !$0.hasPrefix("<") && $0.first?.isLetter == true }
    let known = words.filter { parser.lexicon.vocabulary.contains($0) }
    if parse.entities.isEmpty && known.isEmpty {
      return result(.outOfScope, 1.0, .unknownWords)
    }
    if parse.cues.contains(where: { $0.name == "occasion" }) && !IntentMatcher.mentionsServiceWeek(parse) {
      return refused(result(.outOfScope, 0.9, .otherOccasion))
    }
    let p = model.probabilities(features: Featurizer.features(units: units))
    var best = 0
    for i in p.indices where p[i] > p[best] { best = i }
    let intent = model.classes[best]
    let confidence = Double(p[best])
    // A line that names Customer Service Week is never refused: it gets the classifier's best task.
    if (intent == .outOfScope || confidence < threshold) && IntentMatcher.namesServiceWeek(parse) {
      var task = intent == .outOfScope ? -1 : best
      for i in p.indices where model.classes[i] != .outOfScope && (task < 0 || p[i] > p[task]) { task = i }
      return result(model.classes[task], Double(p[task]), .classifier)
    }
    // A greeting or farewell the classifier guesses from one word ("karaoke night?") is not one
    // when the line names an idea or a kind of idea and says no hello or goodbye: it gets the best task.
    if intent == .greet || intent == .goodbye, !IntentMatcher.saysHelloOrGoodbye(parse),
      parse.entities.contains(where: { $0.slot == .idea || $0.slot == .kinds })
    {
      var task = -1
      for i in p.indices where model.classes[i].isDomainTask && (task < 0 || p[i] > p[task]) { task = i }
      if task >= 0 { return result(model.classes[task], max(Double(p[task]), threshold), .namedContent) }
    }
    if intent == .outOfScope {
      return refused(result(.outOfScope, confidence, .classifier))
    }
    // A line of nothing but constraints and filler ("hybrid, please") changes the search, whatever
    // words it shares with "more please" or "cheaper please".
    if !IntentMatcher.takesConstraints.contains(intent) && IntentMatcher.onlyConstraints(parse, units: units)
    {
      return result(.refine, Double(p[model.classes.firstIndex(of: .refine) ?? best]), .constraintsOnly)
    }
    if confidence < threshold {
      return refused(result(.outOfScope, 1 - confidence, .classifier, rejected: intent))
    }
    // A request for ideas or a plan the classifier is unsure of must say something of Confetti's
    // business besides a count of people: money, a format, an audience, an idea or a kind, the
    // workplace, a request for suggestions, a plan or the week ("a table for 4 people" is none).
    if intent == .suggestIdeas || intent == .planWeek, confidence < IntentMatcher.unsureRequest,
      parse.entities.allSatisfy({ $0.slot == .teamSize }), !IntentMatcher.speaksForWorkplace(parse),
      !IntentMatcher.asksWhatToDo(parse), !IntentMatcher.namesServiceWeek(parse),
      !parse.tokens.contains(where: { $0.text == "week" || WordLists.planNouns.contains($0.text) }),
      !matchesCatalogue(terms: terms)
    {
      return refused(result(.outOfScope, 1 - confidence, .classifier, rejected: intent))
    }
    // An export writes a file, so the classifier's guess is not enough: the line must say export,
    // save, write, markdown or file, or name the file ("the plan skip" wrote one).
    if intent == .exportPlan && !IntentMatcher.asksForExport(parse) {
      return refused(result(.outOfScope, 1 - confidence, .classifier, rejected: intent))
    }
    // "More" and "cheaper" are said in a few words of their own ("more please", "anything cheaper?");
    // a line with a word the tasks never use ("are androids expensive") asks about something else.
    if intent == .more || intent == .cheaper, parse.entities.isEmpty,
      words.contains(where: { $0.count >= 4 && !taskWords.value.contains($0) })
    {
      return refused(result(.outOfScope, 1 - confidence, .classifier, rejected: intent))
    }
    return result(intent, confidence, .classifier)
  }

  /// An idea named only by a one-word alias ("giveaway") is weak evidence: when the line also
  /// holds every word of a longer name or alias of another idea, in any order, and matches that
  /// idea better and strongly, that idea is the one meant ("giveaways for our customers with
  /// discount vouchers" is the customer appreciation drive, not the raffle). A word shared by
  /// chance ("a lunch spread" and a book club's chapters "spread over the month") is not enough.
  func disambiguate(_ parse: inout EntityParser.Result, terms: [String]) {
    guard
      let k = parse.entities.firstIndex(where: {
        $0.slot == .idea && !IntentMatcher.namesIdeaOutright($0, parse)
      }),
      case .text(let id) = parse.entities[k].value, let index = relevance?.value,
      let named = index.ids.firstIndex(of: id)
    else { return }
    let scores = index.evidence(terms)
    guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), best != named,
      scores[best] > scores[named],
      IntentMatcher.isStrong(scores[best]),
      index.isNamed(best, by: RelevanceIndex.allWords(of: parse.tokens))
    else { return }
    parse.entities[k].value = .text(index.ids[best])
  }

  /// True when `entity` is an idea named by two or more words, or by the one word of its own
  /// id ("raffles"); false for a one-word alias ("giveaway", "grill").
  static func namesIdeaOutright(_ entity: Entity, _ parse: EntityParser.Result) -> Bool {
    guard entity.slot == .idea, case .text(let id) = entity.value else { return false }
    if entity.tokens.count >= 2 { return true }
    guard let i = entity.tokens.first, i < parse.tokens.count else { return false }
    return Lexicon.stem(parse.tokens[i].text) == id
  }

  /// The best evidence of the line's content words over the catalogue's ideas
  /// (``RelevanceIndex/evidence(_:)``; 0 without a catalogue).
  func catalogueEvidence(terms: [String]) -> Double {
    let content = terms.filter { !IntentMatcher.groupWordStems.contains($0) }
    guard let index = relevance?.value, !content.isEmpty else { return 0 }
    return index.evidence(content).max() ?? 0
  }

  /// True when the line's content words match an idea strongly.
  ///
  /// The words that make a line speak for a group ("agent", "team", "we") are not also evidence
  /// of content: "can I speak to a human agent" names a person, not an idea.
  func matchesCatalogue(terms: [String]) -> Bool {
    let content = terms.filter { !IntentMatcher.groupWordStems.contains($0) }
    guard let index = relevance?.value, !content.isEmpty else { return false }
    return IntentMatcher.isStrong(index.evidence(content).max() ?? 0)
  }

  /// True when an idea's evidence (``RelevanceIndex/evidence(_:)``) reaches ``retrievalEvidence``:
  /// strong enough to count as the line being about that idea.
  static func isStrong(_ evidence: Double) -> Bool { evidence >= retrievalEvidence }

  /// The stems of the words that make a line speak for a group.
  static let groupWordStems: Set<String> = Set(
    WordLists.peopleNouns.union(WordLists.groupNouns).union(WordLists.groupPronouns).map(Stemmer.stem))

  /// The content words among `terms` that the catalogue search knows (all of them without a
  /// catalogue): what a search can use, so a line of unknown words leaves earlier content be.
  public func known(_ terms: [String]) -> [String] {
    guard let index = relevance?.value else { return terms }
    return terms.filter(index.knows)
  }

  /// The numbers of a parse that no entity or cue took, unless a count of people or "#" goes with them.
  static func looseNumbers(in parse: EntityParser.Result) -> [Double] {
    var taken = Array(repeating: false, count: parse.tokens.count)
    for e in parse.entities {
      for i in e.tokens where i < taken.count { taken[i] = true }
    }
    for c in parse.cues {
      for i in c.tokens where i < taken.count { taken[i] = true }
    }
    var out: [Double] = []
    for (i, t) in parse.tokens.enumerated() where t.kind == .number && !taken[i] {
      if i > 0 && parse.tokens[i - 1].text == "#" { continue }
      if i + 1 < parse.tokens.count {
        let next = parse.tokens[i + 1].text
        if WordLists.peopleNouns.contains(next)
          || ["more", "extra", "of", "%", "days", "weeks"].contains(next)
        {
          continue
        }
      }
      if let v = Double(t.text.filter { $0 != "," }), v > 0 { out.append(v) }
    }
    return out
  }

  /// The stemmed content words of a parse: tokens outside every entity but ideas and kinds.
  static func terms(of parse: EntityParser.Result) -> [String] {
    var taken = Array(repeating: false, count: parse.tokens.count)
    for e in parse.entities where e.slot != .idea && e.slot != .kinds {
      for i in e.tokens where i < taken.count { taken[i] = true }
    }
    for c in parse.cues {
      for i in c.tokens where i < taken.count { taken[i] = true }
    }
    return RelevanceIndex.terms(of: parse.tokens.indices.lazy.filter { !taken[$0] }.map { parse.tokens[$0] })
  }

  /// What `text` asks for, as a search: an idea named, kinds of idea and content words.
  ///
  /// ```swift
  /// matcher.content(of: "something with grub", today: today).kinds  // [.food]
  /// ```
  public func content(of text: String, today: CivilDate) -> (
    idea: String?, kinds: [Kind], withoutKinds: [Kind], terms: [String]
  ) {
    let parse = parser.parse(text, today: today)
    let slots = Slots(entities: parse.entities, allowed: [.idea, .kinds, .withoutKinds])
    return (slots.idea, slots.kinds, slots.withoutKinds, known(IntentMatcher.terms(of: parse)))
  }

  /// The intents whose answer uses a line's constraints: a line of nothing else is one of them.
  static let takesConstraints: Set<Intent> = [.suggestIdeas, .planWeek, .refine, .eventDate]

  /// Slots that make a request for more ("anything else for remote people?") a refinement.
  static let refiningSlots: Set<SlotName> = [
    .teamSize, .budget, .budgetMin, .budgetPerPerson, .audience, .format, .theme, .kinds, .withoutKinds,
  ]

  /// The names of the cues that state a change: ``EditGrammar``'s, ``BusinessGrammar``'s, ``PaceGrammar``'s
  /// and ``GuestsGrammar``'s.
  public static let editCues: Set<String> = [
    "budget_off", "budget_scale", "add_people", "not_format", "without_audience", BusinessGrammar.profileCue,
    BusinessGrammar.lacksCue, PaceGrammar.cue, GuestsGrammar.cue,
  ]
}
