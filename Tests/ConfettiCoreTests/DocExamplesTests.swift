import ConfettiCore
import Testing

@testable import ConfettiTraining

/// The examples in the doc comments, run: each test repeats one comment's example and checks
/// what the comment says it gives, so a comment that stops being true fails here.
@Suite struct DocExamplesTests {
  let today = CivilDate(year: 2026, month: 11, day: 23)

  @Test func entityAndParser() {
    let parser = EntityParser(lexicon: .builtin(catalogue: .builtin))
    let e = parser.parse("ideas for 12 people", today: today).entities[0]
    #expect(e.slot == .teamSize && e.value == .int(12) && e.start == 10 && e.end == 12)
    let parse = parser.parse("ideas for 12 people under $300", today: today)
    #expect(parse.entities.map(\.slot) == [.teamSize, .budget])
    #expect(
      parser.parse("export to \"quarterly plan.md\"", today: today).entities[0].value
        == .text("quarterly plan.md"))
    #expect(
      Featurizer.template(of: parser.parse("ideas for 12 people", today: today))
        == "ideas for <team_size> people")
  }

  @Test func slotsConstraintsAndTheSlotTable() {
    var slots = Slots()
    slots.teamSize = 12
    slots.budget = .usd(300)
    #expect(slots.pairs.map(\.0) == [.teamSize, .budget])
    var c = Constraints()
    c.teamSize = 12
    c.budget = .usd(300)
    #expect(c.totalBudget == 300)
    #expect(SlotName.budget.row.kind == .money && SlotName.ordinal.row.intents == [.ideaDetails])
    #expect(
      SlotName.audience.problem(with: .text("everyone"))?.hasPrefix("'everyone' is not one of employees")
        == true)
  }

  @Test func conversationAnswerAndExport() throws {
    var chat = Conversation(catalogue: .builtin, today: today)
    #expect(chat.respond(to: "ideas for 10 people under $200").ideas.count == 5)
    let a = chat.respond(to: "what about 40 people?")
    #expect(a.context.teamSize == 40 && a.context.budget == .usd(200))
    let second = a.ideas[1].idea.name
    #expect(chat.respond(to: "#2").detail?.idea.name == second)
    guard case .dates(let week) = chat.respond(to: "when is CSW 2027?").content else {
      Issue.record("not dates")
      return
    }
    #expect(week.start.description == "2027-10-04")
    _ = chat.respond(to: "plan the week for 40 people with $2000")
    let request = try #require(chat.respond(to: "export it to \"quarterly plan.md\", overwrite").export)
    #expect(request.path == "quarterly plan.md" && request.overwrite)
    #expect(ExportName.resolve("notes", year: 2027) == .success("notes.md"))
    #expect(ExportName.resolve("plan.pdf", year: 2027) == .failure(.unsupportedExtension("pdf")))
    #expect(ExportName.resolve(nil, year: 2027) == .success("confetti-plan-2027.md"))
  }

  @Test func textAndValues() {
    var r = Reply()
    r.heading("3 ideas for 12 people:")
    r.item("1. Cookout")
    #expect(r.plainText == "3 ideas for 12 people:\n1. Cookout")
    #expect(
      Tokenizer.tokenize("Plan the week for 40 reps with $2k!").map(\.text) == [
        "plan", "the", "week", "for", "40", "reps", "with", "$", "2", "k",
      ])
    let tokens = Tokenizer.tokenize("ideas for 12 people")
    #expect(tokens[2].text == "12" && tokens[2].start == 10)
    #expect(Stemmer.stem("parties") == "party" && Stemmer.stem("grilling") == "grill")
    #expect(Stemmer.stem("costumes") == "costume")
    let d = CivilDate(year: 2026, month: 10, day: 5)
    #expect(d.weekday == .monday && d.adding(days: 4).description == "2026-10-09")
    #expect(Money(amount: 300, currency: .usd).description == "$300")
    #expect(WorkDay(rawValue: "friday")?.index == 4)
    #expect(EditDistance.damerauLevenshtein("cokout", "cookout", limit: 2) == 1)
    let fix = SpellingCorrector(words: ["ideas", "budget", "cookout"])
    #expect(fix.correct("ideeas") == "ideas" && fix.correct("banana") == nil)
    let tier = CostTier(name: "simple", description: "hot dogs", fixed: 40, perPerson: 8, value: 5)
    #expect(tier.cost(for: 12) == 136 && tier.breakdown(for: 12) == "$8/person × 12 + $40 = $136")
    let table = TemplateTable(["ideas for <team_size> people": .suggestIdeas])
    #expect(table.intent(for: "ideas for <team_size> people") == .suggestIdeas)
  }

  @Test func dataFiles() throws {
    let ex = try AnnotatedExample(markup: "ideas for [12](team_size) people", file: "f.yml", line: 3)
    #expect(ex.text == "ideas for 12 people" && ex.annotations[0].slot == .teamSize)
    #expect(ex.annotations[0].start == 10)
    let node = try YAMLReader.parse("team_size: {min: 2, max: 40}\n", file: "x.yaml")
    #expect(node["team_size"]?["max"]?.scalar == "40")
  }
}
