import Testing

@testable import ConfettiCore
@testable import ConfettiEvaluation

/// The arithmetic of `confetti eval`, on hand-made rows and predictions (no matcher involved).
struct EvaluatorTests {
  static func row(_ text: String, _ intent: Intent, _ slots: [SlotName: Entity.Value] = [:], line: Int? = nil)
    -> EvaluationRow
  {
    EvaluationRow(text: text, intent: intent, slots: slots, line: line)
  }

  static func predicted(_ intent: Intent, _ slots: [SlotName: Entity.Value] = [:], confidence: Double = 0.9)
    -> EvaluationPrediction
  {
    EvaluationPrediction(intent: intent, confidence: confidence, slots: slots)
  }

  static func close(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) < 1e-9
  }

  // MARK: Scores

  @Test(
    "precision, recall and F1 from counts",
    arguments: [
      // (tp, fp, fn, precision, recall, f1)
      (3, 1, 2, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
      (5, 0, 0, 1.0, 1.0, 1.0),
      (0, 4, 3, 0.0, 0.0, 0.0),
      (0, 0, 2, 0.0, 0.0, 0.0),  // never predicted: precision 0 by convention
      (2, 2, 0, 0.5, 1.0, 2.0 / 3.0),
      (0, 0, 0, 0.0, 0.0, 0.0),
    ])
  func scoreArithmetic(counts: (Int, Int, Int, Double, Double, Double)) {
    let (tp, fp, fn, p, r, f1) = counts
    let s = EvaluationScore(truePositives: tp, falsePositives: fp, falseNegatives: fn)
    #expect(Self.close(s.precision, p))
    #expect(Self.close(s.recall, r))
    #expect(Self.close(s.f1, f1))
    #expect(s.support == tp + fn)
    #expect(s.isEmpty == (tp + fp + fn == 0))
  }

  /// Gold annotations that name an idea merged into another (issue 22) are read as that idea, so
  /// an evaluation file written before the merge still scores what the binary answers.
  @Test func goldIdsOfMergedIdeasAreTheIdeasThatHoldThemNow() throws {
    let rows = try EvaluationFile.relevanceRows(
      fromJSONL:
        #"{"text": "jersey day", "idea": "team-jersey-day", "relevant": ["team-jersey-day", "team-colours-photo", "themed-dress-days", "cookout"]}"#,
      file: "dev.jsonl", catalogue: .builtin)
    #expect(rows.first?.idea == "themed-dress-days")
    #expect(rows.first?.relevant == ["themed-dress-days", "cookout"])
    let evaluator = Evaluator(matcher: Fixtures.matcher, today: Fixtures.today)
    let row = evaluator.canonical(
      Self.row(
        "skip the idea wall", .refine,
        [.idea: .text("testimonial-videos"), .withoutIdeas: .list(["idea-wall", "feedback-channel"])]))
    #expect(row.slots[.idea] == .text("customer-testimonial"))
    #expect(row.slots[.withoutIdeas] == .list(["feedback-channel"]))
  }

  @Test func macroAndWeightedAverages() {
    // a: precision 1, recall 1, F1 1, support 1; b: precision 0.5, recall 1/3, F1 0.4, support 3.
    let a = EvaluationScore(truePositives: 1, falsePositives: 0, falseNegatives: 0)
    let b = EvaluationScore(truePositives: 1, falsePositives: 1, falseNegatives: 2)
    let macro = EvaluationScore.Average.macro([a, b])
    #expect(Self.close(macro.precision, 0.75))
    #expect(Self.close(macro.recall, (1 + 1.0 / 3) / 2))
    #expect(Self.close(macro.f1, 0.7))
    let weighted = EvaluationScore.Average.weighted([a, b])
    #expect(Self.close(weighted.precision, (1 + 0.5 * 3) / 4))
    #expect(Self.close(weighted.recall, (1 + 1.0) / 4))
    #expect(Self.close(weighted.f1, (1 + 0.4 * 3) / 4))
    #expect(EvaluationScore.Average.weighted([]) == EvaluationScore.Average(precision: 0, recall: 0, f1: 0))
  }

  // MARK: Intents

  /// Ten rows, 6 predicted right. Confusions: refine → suggest_ideas twice,
  /// help → out_of_scope once, out_of_scope → help once.
  static let intentRows: [EvaluationRow] = [
    row("ideas please", .suggestIdeas, line: 1),
    row("more ideas", .suggestIdeas, line: 2),
    row("what about 40", .refine, line: 3),
    row("and remote", .refine, line: 4),
    row("and hybrid", .refine, line: 5),
    row("help", .help, line: 6),
    row("what can you do", .help, line: 7),
    row("weather?", .outOfScope, line: 8),
    row("stock tips", .outOfScope, line: 9),
    row("sing a song", .outOfScope, line: 10),
  ]

  static let intentPredictions: [EvaluationPrediction] = [
    predicted(.suggestIdeas),
    predicted(.suggestIdeas),
    predicted(.suggestIdeas, confidence: 0.55),
    predicted(.suggestIdeas, confidence: 0.6),
    predicted(.refine),
    predicted(.help),
    predicted(.outOfScope, confidence: 0.7),
    predicted(.outOfScope),
    predicted(.help, confidence: 0.51),
    predicted(.outOfScope),
  ]

  @Test func intentAccuracyAndPerIntentScores() throws {
    let report = EvaluationReport(rows: Self.intentRows, predictions: Self.intentPredictions)
    #expect(report.rowCount == 10)
    #expect(report.correctIntents == 6)
    #expect(Self.close(report.intentAccuracy, 0.6))
    #expect(report.intentOrder == [.suggestIdeas, .refine, .help, .outOfScope])

    // suggest_ideas: predicted 4 times, right twice; both gold rows found.
    let suggest = try #require(report.intents[.suggestIdeas])
    #expect(suggest == EvaluationScore(truePositives: 2, falsePositives: 2, falseNegatives: 0))
    #expect(Self.close(suggest.precision, 0.5))
    #expect(Self.close(suggest.recall, 1))
    #expect(Self.close(suggest.f1, 2.0 / 3.0))
    #expect(suggest.support == 2)

    let refine = try #require(report.intents[.refine])
    #expect(refine == EvaluationScore(truePositives: 1, falsePositives: 0, falseNegatives: 2))
    #expect(Self.close(refine.recall, 1.0 / 3.0))
    #expect(Self.close(refine.f1, 0.5))

    #expect(report.intents[.help] == EvaluationScore(truePositives: 1, falsePositives: 1, falseNegatives: 1))
    #expect(
      report.intents[.outOfScope] == EvaluationScore(truePositives: 2, falsePositives: 1, falseNegatives: 1))
    #expect(report.intents[.greet] == nil)
  }

  @Test func confusionsAreCountedAndSortedByCountThenIntentOrder() {
    let report = EvaluationReport(rows: Self.intentRows, predictions: Self.intentPredictions)
    #expect(
      report.confusions == [
        .init(gold: .refine, predicted: .suggestIdeas, count: 2),
        .init(gold: .help, predicted: .outOfScope, count: 1),
        .init(gold: .outOfScope, predicted: .help, count: 1),
      ])
    #expect(report.misclassified.map { $0.row.line } == [3, 4, 7, 9])
    #expect(report.misclassified.first?.prediction.confidence == 0.55)
  }

  @Test func topConfusionsStopAtTen() {
    var rows: [EvaluationRow] = []
    var predictions: [EvaluationPrediction] = []
    let intents = Intent.allCases.filter { $0 != .outOfScope }
    for (i, gold) in intents.enumerated() {
      // gold → out_of_scope, (i + 1) times: the commonest confusion belongs to the last intent.
      for _ in 0...i {
        rows.append(Self.row("x", gold))
        predictions.append(Self.predicted(.outOfScope))
      }
    }
    let report = EvaluationReport(rows: rows, predictions: predictions)
    #expect(report.confusions.count == intents.count)
    #expect(report.topConfusions.count == 10)
    #expect(
      report.topConfusions.first == .init(gold: intents.last!, predicted: .outOfScope, count: intents.count))
    #expect(report.topConfusions.map(\.count) == Array((intents.count - 9...intents.count).reversed()))
  }

  @Test func outOfScopeRecallAndFalseRefusals() {
    let report = EvaluationReport(rows: Self.intentRows, predictions: Self.intentPredictions)
    // 3 out-of-scope rows, 2 refused; 7 in-scope rows, 1 ("what can you do") refused.
    #expect(report.outOfScopeRows == 3)
    #expect(report.outOfScopeCaught == 2)
    #expect(Self.close(report.outOfScopeRecall, 2.0 / 3.0))
    #expect(report.inScopeRows == 7)
    #expect(report.falseRefusals == 1)
    #expect(Self.close(report.falseRefusalRate, 1.0 / 7.0))
  }

  @Test func unmeasurableRatesAreNil() {
    let onlyInScope = EvaluationReport(rows: [Self.row("hi", .greet)], predictions: [Self.predicted(.greet)])
    #expect(onlyInScope.outOfScopeRecall == nil)
    #expect(onlyInScope.falseRefusalRate == 0)
    #expect(onlyInScope.slotMicro.isEmpty)
    let onlyOutOfScope = EvaluationReport(
      rows: [Self.row("tax advice", .outOfScope)], predictions: [Self.predicted(.greet)])
    #expect(onlyOutOfScope.outOfScopeRecall == 0)
    #expect(onlyOutOfScope.falseRefusalRate == nil)
    let empty = EvaluationReport(rows: [], predictions: [])
    #expect(empty.intentAccuracy == 0)
    #expect(empty.intents.isEmpty)
  }

  // MARK: Slots

  @Test(
    "slot values match on type and value; money on currency and amount to the cent",
    arguments: [
      (Entity.Value.int(12), Entity.Value.int(12), true),
      (.int(12), .int(13), false),
      (.text("remote"), .text("remote"), true),
      (.text("remote"), .text("hybrid"), false),
      (.money(.usd(300)), .money(.usd(300)), true),
      (.money(.usd(300)), .money(.usd(300.001)), true),
      (.money(.usd(300)), .money(.usd(300.01)), false),
      (.money(.usd(300)), .money(Money(amount: 300, currency: .gbp)), false),
      (.money(Money(amount: 25, currency: .eur)), .money(Money(amount: 25, currency: .eur)), true),
      (.int(300), .money(.usd(300)), false),
      (.int(2027), .text("2027"), false),
    ])
  func valueMatching(gold: Entity.Value, predicted: Entity.Value, expected: Bool) {
    #expect(EvaluationReport.matches(gold, predicted) == expected)
  }

  @Test func slotErrorsAreMissingExtraOrWrong() {
    let errors = EvaluationReport.slotErrors(
      gold: [
        .teamSize: .int(12), .budget: .money(Money(amount: 300, currency: .gbp)),
        .audience: .text("customers"),
      ],
      predicted: [.teamSize: .int(12), .budget: .money(.usd(300)), .format: .text("remote")])
    #expect(
      errors == [
        .init(
          slot: .budget, kind: .wrong, gold: .money(Money(amount: 300, currency: .gbp)),
          predicted: .money(.usd(300))),
        .init(slot: .audience, kind: .missing, gold: .text("customers"), predicted: nil),
        .init(slot: .format, kind: .extra, gold: nil, predicted: .text("remote")),
      ])
  }

  @Test func slotScoresAndMicroAverage() throws {
    let rows = [
      Self.row(
        "a", .suggestIdeas, [.teamSize: .int(12), .budget: .money(Money(amount: 300, currency: .gbp))],
        line: 1),
      Self.row("b", .suggestIdeas, [.teamSize: .int(40), .format: .text("remote")], line: 2),
      Self.row("c", .planWeek, [.year: .int(2027)], line: 3),
      Self.row("d", .greet, line: 4),
    ]
    let predictions = [
      // team_size right; budget has the right amount but the wrong currency: wrong.
      Self.predicted(.suggestIdeas, [.teamSize: .int(12), .budget: .money(.usd(300))]),
      // team_size wrong, format right.
      Self.predicted(.suggestIdeas, [.teamSize: .int(4), .format: .text("remote")]),
      // year missing (the intent was wrong, so slots are scored anyway).
      Self.predicted(.eventDate),
      // an extra slot on a row without any.
      Self.predicted(.greet, [.audience: .text("both")]),
    ]
    let report = EvaluationReport(rows: rows, predictions: predictions)
    #expect(report.slotOrder == [.teamSize, .budget, .audience, .format, .year])
    #expect(
      report.slots[.teamSize] == EvaluationScore(truePositives: 1, falsePositives: 1, falseNegatives: 1))
    #expect(report.slots[.budget] == EvaluationScore(truePositives: 0, falsePositives: 1, falseNegatives: 1))
    #expect(report.slots[.format] == EvaluationScore(truePositives: 1, falsePositives: 0, falseNegatives: 0))
    #expect(report.slots[.year] == EvaluationScore(truePositives: 0, falsePositives: 0, falseNegatives: 1))
    #expect(
      report.slots[.audience] == EvaluationScore(truePositives: 0, falsePositives: 1, falseNegatives: 0))

    // Micro: tp 2, fp 3, fn 3 → precision 0.4, recall 0.4, F1 0.4; support = 5 gold slots.
    let micro = report.slotMicro
    #expect(micro == EvaluationScore(truePositives: 2, falsePositives: 3, falseNegatives: 3))
    #expect(Self.close(micro.precision, 0.4))
    #expect(Self.close(micro.recall, 0.4))
    #expect(Self.close(micro.f1, 0.4))
    #expect(micro.support == 5)

    #expect(report.slotErrors.map { $0.outcome.row.line } == [1, 2, 3, 4])
    let first = try #require(report.slotErrors.first)
    #expect(first.errors.map(\.kind) == [.wrong])
    #expect(first.errors.first?.slot == .budget)
    #expect(
      report.slotErrors[2].errors == [.init(slot: .year, kind: .missing, gold: .int(2027), predicted: nil)])
  }

  @Test func perfectSlotsGiveNoErrors() {
    let slots: [SlotName: Entity.Value] = [.teamSize: .int(8), .budgetPerPerson: .money(.usd(25))]
    let report = EvaluationReport(
      rows: [Self.row("x", .suggestIdeas, slots)], predictions: [Self.predicted(.suggestIdeas, slots)])
    #expect(report.slotErrors.isEmpty)
    #expect(report.slotMicro.f1 == 1)
    #expect(report.misclassified.isEmpty)
  }

  // MARK: Rows

  @Test(
    "gold slot values are checked for type and, for categories, value",
    arguments: [
      (SlotName.teamSize, Entity.Value.int(12), true),
      (.teamSize, .text("12"), false),
      (.year, .int(2027), true),
      (.budget, .money(.usd(300)), true),
      (.budget, .int(300), false),
      (.budgetMin, .money(.usd(-1)), false),
      (.audience, .text("customers"), true),
      (.audience, .text("everyone"), false),
      (.format, .text("in_person"), true),
      (.format, .text("in person"), false),
      (.theme, .text("cocreate"), true),
      (.idea, .text("cookout"), true),
      (.idea, .text(""), false),
      (.filename, .text("plan.md"), true),
      (.ordinal, .money(.usd(1)), false),
    ])
  func goldValueChecks(slot: SlotName, value: Entity.Value, valid: Bool) {
    #expect((EvaluationRow.problem(with: value, for: slot) == nil) == valid)
  }

  // MARK: Thresholds

  @Test func thresholdsReportEachFigureBelowItsMinimum() throws {
    let report = EvaluationReport(rows: Self.intentRows, predictions: Self.intentPredictions)
    #expect(EvaluationGate.failures([:], in: report).isEmpty)
    #expect(
      EvaluationGate.failures([.minIntentAccuracy: 0.6, .minOutOfScopeRecall: 0.66], in: report).isEmpty)
    let failures = EvaluationGate.failures(
      [.minIntentAccuracy: 0.95, .minSlotF1: 0.5, .minOutOfScopeRecall: 0.9], in: report)
    #expect(
      failures == [
        "intent accuracy 0.600 is below --min-intent-accuracy 0.95",
        "slot micro F1 cannot be measured (no gold or predicted slots), so --min-slot-f1 0.5 is not met",
        "out-of-scope recall 0.667 is below --min-oos-recall 0.9",
      ])
    #expect(EvaluationGate.failures([.minIntentAccuracy: 1.01], in: report).count == 1)
    let rate = try #require(report.falseRefusalRate)
    #expect(EvaluationGate.failures([.maxFalseRefusalRate: rate], in: report).isEmpty)
    #expect(
      EvaluationGate.failures([.maxFalseRefusalRate: rate / 2], in: report) == [
        "false refusal rate \(EvaluationReport.fixed(rate)) is above --max-false-refusal-rate "
          + EvaluationReport.fixed(rate / 2, places: 3, trimmed: true)
      ])
  }

  /// The table gives every gate a help line naming its direction, and a report is held only to
  /// the gates of its own evaluation.
  @Test func gateTableHelpAndScope() {
    #expect(EvaluationGate.minSlotF1.help == "Fail (exit 1) below this micro-averaged slot F1.")
    #expect(EvaluationGate.maxFalseRefusalRate.help.contains("above"))
    #expect(EvaluationGate.minNamedFirst.help.hasPrefix("With --relevance: fail (exit 1) below"))
    let report = EvaluationReport(rows: Self.intentRows, predictions: Self.intentPredictions)
    #expect(EvaluationGate.failures([.minJointGoalAccuracy: 0.99, .minNamedFirst: 0.99], in: report).isEmpty)
    #expect(Set(EvaluationGate.allCases.map(\.rawValue)).count == EvaluationGate.allCases.count)
  }

  // MARK: Text

  @Test(
    "fixed-point formatting",
    arguments: [
      (0.9523, 3, false, "0.952"), (1.0, 3, false, "1.000"), (0.0, 3, false, "0.000"),
      (0.0005, 3, false, "0.001"),
      (2.0 / 3.0, 3, false, "0.667"), (0.95, 3, true, "0.95"), (1.01, 3, true, "1.01"), (1.0, 3, true, "1"),
      (-0.25, 2, false, "-0.25"), (12.5, 0, false, "13"),
    ])
  func fixed(x: Double, places: Int, trimmed: Bool, expected: String) {
    #expect(EvaluationReport.fixed(x, places: places, trimmed: trimmed) == expected)
  }

  @Test func textReportHasAlignedSummaryAndSections() throws {
    let report = EvaluationReport(rows: Self.intentRows, predictions: Self.intentPredictions)
    let text = report.text()
    for heading in [
      "Summary", "Intents", "Most confused (gold → predicted)", "Slots", "Misclassified rows (4)",
      "Rows with slot errors (0)",
    ] {
      #expect(text.contains("\n" + heading + "\n") || text.hasPrefix(heading + "\n"), "missing \(heading)")
    }
    let summary = report.summaryLines()
    #expect(
      summary == [
        "  rows                       10",
        "  intent accuracy         0.600  (6 of 10)",
        "  slot micro F1             n/a  (no slots)",
        "  out-of-scope recall     0.667  (2 of 3)",
        "  false refusal rate      0.143  (1 of 7)",
        "  unrelated given a task  0.000  (0 of 3)",
      ])
    // One of the three unrelated rows was answered as help: small talk or help, never a task.
    #expect(report.outOfScopeDomainAnswers == 0 && report.smallTalkRecall == nil)
    let lines = text.split(separator: "\n").map(String.init)
    let header = try #require(lines.first { $0.hasPrefix("  intent ") && $0.contains("precision") })
    let refine = try #require(lines.first { $0.hasPrefix("  refine ") })
    #expect(header.count == refine.count, "columns end at the same place")
    #expect(refine.hasSuffix("1.000   0.333  0.500        3"))
    #expect(lines.contains("      2  refine        suggest_ideas"))
    #expect(text.contains("  macro avg "))
  }

  @Test func textReportShowsSlotErrorsWithValues() {
    let report = EvaluationReport(
      rows: [
        Self.row(
          "ideas for 12 under £300", .suggestIdeas, [.budget: .money(Money(amount: 300, currency: .gbp))],
          line: 7)
      ],
      predictions: [Self.predicted(.suggestIdeas, [.budget: .money(.usd(300)), .teamSize: .int(12)])])
    let text = report.text()
    #expect(text.contains("  line 7: ideas for 12 under £300  [suggest_ideas]\n"))
    #expect(text.contains("    extra  team_size  12\n"))
    #expect(text.contains("    wrong  budget     gold £300, predicted $300\n"))
  }

  @Test func tableAlignsLeftAndRightColumns() {
    let lines = EvaluationReport.table([["a", "1"], ["long", "100"]], leftColumns: 1)
    #expect(lines == ["  a       1", "  long  100"])
  }

  // MARK: Evaluator

  @Test func evaluatorMatchesEachRowWithItsToday() throws {
    let matcher = IntentMatcher(catalogue: .builtin)
    let text = "when is customer service week next year"
    let row = Self.row(text, .eventDate, [.year: .int(2027)])
    let in2026 = Evaluator(matcher: matcher, today: CivilDate(year: 2026, month: 11, day: 23))
    let in2030 = Evaluator(matcher: matcher, today: CivilDate(year: 2030, month: 1, day: 1))
    // The whole path answers as the matcher read it here, and names the policy rule that chose it.
    let alone = EvaluationPrediction(matcher.match(text, today: in2026.today))
    #expect(in2026.predict(row).intent == alone.intent && in2026.predict(row).slots == alone.slots)
    #expect(in2026.predict(row).rule == "event_date")
    #expect(in2026.predict(row).slots[.year] == .int(2027))
    #expect(in2030.predict(row).slots[.year] == .int(2031))
    let report = in2026.evaluate([row, row])
    #expect(report.rowCount == 2)
    #expect(report.outcomes.map(\.prediction) == [in2026.predict(row), in2026.predict(row)])
  }

  @Test func predictionFromMatcherResultKeepsItsSlots() {
    let matcher = IntentMatcher(catalogue: .builtin)
    let result = matcher.match(
      "ideas for 12 people under $300", today: CivilDate(year: 2026, month: 11, day: 23))
    let prediction = EvaluationPrediction(result)
    #expect(prediction.intent == result.intent)
    #expect(prediction.confidence == result.confidence)
    #expect(prediction.rejected == result.rejected)
    #expect(prediction.slots.count == result.slots.pairs.count)
    for (name, value) in result.slots.pairs { #expect(prediction.slots[name] == value) }
  }
}
