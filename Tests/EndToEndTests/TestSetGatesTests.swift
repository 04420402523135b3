import Foundation
import Testing

/// The test sets of issue 21, written before the work they measure and never tuned on: the dialogue
/// test set (joint goal accuracy and dialogues whole), the fresh NLU held-out set and the fresh
/// relevance set. Each floor sits a margin below the figure reached (see README, *Measuring*); the
/// issue's targets are higher, and the README says how far off they are.
@Suite struct TestSetGatesTests {
  static func report(_ arguments: [String]) throws -> [String: Any] {
    let r = try ConfettiProcess.run(["eval", "--json", "--today", "2026-12-07"] + arguments, input: "")
    try #require(r.status == 0, "stderr: \(r.errorText)")
    return try #require(try r.jsonLines().first)
  }

  static func path(_ file: String) -> String { ConfettiProcess.packageRoot.appendingPathComponent(file).path }

  static func number(_ value: Any?) -> Double? { (value as? Double) ?? (value as? Int).map(Double.init) }

  @Test func dialogueTestSet() throws {
    let r = try Self.report(["--dialogues", Self.path("Tests/Dialogues/test.jsonl")])
    let jga = try #require(Self.number(r["joint_goal_accuracy"]))
    let whole = try #require(Self.number(r["dialogue_accuracy"]))
    let figures = "dialogue test set: joint goal accuracy \(jga), dialogues whole \(whole)"
    #expect(r["turns"] as? Int ?? 0 >= 300 && r["dialogues"] as? Int ?? 0 >= 80, "\(figures)")
    #expect(jga >= Gates.jointGoalAccuracy, "\(figures)")
    #expect(whole >= Gates.dialoguesWhole, "\(figures)")
  }

  @Test func freshHeldOutSet() throws {
    let r = try Self.report([Self.path("Tests/HeldOut/nlu-test.jsonl")])
    let accuracy = try #require(Self.number(r["intent_accuracy"]))
    let slotF1 = try #require(Self.number((r["slot_micro"] as? [String: Any])?["f1"]))
    let oos = try #require(Self.number(r["out_of_scope_recall"]))
    let refusals = try #require(Self.number(r["false_refusal_rate"]))
    let figures =
      "fresh held-out: intent \(accuracy), slot F1 \(slotF1), OOS recall \(oos), false refusals \(refusals)"
    #expect(accuracy >= Gates.intentAccuracy, "\(figures)")
    #expect(slotF1 >= Gates.slotF1, "\(figures)")
    #expect(oos >= Gates.outOfScopeRecall, "\(figures)")
    #expect(refusals <= Gates.falseRefusals, "\(figures)")
  }

  @Test func freshRelevanceSet() throws {
    let r = try Self.report(["--relevance", Self.path("Tests/HeldOut/relevance-test.jsonl")])
    let named = try #require(Self.number(r["named_first"]))
    let firstThree = try #require(Self.number(r["first_three"]))
    let figures =
      "fresh relevance: named first \(named), first three \(firstThree), baseline \(r["baseline"] ?? "?")"
    #expect(named >= Gates.namedFirst, "\(figures)")
    #expect(firstThree >= Gates.firstThree, "\(figures)")
  }

  /// The floors: each a margin below the figure measured at the end of issue 21's work (the figure
  /// itself in the comment).
  enum Gates {
    static let jointGoalAccuracy = 0.50  // 0.534 (194 of 363 turns)
    static let dialoguesWhole = 0.30  // 0.337 (35 of 104)
    static let intentAccuracy = 0.85  // 0.882 (216 of 245)
    static let slotF1 = 0.93  // 0.963
    static let outOfScopeRecall = 0.85  // 0.893 (50 of 56)
    static let falseRefusals = 0.12  // 0.085 (16 of 189)
    static let namedFirst = 0.63  // 0.684 (26 of 38)
    static let firstThree = 0.78  // 0.822
  }
}
