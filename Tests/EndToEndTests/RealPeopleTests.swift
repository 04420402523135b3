import Foundation
import Testing

/// Issue 13's lines, each the first line of a fresh conversation through the real binary: unrelated
/// requests are declined, small talk is answered in kind, ordinary requests are understood.
@Suite struct RealPeopleTests {
  static func record(_ line: String) throws -> [String: Any] { try ConfettiProcess.firstRecord(line) }

  static func intent(_ r: [String: Any]) -> String? { (r["intent"] as? [String: Any])?["name"] as? String }
  static func slots(_ r: [String: Any]) -> [String: Any] { r["slots"] as? [String: Any] ?? [:] }
  static func reply(_ r: [String: Any]) -> String { r["reply"] as? String ?? "" }

  @Test(arguments: [
    "any ideas to raise my credit rating?", "suggest a good korean dish",
    "book the conference room for friday at 3",
    "tell me a fun fact about owls", "call a taxi for 4 people",
  ])
  func unrelatedRequestsAreDeclined(_ line: String) throws {
    let r = try Self.record(line)
    #expect(Self.intent(r) == "out_of_scope", "\(r)")
    #expect(Self.reply(r).contains("Customer Service Week"), "the refusal says what Confetti does")
    #expect(r["ideas"] == nil && r["plan"] == nil)
  }

  @Test(arguments: [
    ("lovely chatting with you", "goodbye"), ("much obliged for your help", "thanks"),
    ("appreciate your time", "thanks"),
  ])
  func smallTalkIsAnsweredInKind(_ line: String, _ intent: String) throws {
    let r = try Self.record(line)
    #expect(Self.intent(r) == intent, "\(r)")
    #expect(!Self.reply(r).contains("not sure I can help"))
  }

  @Test(
    arguments: [
      ("we're a small shop, 5 staff, $120 in all", "suggest_ideas", 5, 120.0),
      ("we've got $2k and 25 people", "suggest_ideas", 25, 2000),
      ("plna the weke for 20 ppl", "plan_week", 20, nil),
      ("cheap stuff for CSW please", "suggest_ideas", nil, nil),
      ("which customer appreciation ideas are best?", "suggest_ideas", nil, nil),
      ("how do I motivate my customer service team", "suggest_ideas", nil, nil),
      ("pls giv me sum ideas", "suggest_ideas", nil, nil),
    ] as [(String, String, Int?, Double?)])
  func ordinaryRequestsAreUnderstood(_ line: String, _ intent: String, _ team: Int?, _ budget: Double?) throws
  {
    let r = try Self.record(line)
    #expect(Self.intent(r) == intent, "\(r)")
    #expect(Self.slots(r)["team_size"] as? Int == team, "\(r)")
    #expect(((Self.slots(r)["budget"] as? [String: Any])?["amount"] as? Double) == budget, "\(r)")
    if intent == "suggest_ideas" {
      #expect(!((r["ideas"] as? [Any]) ?? []).isEmpty, "ideas are shown for \(line)")
      // A first line is a request, never a follow-up: no "Now for …".
      #expect(!Self.reply(r).hasPrefix("Now"), "\(Self.reply(r))")
    } else {
      #expect(r["plan"] != nil, "a plan for \(line)")
    }
  }

  static func money(_ value: Any?) -> (Double, String)? {
    guard let m = value as? [String: Any], let a = m["amount"] as? Double, let c = m["currency"] as? String
    else {
      return nil
    }
    return (a, c)
  }

  /// A budget in a currency Confetti does not plan in is never compared with dollars: it asks.
  @Test(arguments: [
    "ideas for 10 people under ₹3000", "plan the week for 20 with CA$900", "ideas under 300 AUD",
  ])
  func anUnplannedCurrencyIsAskedAbout(_ line: String) throws {
    let r = try Self.record(line)
    #expect((r["clarify"] as? [String: Any])?["reason"] as? String == "unplanned_currency", "\(r)")
    #expect(r["ideas"] == nil && r["plan"] == nil, "no idea is shown on a guessed rate")
    #expect(Self.reply(r).contains("US dollars, pounds and euros"), "\(Self.reply(r))")
    #expect((r["context"] as? [String: Any])?["budget"] == nil, "the budget is not taken")
  }

  @Test(
    arguments: [
      ("we can spend 10 dollars a head, 50 staff", 50, 10.0), ("around 40 dollars per employee", nil, 40),
    ] as [(String, Int?, Double)])
  func perPersonBudgets(_ line: String, _ team: Int?, _ each: Double) throws {
    let r = try Self.record(line)
    #expect(Self.slots(r)["team_size"] as? Int == team, "\(r)")
    #expect(Self.money(Self.slots(r)["budget_per_person"])?.0 == each, "\(r)")
    #expect(Self.reply(r).contains("/person"), "\(Self.reply(r))")
  }

  @Test func oddNumbersGetSensibleReadingsOrAQuestion() throws {
    let thousand = try Self.record("ideas for 1.000 people")
    #expect(Self.slots(thousand)["team_size"] as? Int == 1000, "\(thousand)")
    let none = try Self.record("ideas for 0 people")
    #expect((none["clarify"] as? [String: Any])?["reason"] as? String == "no_people", "\(none)")
    #expect(Self.reply(none).contains("How many people"))
    let negative = try Self.record("budget: -100")
    #expect((negative["clarify"] as? [String: Any])?["reason"] as? String == "negative_budget", "\(negative)")
    #expect(Self.reply(negative).contains("-$100"), "\(Self.reply(negative))")
    let least = try Self.record("ideas for 20 people, at least $500")
    #expect(
      Self.money(Self.slots(least)["budget_min"])?.0 == 500 && Self.slots(least)["budget"] == nil, "\(least)")
    #expect(Self.reply(least).contains("at least $500"), "\(Self.reply(least))")
  }

  /// A plan keeps its budget's currency in the reply, --json and the exported Markdown.
  @Test func aPlanKeepsTheBudgetCurrency() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("confetti-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try ConfettiProcess.run(
      ["--json", "--today", "2026-11-23"],
      input: "plan the week for 20 people with £800\nexport the plan to pounds.md\n", directory: dir)
    let records = try r.jsonLines()
    try #require(records.count == 2, "\(r.errorText)")
    let plan = try #require(records[0]["plan"] as? [String: Any])
    #expect(Self.money(plan["budget"])?.1 == "GBP", "\(plan)")
    #expect(Self.reply(records[0]).contains("budget £800"), "\(Self.reply(records[0]))")
    let markdown = try String(contentsOf: dir.appendingPathComponent("pounds.md"), encoding: .utf8)
    #expect(markdown.contains("budget £800"), "\(markdown)")
  }

  /// Found trying Confetti as a new user: a format asked for people is a request for ideas (a
  /// refinement after a search), never refused; kinds asked for a day re-plan that day with them.
  @Test func aFormatForPeopleIsARequestForIdeas() throws {
    let line = "how about something the remote folks in manila can join too"
    let first = try Self.record(line)
    #expect(Self.intent(first) == "suggest_ideas", "\(first)")
    #expect(Self.slots(first)["format"] as? String == "remote", "\(first)")
    let r = try Self.conversation(["ideas for 20 people", line])
    #expect(["refine", "suggest_ideas"].contains(Self.intent(r[1])), "\(r[1])")
    #expect(Self.reply(r[1]).hasPrefix("Now remote, still for 20 people"), "\(Self.reply(r[1]))")
    #expect(
      Self.context(r[1])["format"] as? String == "remote" && Self.context(r[1])["team_size"] as? Int == 20)
    #expect(!Self.reply(r[1]).contains("not sure I can help"), "\(Self.reply(r[1]))")
  }

  @Test func kindsForADayReplanThatDay() throws {
    let r = try Self.conversation(["plan the week for 20 people", "swap friday for a taco party"])
    #expect(Self.intent(r[1]) == "refine", "\(r[1])")
    let days = try #require((r[1]["plan"] as? [String: Any])?["days"] as? [[String: Any]])
    let friday = try #require(days.first { $0["weekday"] as? String == "Friday" })
    let tags = (friday["ideas"] as? [[String: Any]] ?? []).flatMap { $0["tags"] as? [String] ?? [] }
    #expect(tags.contains("food"), "Friday holds an idea with food: \(friday)")
  }

  /// "The last one" is the last idea shown; a line of nothing but a constraint is a refinement,
  /// whatever words it shares with "more please".
  @Test func theLastOneAndABareConstraintFollowWhatWasShown() throws {
    let r = try Self.conversation([
      "ideas for 10 people", "can you walk me through the last one", "remote only then",
    ])
    let shown = try #require(r[0]["ideas"] as? [[String: Any]])
    #expect(Self.intent(r[1]) == "idea_details", "\(r[1])")
    #expect((r[1]["idea"] as? [String: Any])?["id"] as? String == shown.last?["id"] as? String)
    #expect(Self.intent(r[2]) == "refine" && Self.context(r[2])["format"] as? String == "remote", "\(r[2])")
  }

  /// "Per person" with no amount is a rate, not a group: a quantity question about a picnic is not a
  /// request for ideas; an amount per person still is a budget.
  @Test func aRatePerPersonIsNoGroup() throws {
    let rate = try Self.record("how many burgers per person at a picnic")
    #expect(Self.intent(rate) == "out_of_scope", "\(rate)")
    let budget = try Self.record("a cookout at $15 per person")
    #expect(Self.intent(budget) == "suggest_ideas", "\(budget)")
    #expect(Self.money(Self.slots(budget)["budget_per_person"])?.0 == 15, "\(budget)")
  }

  /// "More" and "cheaper" are said in words of their own; a price question about a thing Confetti
  /// never plans with is declined, while "those look pricey, anything cheaper?" stays a follow-up.
  @Test func aPriceQuestionAboutSomethingElseIsNoFollowUp() throws {
    for line in ["is lobster expensive", "are electric scooters expensive"] {
      let r = try Self.record(line)
      #expect(Self.intent(r) == "out_of_scope", "\(r)")
    }
    let r = try Self.conversation(["ideas for 10 people", "those look pricey, anything cheaper?"])
    #expect(Self.intent(r[1]) == "cheaper", "\(r[1])")
  }

  /// An unquoted name of several words is the name asked for, spaces becoming hyphens, never the
  /// default name; a sentence after "to"/"as" is no name.
  @Test func aBareNameOfSeveralWordsIsTheNameAskedFor() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("confetti-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try ConfettiProcess.run(
      ["--json", "--today", "2026-11-23"],
      input: "plan the week for 20 people\nsave this as csw-2027 plan\nsave it as Q4 draft please\n"
        + "save the plan as a file for my boss\n",
      directory: dir)
    let records = try r.jsonLines()
    try #require(records.count == 4, "\(r.errorText)")
    #expect(records[1]["exported"] as? String == "csw-2027-plan.md", "\(records[1])")
    #expect(Self.reply(records[1]).contains("csw-2027-plan.md"), "\(Self.reply(records[1]))")
    #expect(records[2]["exported"] as? String == "Q4-draft.md", "\(records[2])")
    #expect(records[3]["exported"] as? String == "confetti-plan-2027.md", "\(records[3])")
    let files = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
    #expect(files == ["csw-2027-plan.md", "Q4-draft.md", "confetti-plan-2027.md"], "\(files)")
  }

  /// One conversation: each line's JSON record.
  static func conversation(_ lines: [String]) throws -> [[String: Any]] {
    let r = try ConfettiProcess.run(
      ["--json", "--today", "2026-11-23"], input: lines.joined(separator: "\n") + "\n")
    #expect(r.status == 0, "stderr: \(r.errorText)")
    let records = try r.jsonLines()
    try #require(records.count == lines.count, "\(r.errorText)")
    return records
  }

  static func context(_ r: [String: Any]) -> [String: Any] { r["context"] as? [String: Any] ?? [:] }

  /// Negations and relative changes apply to what is in force.
  @Test func conversationalEdits() throws {
    let r = try Self.conversation([
      "ideas for 10 people under $300, remote, for customers", "not remote", "without customers",
      "double the budget", "half the budget", "add 5 more people", "no budget limit", "$400",
      "forget the budget",
      "$500", "any budget", "hybrid please",
    ])
    let c = r.map(Self.context)
    #expect(c[1]["format"] as? String == "in_person", "\(c[1])")
    #expect(c[2]["audience"] as? String == "employees", "\(c[2])")
    #expect(Self.money(c[3]["budget"])?.0 == 600, "\(c[3])")
    #expect(Self.money(c[4]["budget"])?.0 == 300, "\(c[4])")
    #expect(c[5]["team_size"] as? Int == 15, "\(c[5])")
    for i in [6, 8, 10] {
      #expect(c[i]["budget"] == nil, "\(r[i]["input"] ?? "") keeps no budget: \(c[i])")
      #expect(c[i]["team_size"] as? Int == 15, "the rest stays")
      #expect(Self.intent(r[i]) == "refine")
    }
    #expect(Self.reply(r[6]).contains("no budget limit"), "\(Self.reply(r[6]))")
    #expect(c[11]["format"] as? String == "hybrid", "\(c[11])")
    for i in 1..<r.count { #expect(Self.intent(r[i]) == "refine", "\(r[i]["input"] ?? "")") }
  }

  /// After "more", numbers follow the labels shown: "#6" is the idea labelled 6.
  @Test func numbersFollowTheLabelsShown() throws {
    let r = try Self.conversation(["ideas for 10 people", "more", "#6", "#2"])
    let page1 = try #require(r[0]["ideas"] as? [[String: Any]])
    let page2 = try #require(r[1]["ideas"] as? [[String: Any]])
    #expect((r[2]["idea"] as? [String: Any])?["id"] as? String == page2.first?["id"] as? String)
    #expect((r[3]["idea"] as? [String: Any])?["id"] as? String == page1[1]["id"] as? String)
  }

  @Test func datesAnswerWhatWasAsked() throws {
    let r = try Self.conversation([
      "how many days until customer service week", "when is csw in 2 years", "when is csw 2150",
      "when was customer service week in 1985",
    ])
    #expect(Self.reply(r[0]).contains("315 days from today"), "\(Self.reply(r[0]))")
    #expect(Self.reply(r[1]).contains("2028"), "\(Self.reply(r[1]))")
    #expect(
      (r[2]["dates"] as? [String: Any])?["start"] as? String == "2150-10-05", "as plan --year 2150 does")
    let plan = try ConfettiProcess.run(
      ["plan", "--year", "2150", "--json", "--today", "2026-11-23"], input: "")
    #expect(plan.text.contains("2150-10-05"), "\(plan.text.prefix(200))")
    #expect(r[3]["dates"] == nil && Self.reply(r[3]).contains("no official week for 1985"))
    let far = try Self.conversation(["when is csw 2300", "ideas for 2300"])
    #expect(
      (far[0]["dates"] as? [String: Any])?["start"] as? String == "2300-10-01", "as plan --year 2300 does")
    #expect(Self.slots(far[1])["team_size"] as? Int == 2300, "a bare number is no year")
    #expect(!Self.reply(r[3]).contains("1985 is"), "no dates for a year with no official week")
  }
}
