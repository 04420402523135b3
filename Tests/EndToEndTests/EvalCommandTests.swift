import Foundation
import Testing

/// `confetti eval` through the built binary: counts on a small file, bad lines, thresholds, and the
/// held-out quality gate.
struct EvalCommandTests {
  /// Six rows (and a blank line). Two are annotated wrongly on purpose, so the
  /// figures are known whatever the matcher's tuning: "goodbye" is labelled
  /// greet, and the budget of line 3 is labelled in pounds.
  static let small = """
    {"text": "hello", "intent": "greet", "slots": {}}
    {"text": "goodbye", "intent": "greet", "slots": {}}
    {"text": "ideas for 12 people under $300", "intent": "suggest_ideas", \
    "slots": {"team_size": 12, "budget": {"amount": 300, "currency": "GBP"}}}

    {"text": "when is customer service week next year", "intent": "event_date", "slots": {"year": 2027}}
    {"text": "what is the capital of france", "intent": "out_of_scope", "slots": {}}
    {"text": "thanks", "intent": "thanks"}

    """

  /// Writes `text` to a new temporary file and returns its path.
  static func temporaryFile(_ text: String, name: String = "rows.jsonl") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "confetti-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  static func object(_ output: ConfettiProcess.Output) throws -> [String: Any] {
    let lines = try output.jsonLines()
    try #require(lines.count == 1, "one JSON object, got: \(output.text)")
    return lines[0]
  }

  static func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }

  @Test func jsonReportCountsASmallFile() throws {
    let path = try Self.temporaryFile(Self.small)
    let r = try ConfettiProcess.run(["eval", "--json", "--today", "2026-11-23", path])
    #expect(r.status == 0, "stderr: \(r.errorText)")
    let report = try Self.object(r)

    #expect(report["rows"] as? Int == 6)
    #expect(Self.number(report["intent_accuracy"]) == 0.833)
    let intents = try #require(report["intents"] as? [String: [String: Any]])
    #expect(intents["greet"]?["support"] as? Int == 2)
    #expect(Self.number(intents["greet"]?["recall"]) == 0.5)
    #expect(Self.number(intents["greet"]?["precision"]) == 1)
    #expect(intents["goodbye"]?["support"] as? Int == 0)
    #expect(Self.number(intents["goodbye"]?["precision"]) == 0)
    let confusions = try #require(report["confusions"] as? [[String: Any]])
    #expect(confusions.count == 1)
    #expect(confusions.first?["gold"] as? String == "greet")
    #expect(confusions.first?["predicted"] as? String == "goodbye")
    #expect(confusions.first?["count"] as? Int == 1)

    // team_size and year (2027: "next year" from --today) right; budget wrong on currency.
    let slots = try #require(report["slots"] as? [String: [String: Any]])
    #expect(Set(slots.keys) == ["team_size", "budget", "year"])
    #expect(Self.number(slots["year"]?["f1"]) == 1)
    #expect(Self.number(slots["team_size"]?["f1"]) == 1)
    #expect(Self.number(slots["budget"]?["f1"]) == 0)
    #expect(slots["budget"]?["support"] as? Int == 1)
    let micro = try #require(report["slot_micro"] as? [String: Any])
    #expect(Self.number(micro["precision"]) == 0.667)
    #expect(Self.number(micro["recall"]) == 0.667)

    #expect(Self.number(report["out_of_scope_recall"]) == 1)
    #expect(Self.number(report["false_refusal_rate"]) == 0)

    let misclassified = try #require(report["misclassified"] as? [[String: Any]])
    #expect(misclassified.count == 1)
    #expect(misclassified.first?["line"] as? Int == 2)
    #expect(misclassified.first?["text"] as? String == "goodbye")
    #expect(misclassified.first?["gold"] as? String == "greet")
    #expect(Self.number(misclassified.first?["confidence"]) != nil)

    let slotErrors = try #require(report["slot_errors"] as? [[String: Any]])
    #expect(slotErrors.count == 1)
    #expect(slotErrors.first?["line"] as? Int == 3)
    let errors = try #require(slotErrors.first?["errors"] as? [[String: Any]])
    #expect(errors.count == 1)
    #expect(errors.first?["slot"] as? String == "budget")
    #expect(errors.first?["kind"] as? String == "wrong")
    #expect((errors.first?["gold"] as? [String: Any])?["currency"] as? String == "GBP")
    #expect((errors.first?["predicted"] as? [String: Any])?["currency"] as? String == "USD")
  }

  @Test func textReportShowsTheSummaryAndTables() throws {
    let path = try Self.temporaryFile(Self.small)
    let r = try ConfettiProcess.run(["eval", "--today", "2026-11-23", path])
    #expect(r.status == 0, "stderr: \(r.errorText)")
    for expected in [
      "  rows                        6", "  intent accuracy         0.833  (5 of 6)",
      "  out-of-scope recall     1.000  (1 of 1)",
      "  false refusal rate      0.000  (0 of 5)", "  unrelated given a task  0.000  (0 of 1)",
      "  small talk answered     0.667  (2 of 3)", "      1  greet  goodbye",
      "    wrong  budget  gold £300, predicted $300",
    ] {
      #expect(r.text.contains(expected + "\n"), "missing \(expected) in:\n\(r.text)")
    }
  }

  @Test(
    "a malformed line is a data error naming file:line",
    arguments: [
      (#"{"text": "hi", "intent": "greet""#, "not valid JSON"),
      (#"{"text": "hi", "intent": "greeting"}"#, "unknown intent 'greeting'"),
      (#"{"text": "hi", "intent": "greet", "slots": {"people": 3}}"#, "unknown slot 'people'"),
      (
        #"{"text": "hi", "intent": "greet", "slots": {"team_size": "ten"}}"#,
        "slot 'team_size' must be a whole number"
      ),
      (#"{"text": "hi", "intent": "greet", "slots": {"audience": "everyone"}}"#, "'everyone' is not one of"),
      (
        #"{"text": "hi", "intent": "greet", "slots": {"budget": {"amount": 5, "currency": "XYZ"}}}"#,
        "currency 'XYZ'"
      ),
      (#"{"intent": "greet"}"#, "missing field 'text'"),
      (#"["hi", "greet"]"#, "expected a JSON object"),
    ])
  func malformedLine(line: String, problem: String) throws {
    let path = try Self.temporaryFile(#"{"text": "hello", "intent": "greet"}"# + "\n\n" + line + "\n")
    let r = try ConfettiProcess.run(["eval", "--json", path])
    #expect(r.status == 65)
    #expect(r.errorText.contains("\(path):3: "), "stderr: \(r.errorText)")
    #expect(r.errorText.contains(problem), "stderr: \(r.errorText)")
    #expect(r.text.isEmpty)
  }

  @Test func missingOrEmptyFileIsADataError() throws {
    let missing = try ConfettiProcess.run(["eval", "/nonexistent/rows.jsonl"])
    #expect(missing.status == 65)
    #expect(missing.errorText.contains("/nonexistent/rows.jsonl"))
    let blank = try ConfettiProcess.run(["eval", try Self.temporaryFile("\n  \n")])
    #expect(blank.status == 65)
    #expect(blank.errorText.contains("no rows"))
  }

  @Test func unmetThresholdExitsOneAfterTheReport() throws {
    let path = try Self.temporaryFile(Self.small)
    let r = try ConfettiProcess.run([
      "eval", "--json", "--today", "2026-11-23", "--min-intent-accuracy", "1", path,
    ])
    #expect(r.status == 1)
    #expect(try Self.object(r)["rows"] as? Int == 6, "the report is printed first")
    #expect(r.errorText.contains("--min-intent-accuracy 1"), "stderr: \(r.errorText)")
    let impossible = try ConfettiProcess.run(["eval", "--min-intent-accuracy", "1.5", path])
    #expect(impossible.status == 64, "a share above 1 is a usage error")

    let met = try ConfettiProcess.run([
      "eval", "--today", "2026-11-23", "--min-intent-accuracy", "0.8", "--min-slot-f1", "0.6",
      "--min-oos-recall", "1", path,
    ])
    #expect(met.status == 0, "stderr: \(met.errorText)")
  }

  /// Unrelated requests and small talk from CLINC150's validation split (never trained on): how many
  /// unrelated rows get a task answer (an idea, a plan, a date, an edit), and how much small talk is
  /// answered in kind. Issue 13's goals are ≤ 0.002 and ≥ 0.9, both met (6 of 3,020; 54 of 60).
  @Test func clincValidationGate() throws {
    let path = ConfettiProcess.packageRoot.appendingPathComponent("Tests/CLINC/val.jsonl").path
    let r = try ConfettiProcess.run(["eval", "--json", "--today", "2026-11-23", path])
    try #require(r.status == 0, "stderr: \(r.errorText)")
    let report = try Self.object(r)
    #expect(report["rows"] as? Int == 3100)
    let domainRate = try #require(Self.number(report["out_of_scope_domain_rate"]))
    let smallTalk = try #require(Self.number(report["small_talk_recall"]))
    let figures = "CLINC val: unrelated given a task \(domainRate), small talk answered \(smallTalk)"
    let (maxDomainRate, minSmallTalk) = (0.002, 0.9)
    // The JSON figure is rounded to three places; the command's own gate below compares the exact rate.
    #expect(domainRate <= maxDomainRate + 0.0005, "\(figures)")
    #expect(smallTalk >= minSmallTalk, "\(figures)")
    let gate = try ConfettiProcess.run([
      "eval", "--today", "2026-11-23", "--max-oos-domain-rate", "\(maxDomainRate)", "--min-small-talk-recall",
      "\(minSmallTalk)", path,
    ])
    #expect(gate.status == 0, "the command's own gate agrees: \(gate.errorText)")
    let strict = try ConfettiProcess.run([
      "eval", "--max-oos-domain-rate", "0", "--min-small-talk-recall", "1", path,
    ])
    #expect(strict.status == (domainRate > 0 || smallTalk < 1 ? 1 : 0), "\(strict.errorText)")
  }

  /// The quality gate on rows the matcher never trained on.
  /// The relevance gate options fail (exit 1) naming the option, and pass when met.
  @Test func relevanceThresholdsGateTheExitCode() throws {
    let path = ConfettiProcess.packageRoot.appendingPathComponent("Tests/Dev/relevance.jsonl").path
    let fail = try ConfettiProcess.run([
      "eval", "--relevance", "--today", "2026-11-23", "--min-named-first", "0.999", "--min-first-three",
      "0.1",
      path,
    ])
    #expect(fail.status == 1)
    #expect(fail.errorText.contains("named idea first"), "stderr: \(fail.errorText)")
    #expect(fail.errorText.contains("--min-named-first 0.999"), "stderr: \(fail.errorText)")
    #expect(!fail.errorText.contains("--min-first-three"), "stderr: \(fail.errorText)")
    let pass = try ConfettiProcess.run([
      "eval", "--relevance", "--today", "2026-11-23", "--min-named-first", "0.5", "--min-first-three", "0.5",
      path,
    ])
    #expect(pass.status == 0, "stderr: \(pass.errorText)")
  }

  /// The development sets, tuned on since, so regression gates only: the first held-out set, measured
  /// through the whole path at 0.968 / 0.971 / 0.966 (56 of 58) / 0.016 (floors at issue 13's targets),
  /// and `nlu-extra`, written before the request-shape work and measured after it (with seven rows
  /// that were training data reworded) at 0.966 / 0.919 / 0.933 (14 of 15) / 0.027 (floors a margin
  /// below).
  @Test(arguments: [
    ("Tests/Dev/nlu.jsonl", 0.95, 0.95, 0.95, 0.03), ("Tests/Dev/nlu-extra.jsonl", 0.95, 0.89, 0.9, 0.04),
  ])
  func devSetGate(
    _ file: String, _ minAccuracy: Double, _ minSlotF1: Double, _ minOOSRecall: Double, _ maxRefusals: Double
  ) throws {
    let path = ConfettiProcess.packageRoot.appendingPathComponent(file).path
    let r = try ConfettiProcess.run(["eval", "--json", "--today", "2026-11-23", path])
    try #require(r.status == 0, "stderr: \(r.errorText)")
    let report = try Self.object(r)
    let accuracy = try #require(Self.number(report["intent_accuracy"]))
    let slotF1 = try #require(Self.number((report["slot_micro"] as? [String: Any])?["f1"]))
    let oosRecall = try #require(Self.number(report["out_of_scope_recall"]))
    let refusals = Self.number(report["false_refusal_rate"]) ?? .nan
    let figures =
      "\(file) (\(report["rows"] ?? "?") rows): intent accuracy \(accuracy), slot micro F1 \(slotF1), "
      + "out-of-scope recall \(oosRecall), false refusal rate \(refusals)"
    #expect(accuracy >= minAccuracy, "\(figures)")
    #expect(slotF1 >= minSlotF1, "\(figures)")
    #expect(oosRecall >= minOOSRecall, "\(figures)")
    #expect(refusals <= maxRefusals, "\(figures)")
    let gate = try ConfettiProcess.run([
      "eval", "--today", "2026-11-23", "--min-intent-accuracy", "\(minAccuracy)", "--min-slot-f1",
      "\(minSlotF1)",
      "--min-oos-recall", "\(minOOSRecall)", "--max-false-refusal-rate", "\(maxRefusals)", path,
    ])
    #expect(gate.status == 0, "the command's own gate agrees: \(gate.errorText)")
  }
}
