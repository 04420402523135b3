import ArgumentParser
import ConfettiCore
import ConfettiEvaluation
import ConfettiSession
import FoundationEssentials

/// Measures what the binary answers on an annotated JSONL file, like `rasa test`: each row goes
/// through the whole path (understanding, tracker, policy) as the first line of a conversation (a
/// follow-up row — refine, more, cheaper — after one opening search), and the policy rules used are
/// counted.
///
/// Each line is `{"text": …, "intent": …, "slots": {…}}`; blank lines are
/// skipped. The report (text, or one JSON object with `--json`) gives intent
/// accuracy, per-intent and per-slot scores, the most confused intents,
/// out-of-scope handling and the rows that went wrong. With thresholds, the
/// exit status is 1 when one is not met.
///
/// With `--relevance`, FILE holds questions that name an idea or a kind, with the
/// ideas that would satisfy each, and the report measures the suggestions instead.
/// With `--dialogues`, FILE holds whole conversations, each turn with its intent and the whole state
/// expected after it; the report gives joint goal accuracy and the dialogues right throughout.
///
/// ```sh
/// confetti eval Tests/Dev/nlu.jsonl
/// confetti eval --relevance --min-named-first 0.95 Tests/Dev/relevance.jsonl
/// confetti eval --json --today 2026-11-23 --min-intent-accuracy 0.95 Tests/Dev/nlu.jsonl
/// confetti eval --dialogues --today 2026-12-07 Tests/Dialogues/dev.jsonl
/// ```
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Evaluate understanding and dialogue on an annotated JSONL file.",
    discussion: """
      Each line of FILE is one JSON object, for example:
        {"text": "ideas for 8 under $200", "intent": "suggest_ideas",
         "slots": {"team_size": 8,
                   "budget": {"amount": 200, "currency": "USD"}}}
      Blank lines are skipped. Currencies: USD, GBP, EUR.

      With --relevance, each line is a question naming an idea or kinds of idea:
        {"text": "a bbq for 30 of us", "idea": "cookout",
         "relevant": ["cookout"]}
        {"text": "music for the party", "kinds": ["music"],
         "relevant": ["house-band"]}
      and the report gives the share of named ideas shown first, of questions \
      with a fitting idea in the first three, and the same for a plain BM25 search.

      With --dialogues, each line is a conversation, each turn with its intent \
      and the whole state expected after it:
        {"id": "d1", "turns": [{"user": "ideas for 12", "intent": "suggest_ideas",
         "state": {"team_size": 12}}]}
      and the report gives joint goal accuracy (turns with intent and state \
      right) and the share of dialogues right throughout, with the misses.

      Examples:
        confetti eval --today 2026-11-23 --min-intent-accuracy 0.95 \\
          --max-false-refusal-rate 0.03 nlu.jsonl
        confetti eval --relevance --min-named-first 0.95 \\
          --min-first-three 0.9 relevance.jsonl

      Exit status: 0 when every threshold given is met; 1 when one is not (the \
      report is printed first); 65 when FILE cannot be read or a line is malformed.
      """
  )

  @Argument(help: ArgumentHelp("The annotated JSONL file.", valueName: "file"))
  var file: String

  @Flag(name: .long, help: "Write the report as one JSON object.")
  var json = false

  @Flag(
    name: .long, help: "Evaluate the suggestions' relevance on a file of questions naming ideas or kinds.")
  var relevance = false

  @Flag(
    name: .long,
    help: "Evaluate whole conversations on a file of dialogues, each turn with its intent and state.")
  var dialogues = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --dialogues: fail (exit 1) below this share of turns with the whole state right.", valueName: "x")
  )
  var minJointGoalAccuracy: Double?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --dialogues: fail (exit 1) below this share of dialogues right throughout.", valueName: "x"))
  var minDialogueAccuracy: Double?

  @Option(
    name: .long,
    help: ArgumentHelp("With --relevance: fail (exit 1) below this named-first share.", valueName: "x"))
  var minNamedFirst: Double?

  @Option(
    name: .long,
    help: ArgumentHelp("With --relevance: fail (exit 1) below this first-three share.", valueName: "x"))
  var minFirstThree: Double?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Take this date (YYYY-MM-DD) as today, for \"next year\". Default: CONFETTI_TODAY or the clock.",
      valueName: "date"))
  var today: String?

  @Option(
    name: [.customLong("catalogue"), .customLong("catalog")],
    help: ArgumentHelp("Add or override ideas from a YAML catalogue file (repeatable).", valueName: "file"))
  var catalogue: [String] = []

  @Option(name: .long, help: ArgumentHelp("Fail (exit 1) below this intent accuracy.", valueName: "x"))
  var minIntentAccuracy: Double?

  @Option(name: .long, help: ArgumentHelp("Fail (exit 1) below this micro-averaged slot F1.", valueName: "x"))
  var minSlotF1: Double?

  @Option(name: .long, help: ArgumentHelp("Fail (exit 1) below this out-of-scope recall.", valueName: "x"))
  var minOosRecall: Double?

  @Option(
    name: .long,
    help: ArgumentHelp("Fail (exit 1) above this share of in-scope rows refused.", valueName: "x"))
  var maxFalseRefusalRate: Double?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Fail (exit 1) above this share of out-of-scope rows given a task intent.", valueName: "x"))
  var maxOosDomainRate: Double?

  @Option(
    name: .long,
    help: ArgumentHelp("Fail (exit 1) below this share of small talk answered in kind.", valueName: "x"))
  var minSmallTalkRecall: Double?

  func validate() throws {
    for (name, value) in [
      ("--min-intent-accuracy", minIntentAccuracy), ("--min-slot-f1", minSlotF1),
      ("--min-oos-recall", minOosRecall), ("--max-false-refusal-rate", maxFalseRefusalRate),
      ("--max-oos-domain-rate", maxOosDomainRate), ("--min-small-talk-recall", minSmallTalkRecall),
      ("--min-named-first", minNamedFirst), ("--min-joint-goal-accuracy", minJointGoalAccuracy),
      ("--min-dialogue-accuracy", minDialogueAccuracy),
      ("--min-first-three", minFirstThree),
    ] {
      if let value, !value.isFinite || value < 0 || value > 1 {
        throw ValidationError("\(name) must be a number from 0 to 1.")
      }
    }
    do {
      _ = try Today.resolve(today)
    } catch {
      throw ValidationError(error.description)
    }
  }

  func run() throws {
    let todayDate = try Today.resolve(today)
    let catalogue = try Session.catalogue(with: catalogue)
    if relevance {
      try runRelevance(catalogue: catalogue, today: todayDate)
      return
    }
    if dialogues {
      try runDialogues(catalogue: catalogue, today: todayDate)
      return
    }
    let rows = try Self.rows(fromJSONL: try FileReader.read(file), file: file)
    guard !rows.isEmpty else { throw CLIError.unreadable(path: file, reason: "no rows to evaluate") }
    let report = Evaluator(
      matcher: IntentMatcher(catalogue: catalogue), today: todayDate, catalogue: catalogue
    )
    .evaluate(rows)
    if json {
      try OutputChannel.standardOutput.write(
        Self.json(report, file: file, today: todayDate).serialized + "\n")
    } else {
      let header = "Evaluation of \(file) (today \(todayDate))\n\n"
      try OutputChannel.standardOutput.write(header + report.text())
    }
    let thresholds = EvaluationThresholds(
      minIntentAccuracy: minIntentAccuracy, minSlotF1: minSlotF1, minOutOfScopeRecall: minOosRecall,
      maxFalseRefusalRate: maxFalseRefusalRate, maxOutOfScopeDomainRate: maxOosDomainRate,
      minSmallTalkRecall: minSmallTalkRecall)
    let failures = thresholds.failures(in: report)
    if !failures.isEmpty { throw CLIError.other(failures.joined(separator: "; ")) }
  }
}

// MARK: - Dialogues

extension EvalCommand {
  func runDialogues(catalogue: Catalogue, today: CivilDate) throws {
    let rows = try Self.dialogueRows(fromJSONL: try FileReader.read(file), file: file)
    guard !rows.isEmpty else { throw CLIError.unreadable(path: file, reason: "no dialogues to evaluate") }
    let report = DialogueEvaluator(catalogue: catalogue, today: today).evaluate(rows)
    if json {
      try OutputChannel.standardOutput.write(Self.json(report, file: file, today: today).serialized + "\n")
    } else {
      try OutputChannel.standardOutput.write("Evaluation of \(file) (today \(today))\n\n" + report.text())
    }
    var failures: [String] = []
    if let min = minJointGoalAccuracy, report.jointGoalAccuracy < min {
      failures.append(
        "joint goal accuracy \(EvaluationReport.fixed(report.jointGoalAccuracy)) is below \(min)")
    }
    if let min = minDialogueAccuracy, report.dialogueAccuracy < min {
      failures.append("dialogue accuracy \(EvaluationReport.fixed(report.dialogueAccuracy)) is below \(min)")
    }
    if !failures.isEmpty { throw CLIError.other(failures.joined(separator: "; ")) }
  }

  static func json(_ r: DialogueReport, file: String, today: CivilDate) -> JSONValue {
    func state(_ s: [SlotName: Entity.Value]) -> JSONValue {
      .object(s.keys.sorted().map { ($0.rawValue, JSONRenderer.value(s[$0]!)) })
    }
    return .object([
      ("file", .string(file)), ("today", .string(today.description)), ("dialogues", .int(r.dialogues)),
      ("turns", .int(r.turns)), ("joint_goal_accuracy", .double(r.jointGoalAccuracy)),
      ("intent_accuracy", .double(r.intentAccuracy)), ("state_accuracy", .double(r.stateAccuracy)),
      ("dialogue_accuracy", .double(r.dialogueAccuracy)),
      ("rules", .object(r.ruleCounts.map { ($0.rule, .int($0.count)) })),
      (
        "misses",
        .array(
          r.misses.map { o in
            .object([
              ("dialogue", .string(o.dialogue)), ("turn", .int(o.index + 1)), ("user", .string(o.turn.user)),
              ("expected_intent", .string(o.turn.intent.rawValue)), ("intent", .string(o.intent.rawValue)),
              ("rule", o.rule.map { .string($0) } ?? .null), ("expected_state", state(o.turn.state)),
              ("state", state(o.state)),
            ])
          })
      ),
    ])
  }

  static let dialogueKeys: Set<String> = ["id", "covers", "turns"]
  static let turnKeys: Set<String> = ["user", "intent", "state"]

  /// The dialogues of a JSONL file; the first malformed line throws, naming `file:line`.
  static func dialogueRows(fromJSONL text: String, file: String) throws(CLIError) -> [DialogueRow] {
    try lines(ofJSONL: text, file: file) { (line: String, number: Int) throws(LineProblem) in
      try dialogueRow(fromJSON: line, line: number)
    }
  }

  static func dialogueRow(fromJSON line: String, line number: Int) throws(LineProblem) -> DialogueRow {
    let fields = try object(fromJSON: line, expected: "a JSON object {\"id\": …, \"turns\": […]}")
    if let unknown = fields.keys.filter({ !dialogueKeys.contains($0) }).sorted().first {
      throw LineProblem("unknown field '\(unknown)' (expected id, covers, turns)")
    }
    guard case .string(let id)? = fields["id"] else { throw LineProblem("id must be a string") }
    guard case .array(let rawTurns)? = fields["turns"], !rawTurns.isEmpty else {
      throw LineProblem("turns must be a non-empty list")
    }
    var turns: [DialogueRow.Turn] = []
    for (i, raw) in rawTurns.enumerated() {
      guard case .object(let t) = raw else { throw LineProblem("turn \(i + 1) must be an object") }
      if let unknown = t.keys.filter({ !turnKeys.contains($0) }).sorted().first {
        throw LineProblem("turn \(i + 1): unknown field '\(unknown)' (expected user, intent, state)")
      }
      guard case .string(let user)? = t["user"], !user.allSatisfy(\.isWhitespace) else {
        throw LineProblem("turn \(i + 1): user must be a non-empty string")
      }
      guard case .string(let name)? = t["intent"], let intent = Intent(rawValue: name) else {
        throw LineProblem(
          "turn \(i + 1): intent must be one of \(Intent.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      var state: [SlotName: Entity.Value] = [:]
      switch t["state"] {
      case .object(let raw)?:
        for key in raw.keys.sorted() {
          guard let slot = SlotName(rawValue: key), slot.row.isConstraint else {
            throw LineProblem("turn \(i + 1): unknown state key '\(key)'")
          }
          state[slot] = try slotValue(raw[key]!, for: slot)
        }
      case nil:
        throw LineProblem("turn \(i + 1): missing field 'state'")
      case let other?:
        throw LineProblem("turn \(i + 1): state must be an object, got \(other.shown)")
      }
      turns.append(DialogueRow.Turn(user: user, intent: intent, state: state))
    }
    return DialogueRow(id: id, turns: turns, line: number)
  }
}

// MARK: - Relevance

extension EvalCommand {
  func runRelevance(catalogue: Catalogue, today: CivilDate) throws {
    let rows = try Self.relevanceRows(fromJSONL: try FileReader.read(file), file: file, catalogue: catalogue)
    guard !rows.isEmpty else { throw CLIError.unreadable(path: file, reason: "no rows to evaluate") }
    let report = RelevanceEvaluator(catalogue: catalogue, today: today).evaluate(rows)
    if json {
      try OutputChannel.standardOutput.write(Self.json(report, file: file).serialized + "\n")
    } else {
      try OutputChannel.standardOutput.write("Evaluation of \(file) (today \(today))\n\n" + report.text())
    }
    let failures = EvaluationThresholds(minNamedFirst: minNamedFirst, minFirstThree: minFirstThree)
      .failures(in: report)
    if !failures.isEmpty { throw CLIError.other(failures.joined(separator: "; ")) }
  }

  static func json(_ r: RelevanceReport, file: String) -> JSONValue {
    .object([
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

  static let relevanceKeys: Set<String> = ["text", "idea", "kinds", "relevant"]

  /// The rows of a relevance file; the first malformed line throws, naming `file:line`.
  static func relevanceRows(fromJSONL text: String, file: String, catalogue: Catalogue) throws(CLIError)
    -> [RelevanceRow]
  {
    try lines(ofJSONL: text, file: file) { (line: String, number: Int) throws(LineProblem) in
      try relevanceRow(fromJSON: line, line: number, catalogue: catalogue)
    }
  }

  static func relevanceRow(fromJSON line: String, line number: Int, catalogue: Catalogue) throws(LineProblem)
    -> RelevanceRow
  {
    let fields = try object(fromJSON: line, expected: "a JSON object")
    if let unknown = fields.keys.filter({ !relevanceKeys.contains($0) }).sorted().first {
      throw LineProblem("unknown field '\(unknown)' (expected text, idea, kinds, relevant)")
    }
    guard case .string(let text)? = fields["text"], !text.allSatisfy(\.isWhitespace) else {
      throw LineProblem("text must be a non-empty string")
    }
    func ids(_ raw: RawJSON?, _ key: String) throws(LineProblem) -> [String] {
      guard case .array(let items)? = raw, !items.isEmpty else {
        throw LineProblem("\(key) must be a non-empty list of strings")
      }
      var out: [String] = []
      for item in items {
        guard case .string(let s) = item else { throw LineProblem("\(key) must be a list of strings") }
        out.append(s)
      }
      return out
    }
    let relevant = try ids(fields["relevant"], "relevant")
    for id in relevant where catalogue.idea(id: id) == nil {
      throw LineProblem("relevant: unknown idea '\(id)'")
    }
    var idea: String?
    if let raw = fields["idea"] {
      guard case .string(let id) = raw, catalogue.idea(id: id) != nil else {
        throw LineProblem("idea: unknown idea \(raw.shown)")
      }
      idea = id
    }
    var kinds: [Kind] = []
    if fields["kinds"] != nil {
      for k in try ids(fields["kinds"], "kinds") {
        guard let kind = Kind(rawValue: k) else { throw LineProblem("kinds: '\(k)' is not a kind") }
        kinds.append(kind)
      }
    }
    guard (idea == nil) != kinds.isEmpty else { throw LineProblem("give exactly one of idea or kinds") }
    return RelevanceRow(text: text, idea: idea, kinds: kinds, relevant: Set(relevant), line: number)
  }
}

// MARK: - Reading the file

extension EvalCommand {
  /// Any JSON value, decoded without a schema so that each problem can be named precisely.
  enum RawJSON: Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([RawJSON])
    case object([String: RawJSON])

    init(from decoder: any Decoder) throws {
      let c = try decoder.singleValueContainer()
      if c.decodeNil() {
        self = .null
      } else if let b = try? c.decode(Bool.self) {
        self = .bool(b)
      } else if let i = try? c.decode(Int.self) {
        self = .int(i)
      } else if let d = try? c.decode(Double.self) {
        self = .double(d)
      } else if let s = try? c.decode(String.self) {
        self = .string(s)
      } else if let a = try? c.decode([RawJSON].self) {
        self = .array(a)
      } else {
        self = .object(try c.decode([String: RawJSON].self))
      }
    }

    /// A short description for error messages: the value itself when it is short.
    var shown: String {
      switch self {
      case .null: return "null"
      case .bool(let b): return b ? "true" : "false"
      case .int(let i): return String(i)
      case .double(let d): return String(d)
      case .string(let s): return JSONValue.string(s.count > 40 ? String(s.prefix(40)) + "…" : s).serialized
      case .array: return "an array"
      case .object: return "an object"
      }
    }
  }

  static let rowKeys: Set<String> = ["text", "intent", "slots"]

  /// The rows of a JSONL evaluation file; the first malformed line throws, naming `file:line`.
  static func rows(fromJSONL text: String, file: String) throws(CLIError) -> [EvaluationRow] {
    try lines(ofJSONL: text, file: file) { (line: String, number: Int) throws(LineProblem) in
      try row(fromJSON: line, line: number)
    }
  }

  /// Each non-blank line of a JSONL file read by `read`; the first problem throws, naming `file:line`.
  static func lines<Row>(
    ofJSONL text: String, file: String, _ read: (String, Int) throws(LineProblem) -> Row
  ) throws(CLIError) -> [Row] {
    var rows: [Row] = []
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      if line.allSatisfy(\.isWhitespace) { continue }
      do {
        rows.append(try read(String(line), number))
      } catch {
        throw .dataFile(DataFileError(file: file, line: number, message: error.message))
      }
    }
    return rows
  }

  /// The fields of one line that must be a JSON object (`expected` says which, for the error).
  static func object(fromJSON line: String, expected: String) throws(LineProblem) -> [String: RawJSON] {
    let value: RawJSON
    do {
      value = try JSONDecoder().decode(RawJSON.self, from: Data(line.utf8))
    } catch {
      throw LineProblem("not valid JSON")
    }
    guard case .object(let fields) = value else {
      throw LineProblem("expected \(expected), got \(value.shown)")
    }
    return fields
  }

  struct LineProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }

  static func row(fromJSON line: String, line number: Int) throws(LineProblem) -> EvaluationRow {
    let fields = try object(
      fromJSON: line, expected: "a JSON object {\"text\": …, \"intent\": …, \"slots\": {…}}")
    if let unknown = fields.keys.filter({ !rowKeys.contains($0) }).sorted().first {
      throw LineProblem("unknown field '\(unknown)' (expected text, intent, slots)")
    }
    guard case .string(let text)? = fields["text"] else {
      throw LineProblem(
        fields["text"].map { "text must be a string, got \($0.shown)" } ?? "missing field 'text'")
    }
    if text.allSatisfy(\.isWhitespace) { throw LineProblem("text is empty") }
    guard case .string(let intentName)? = fields["intent"] else {
      throw LineProblem(
        fields["intent"].map { "intent must be a string, got \($0.shown)" } ?? "missing field 'intent'")
    }
    guard let intent = Intent(rawValue: intentName) else {
      throw LineProblem(
        "unknown intent '\(intentName)' (known: \(Intent.allCases.map(\.rawValue).joined(separator: ", ")))")
    }
    var slots: [SlotName: Entity.Value] = [:]
    switch fields["slots"] {
    case nil, .null?:
      break
    case .object(let raw)?:
      for key in raw.keys.sorted() {
        guard let name = SlotName(rawValue: key) else {
          throw LineProblem(
            "unknown slot '\(key)' (known: \(SlotName.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        slots[name] = try slotValue(raw[key]!, for: name)
      }
    case let other?:
      throw LineProblem("slots must be an object, got \(other.shown)")
    }
    return EvaluationRow(text: text, intent: intent, slots: slots, line: number)
  }

  static func slotValue(_ raw: RawJSON, for slot: SlotName) throws(LineProblem) -> Entity.Value {
    let value: Entity.Value?
    switch (EvaluationRow.kind(of: slot), raw) {
    case (.integer, .int(let i)):
      value = .int(i)
    case (.text, .string(let s)):
      value = .text(s)
    case (.flag, .bool(true)):
      value = .flag
    case (.list, .array(let items)):
      var strings: [String] = []
      for item in items {
        guard case .string(let s) = item else {
          throw LineProblem(
            "slot '\(slot.rawValue)' \(EvaluationRow.ValueKind.list.expectation), got \(raw.shown)")
        }
        strings.append(s)
      }
      value = .list(strings)
    case (.money, .object(let fields)):
      if let unknown = fields.keys.filter({ $0 != "amount" && $0 != "currency" }).sorted().first {
        throw LineProblem("slot '\(slot.rawValue)': unknown field '\(unknown)' (expected amount, currency)")
      }
      let amount: Double
      switch fields["amount"] {
      case .int(let i)?: amount = Double(i)
      case .double(let d)?: amount = d
      case nil: throw LineProblem("slot '\(slot.rawValue)': missing field 'amount'")
      case let other?:
        throw LineProblem("slot '\(slot.rawValue)': amount must be a number, got \(other.shown)")
      }
      guard case .string(let code)? = fields["currency"] else {
        throw LineProblem(
          "slot '\(slot.rawValue)': "
            + (fields["currency"].map { "currency must be a string, got \($0.shown)" }
              ?? "missing field 'currency'"))
      }
      guard let currency = Money.Currency(rawValue: code) else {
        let known = Money.Currency.allCases.map(\.rawValue).joined(separator: ", ")
        throw LineProblem("slot '\(slot.rawValue)': unknown currency '\(code)' (known: \(known))")
      }
      value = .money(Money(amount: amount, currency: currency))
    default:
      value = nil
    }
    guard let value else {
      throw LineProblem(
        "slot '\(slot.rawValue)' \(EvaluationRow.kind(of: slot).expectation), got \(raw.shown)")
    }
    if let problem = EvaluationRow.problem(with: value, for: slot) {
      throw LineProblem("slot '\(slot.rawValue)': \(problem)")
    }
    return value
  }
}

// MARK: - The JSON report

extension EvalCommand {
  /// The report as one JSON object; figures that cannot be measured are null.
  static func json(_ report: EvaluationReport, file: String, today: CivilDate) -> JSONValue {
    func score(_ s: EvaluationScore) -> JSONValue {
      .object([
        ("precision", .double(s.precision)), ("recall", .double(s.recall)), ("f1", .double(s.f1)),
        ("support", .int(s.support)),
      ])
    }
    func average(_ a: EvaluationScore.Average) -> JSONValue {
      .object([("precision", .double(a.precision)), ("recall", .double(a.recall)), ("f1", .double(a.f1))])
    }
    func optional(_ d: Double?) -> JSONValue { d.map { .double($0) } ?? .null }
    func line(_ row: EvaluationRow) -> JSONValue { row.line.map { .int($0) } ?? .null }
    let micro = report.slotMicro
    let slotMicro: JSONValue =
      micro.isEmpty
      ? .object([("precision", .null), ("recall", .null), ("f1", .null)])
      : .object([
        ("precision", .double(micro.precision)), ("recall", .double(micro.recall)), ("f1", .double(micro.f1)),
      ])
    let misclassified: [JSONValue] = report.misclassified.map { o in
      var fields: [(String, JSONValue)] = [
        ("line", line(o.row)), ("text", .string(o.row.text)), ("gold", .string(o.row.intent.rawValue)),
        ("predicted", .string(o.prediction.intent.rawValue)),
        ("confidence", .double(o.prediction.confidence)),
      ]
      if let r = o.prediction.rejected { fields.append(("rejected", .string(r.rawValue))) }
      if let rule = o.prediction.rule { fields.append(("rule", .string(rule))) }
      return .object(fields)
    }
    let slotErrors: [JSONValue] = report.slotErrors.map { row in
      let o = row.outcome
      return .object([
        ("line", line(o.row)), ("text", .string(o.row.text)), ("gold_intent", .string(o.row.intent.rawValue)),
        ("predicted_intent", .string(o.prediction.intent.rawValue)),
        (
          "errors",
          .array(
            row.errors.map { e in
              .object([
                ("slot", .string(e.slot.rawValue)), ("kind", .string(e.kind.rawValue)),
                ("gold", e.gold.map(JSONRenderer.value) ?? .null),
                ("predicted", e.predicted.map(JSONRenderer.value) ?? .null),
              ])
            })
        ),
      ])
    }
    return .object([
      ("file", .string(file)),
      ("today", .string(today.description)),
      ("rows", .int(report.rowCount)),
      ("intent_accuracy", .double(report.intentAccuracy)),
      ("intents", .object(report.intentOrder.map { ($0.rawValue, score(report.intents[$0]!)) })),
      ("intent_macro_avg", average(report.intentMacroAverage)),
      ("intent_weighted_avg", average(report.intentWeightedAverage)),
      (
        "confusions",
        .array(
          report.topConfusions.map {
            .object([
              ("gold", .string($0.gold.rawValue)), ("predicted", .string($0.predicted.rawValue)),
              ("count", .int($0.count)),
            ])
          })
      ),
      ("slots", .object(report.slotOrder.map { ($0.rawValue, score(report.slots[$0]!)) })),
      ("slot_micro", slotMicro),
      ("out_of_scope_recall", optional(report.outOfScopeRecall)),
      ("false_refusal_rate", optional(report.falseRefusalRate)),
      ("out_of_scope_domain_rate", optional(report.outOfScopeDomainRate)),
      ("small_talk_recall", optional(report.smallTalkRecall)),
      ("rules", .object(report.ruleCounts.map { ($0.rule, .int($0.count)) })),
      ("misclassified", .array(misclassified)),
      ("slot_errors", .array(slotErrors)),
    ])
  }
}
