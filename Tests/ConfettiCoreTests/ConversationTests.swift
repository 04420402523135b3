import Testing

@testable import ConfettiCore

@Suite struct ConversationTests {
  func chat() -> Conversation { Conversation(catalogue: Fixtures.catalogue, today: Fixtures.today) }

  /// The answer to `line` right after a plan of the week.
  func answerAfterAPlan(_ line: String) -> Answer {
    var c = chat()
    _ = c.respond(to: "plan the week for 40 reps with 2k")
    return c.respond(to: line)
  }

  @Test func theIssueDialogue() throws {
    var c = chat()
    var a = c.respond(to: "ideas for 10 people under $200")
    #expect(a.understanding?.intent == .suggestIdeas)
    #expect(a.context.teamSize == 10 && a.context.budget == .usd(200))
    #expect(a.ideas.count == 5 && a.ideas.allSatisfy { $0.cost <= 200 && $0.teamSize == 10 })

    a = c.respond(to: "what about 40 people?")
    #expect(a.context.teamSize == 40 && a.context.budget == .usd(200))
    #expect(a.reply.plainText.contains("Now for 40 people, still within $200"))
    #expect(a.ideas.allSatisfy { $0.cost <= 200 && $0.teamSize == 40 })

    a = c.respond(to: "and remote")
    #expect(a.context.format == .remote && a.context.teamSize == 40)
    #expect(a.ideas.allSatisfy { $0.idea.formats.contains(.remote) })

    a = c.respond(to: "make it $500")
    #expect(a.context.budget == .usd(500) && a.context.format == .remote)
    let firstPage = a.ideas.map(\.idea.id)

    a = c.respond(to: "more")
    #expect(a.understanding?.intent == .more)
    #expect(a.page?.offset == 5)
    #expect(Set(a.ideas.map(\.idea.id)).isDisjoint(with: firstPage))
    let shown = a.ideas

    a = c.respond(to: "cheaper")
    let ceiling = try #require(Conversation.cheaperCeiling(shown.map(\.cost)))
    #expect(ceiling >= (shown.map(\.cost).filter { $0 > 0 }.min() ?? 0))
    #expect(!a.ideas.isEmpty)
    #expect(a.ideas.allSatisfy { $0.cost < ceiling })
    let second = a.ideas[1]

    a = c.respond(to: "tell me more about the second one")
    #expect(a.understanding?.intent == .ideaDetails)
    #expect(a.detail?.idea.id == second.idea.id)
    #expect(a.reply.plainText.contains("Steps:"))

    a = c.respond(to: "#1")
    #expect(a.detail != nil)

    a = c.respond(to: "start over")
    #expect(a.understanding?.intent == .reset)
    #expect(a.context.isEmpty)
  }

  @Test func planThenExportAsksTheFrontEndToWrite() throws {
    var c = chat()
    var a = c.respond(to: "plan the week for 40 reps with 2k")
    let plan = try #require(a.plan)
    #expect(plan.totalCost <= 2000 && plan.teamSize == 40)
    #expect(plan.week.start.description == "2027-10-04")
    a = c.respond(to: "export the plan to plan.md")
    let request = try #require(a.export)
    #expect(request.path == "plan.md" && !request.overwrite)
    #expect(request.contents == MarkdownRenderer.render(plan) && request.format == .markdown)
    #expect(a.exportedPath == nil)  // the core writes nothing
    a = c.respond(to: "export the plan to plan.md and overwrite it")
    #expect(a.export?.path == "plan.md" && a.export?.overwrite == true)
    #expect(a.understanding?.slots.overwrite == true)
  }

  @Test(arguments: [
    ("export the plan to \"quarterly plan.md\"", "quarterly plan.md"),
    ("save to notes", "notes.md"),
    ("save it as week_plan.txt", "week_plan.txt"),
    ("export it to ~/Desktop/csw.md", "~/Desktop/csw.md"),
    ("save the plan to /etc/passwd", "/etc/passwd.md"),
    ("export the plan", "confetti-plan-2027.md"),
  ])
  func exportNames(_ line: String, _ path: String) {
    let a = answerAfterAPlan(line)
    #expect(a.understanding?.intent == .exportPlan)
    #expect(a.export?.path == path)
  }

  @Test(arguments: [
    ("export to plan.pdf", "not .pdf"),
    ("save the plan to ../plan.md", "climbs out"),
    ("export the plan to \"plans/\"", "is a folder"),
  ])
  func exportNamesThatCannotBeHonouredAreRefused(_ line: String, _ reason: String) {
    let a = answerAfterAPlan(line)
    #expect(a.export == nil)
    #expect(a.reply.plainText.contains(reason))
  }

  @Test func cheaperAfterAPlanIsACheaperPlan() throws {
    var c = chat()
    let first = try #require(c.respond(to: "plan the week for 40 reps with 2k").plan)
    #expect(first.totalCost > 0)
    let a = c.respond(to: "cheaper")
    let second = try #require(a.plan, "cheaper after a plan gave no plan")
    #expect(second.totalCost <= (first.totalCost * 0.75).rounded(.down))
    #expect(a.context.budget == .usd((first.totalCost * 0.75).rounded(.down)))
    #expect(a.reply.plainText.hasPrefix("A cheaper plan"))
    #expect(a.ideas.isEmpty)
  }

  @Test func anAmbiguousPartOfANameAsksWhichOne() {
    var c = chat()
    let a = c.respond(to: "tell me more about the house")
    #expect(a.detail == nil)
    #expect(
      a.reply.plainText.contains("House Band") && a.reply.plainText.contains("Open House"),
      "\(a.reply.plainText)")
  }

  @Test func exportWithoutAPlanSaysSo() {
    var c = chat()
    let a = c.respond(to: "export the plan to plan.md")
    #expect(a.reply.plainText.contains("no plan") && a.export == nil)
  }

  @Test(arguments: [
    ("when is CSW 2027?", "2027-10-04", "2027-10-08"), ("when was it in 2017", "2017-10-02", "2017-10-06"),
    ("when is customer service week this year", "2026-10-05", "2026-10-09"),
    ("when is customer service week next year", "2027-10-04", "2027-10-08"),
  ])
  func dates(_ text: String, _ start: String, _ end: String) {
    var c = chat()
    let a = c.respond(to: text)
    #expect(a.understanding?.intent == .eventDate)
    #expect(a.dates?.start.description == start && a.dates?.end.description == end)
  }

  @Test func smallTalkAndGoodbye() {
    var c = chat()
    #expect(c.respond(to: "hello").understanding?.intent == .greet)
    #expect(c.respond(to: "thanks!").understanding?.intent == .thanks)
    let help = c.respond(to: "what can you do?")
    #expect(help.understanding?.intent == .help)
    #expect(help.reply.plainText.contains("ideas for 12 people under $300"))
    #expect(c.respond(to: "bye").endsSession)
  }

  @Test(arguments: [
    "what's the weather in Paris tomorrow", "write me a python function to sort a list", "asdf qwerty zxcv",
    "12345", "who won the world cup", "what is 12 times 7",
    "gift ideas for a thanksgiving potluck with 15 people",
    "when is easter next year",
  ])
  func unrelatedQuestionsAreOutOfScope(_ text: String) {
    var c = chat()
    let a = c.respond(to: text)
    #expect(a.understanding?.intent == .outOfScope)
    #expect(a.ideas.isEmpty && a.plan == nil)
    #expect(a.reply.plainText.contains("ideas for 12 people under $300"))
  }

  @Test func anotherOccasionIsInScopeWhenItSpeaksOfTheWeek() {
    var c = chat()
    let a = c.respond(to: "christmas themed ideas for customer service week for 15 people")
    #expect(a.understanding?.intent == .suggestIdeas)
    #expect(a.context.teamSize == 15)
  }

  @Test func missingTeamSizeIsAssumedAndSaid() {
    var c = chat()
    let a = c.respond(to: "ideas under $300")
    #expect(a.ideas.allSatisfy { $0.teamSize == Constraints.defaultTeamSize })
    #expect(a.reply.plainText.contains("assumed a team of \(Constraints.defaultTeamSize)"))
  }

  @Test func zeroBudgetSmallBusinessAndBigBudgetGetDifferentExplainedAnswers() {
    var c = chat()
    let small = c.respond(to: "ideas for 6 people, $0")
    #expect(small.ideas.allSatisfy { $0.cost == 0 } && !small.ideas.isEmpty)
    var d = chat()
    let big = d.respond(to: "ideas for 200 people, $10k")
    #expect(big.context.budget == .usd(10000) && big.context.teamSize == 200)
    #expect(big.ideas.contains { $0.cost > 0 })
    #expect(small.ideas.map(\.idea.id) != big.ideas.map(\.idea.id))
  }

  @Test func badInputGetsAnErrorAnswerAndTheConversationGoesOn() {
    var c = chat()
    _ = c.respond(to: "ideas for 10 people under $200")
    let bad = c.respond(to: InputProblem(.invalidUTF8, "bad"), input: "x")
    #expect(bad.problem?.code == .invalidUTF8)
    #expect(bad.context.teamSize == 10)
    #expect(c.respond(to: "more").page?.offset == 5)
  }
}

@Suite struct InputProblemTests {
  @Test(arguments: [
    ([0xFF, 0xFE] as [UInt8], InputProblem.Code.invalidUTF8), ([0x61, 0x00, 0x62], .nulByte),
    ([0x1B, 0x5B, 0x33, 0x31, 0x6D, 0x68, 0x69], .controlCharacters), ([0x20, 0x20], .emptyInput),
    ([], .emptyInput),
  ])
  func classifiesBadLines(_ bytes: [UInt8], _ code: InputProblem.Code) {
    guard case .failure(let p) = InputProblem.decode(bytes) else {
      Issue.record("accepted \(bytes)")
      return
    }
    #expect(p.code == code)
  }

  @Test func acceptsUTF8AndTabs() {
    #expect((try? InputProblem.decode(Array("café\tideas 🎉".utf8)).get()) == "café\tideas 🎉")
  }

  /// The one-pass path for plain ASCII lines decides every line as the general checks do.
  @Test func plainASCIIPathAgreesWithTheGeneralChecks() {
    var generator = SystemRandomNumberGenerator()
    let odd: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xC2, 0xC3, 0xE2, 0xFF]
    for _ in 0..<20_000 {
      var bytes = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        Bool.random(using: &generator) ? UInt8(0x20) : UInt8.random(in: 0x21...0x7E, using: &generator)
      }
      if !bytes.isEmpty, Int.random(in: 0..<3, using: &generator) == 0 {
        bytes[Int.random(in: 0..<bytes.count, using: &generator)] = odd.randomElement(using: &generator)!
      }
      #expect(InputProblem.decode(bytes) == InputProblem.decodeAny(bytes), "\(bytes)")
    }
  }

  @Test func rejectsOverlongLines() {
    let long = [UInt8](repeating: 0x61, count: InputProblem.maxLineBytes + 1)
    guard case .failure(let p) = InputProblem.decode(long) else {
      Issue.record("accepted")
      return
    }
    #expect(p.code == .lineTooLong)
  }
}
