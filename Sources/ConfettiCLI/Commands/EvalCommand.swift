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
      "Take this date (YYYY-MM-DD) as today, for \"next year\". Default: CONFETTI_TODAY or the clock.",
      valueName: "date"))
  var today: String?

  @Option(
    name: [.customLong("catalogue"), .customLong("catalog")],
    help: ArgumentHelp("Add or override ideas from a YAML catalogue file (repeatable).", valueName: "file"))
  var catalogue: [String] = []

  // The gates: each option's name and help come from EvaluationGate's one table.

  @Option(name: .customLong(EvaluationGate.minIntentAccuracy.rawValue), help: Self.help(.minIntentAccuracy))
  var minIntentAccuracy: Double?

  @Option(name: .customLong(EvaluationGate.minSlotF1.rawValue), help: Self.help(.minSlotF1))
  var minSlotF1: Double?

  @Option(
    name: .customLong(EvaluationGate.minOutOfScopeRecall.rawValue), help: Self.help(.minOutOfScopeRecall))
  var minOosRecall: Double?

  @Option(
    name: .customLong(EvaluationGate.maxFalseRefusalRate.rawValue), help: Self.help(.maxFalseRefusalRate))
  var maxFalseRefusalRate: Double?

  @Option(
    name: .customLong(EvaluationGate.maxOutOfScopeDomainRate.rawValue),
    help: Self.help(.maxOutOfScopeDomainRate))
  var maxOosDomainRate: Double?

  @Option(name: .customLong(EvaluationGate.minSmallTalkRecall.rawValue), help: Self.help(.minSmallTalkRecall))
  var minSmallTalkRecall: Double?

  @Option(name: .customLong(EvaluationGate.minNamedFirst.rawValue), help: Self.help(.minNamedFirst))
  var minNamedFirst: Double?

  @Option(name: .customLong(EvaluationGate.minFirstThree.rawValue), help: Self.help(.minFirstThree))
  var minFirstThree: Double?

  @Option(
    name: .customLong(EvaluationGate.minJointGoalAccuracy.rawValue), help: Self.help(.minJointGoalAccuracy))
  var minJointGoalAccuracy: Double?

  @Option(
    name: .customLong(EvaluationGate.minDialogueAccuracy.rawValue), help: Self.help(.minDialogueAccuracy))
  var minDialogueAccuracy: Double?

  static func help(_ gate: EvaluationGate) -> ArgumentHelp { ArgumentHelp(gate.help, valueName: "x") }

  /// The gates given, by the table's case.
  var limits: [EvaluationGate: Double] {
    let given: [(EvaluationGate, Double?)] = [
      (.minIntentAccuracy, minIntentAccuracy), (.minSlotF1, minSlotF1), (.minOutOfScopeRecall, minOosRecall),
      (.maxFalseRefusalRate, maxFalseRefusalRate), (.maxOutOfScopeDomainRate, maxOosDomainRate),
      (.minSmallTalkRecall, minSmallTalkRecall), (.minNamedFirst, minNamedFirst),
      (.minFirstThree, minFirstThree),
      (.minJointGoalAccuracy, minJointGoalAccuracy), (.minDialogueAccuracy, minDialogueAccuracy),
    ]
    return Dictionary(uniqueKeysWithValues: given.compactMap { gate, value in value.map { (gate, $0) } })
  }

  func validate() throws {
    for (gate, value) in limits.sorted(by: { $0.key.rawValue < $1.key.rawValue })
    where !value.isFinite || value < 0 || value > 1 {
      throw ValidationError("--\(gate.rawValue) must be a number from 0 to 1.")
    }
    do {
      _ = try Today.resolve(today)
    } catch {
      throw ValidationError(error.description)
    }
  }

  func run() throws {
    let today = try Today.resolve(today)
    let catalogue = try Session.catalogue(with: catalogue)
    let text = try FileReader.read(file)
    let report: (json: JSONValue, text: String, failures: [String])
    do {
      if relevance {
        let rows = try EvaluationFile.relevanceRows(fromJSONL: text, file: file, catalogue: catalogue)
        try Self.requireRows(rows, in: file)
        let r = RelevanceEvaluator(catalogue: catalogue, today: today).evaluate(rows)
        report = (r.json(file: file), r.text(), EvaluationGate.failures(limits, in: r))
      } else if dialogues {
        let rows = try EvaluationFile.dialogueRows(fromJSONL: text, file: file)
        try Self.requireRows(rows, in: file, what: "dialogues")
        let r = DialogueEvaluator(catalogue: catalogue, today: today).evaluate(rows)
        report = (r.json(file: file, today: today), r.text(), EvaluationGate.failures(limits, in: r))
      } else {
        let rows = try EvaluationFile.rows(fromJSONL: text, file: file)
        try Self.requireRows(rows, in: file)
        let r = Evaluator(matcher: IntentMatcher(catalogue: catalogue), today: today, catalogue: catalogue)
          .evaluate(rows)
        report = (r.json(file: file, today: today), r.text(), EvaluationGate.failures(limits, in: r))
      }
    } catch let error as DataFileError {
      throw CLIError.dataFile(error)
    }
    let out =
      json ? report.json.serialized + "\n" : "Evaluation of \(file) (today \(today))\n\n" + report.text
    try OutputChannel.standardOutput.write(out)
    if !report.failures.isEmpty { throw CLIError.other(report.failures.joined(separator: "; ")) }
  }

  static func requireRows<Row>(_ rows: [Row], in file: String, what: String = "rows") throws {
    guard !rows.isEmpty else { throw CLIError.unreadable(path: file, reason: "no \(what) to evaluate") }
  }
}
