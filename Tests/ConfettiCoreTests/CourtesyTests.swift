import Testing

@testable import ConfettiCore

/// A courtesy said first and set off ("thanks, …") leaves the request it opens a request.
@Suite struct CourtesyTests {
  @Test(arguments: [
    ("thanks, can you save that as our october plan", "can you save that as our october plan"),
    ("Thank you! plan the week for 20", "plan the week for 20"),
    ("ok great - what about remote?", "what about remote?"),
  ])
  func theRequestAfterACourtesyIsReadOnItsOwn(_ line: String, _ rest: String) {
    #expect(IntentMatcher.afterCourtesy(line)?.rest == rest)
  }

  @Test(arguments: ["thanks for the ideas", "thank you!", "thanks", "great ideas, thanks", "ok so 40 people"])
  func aLineThatIsNoCourtesyThenARequestStaysWhole(_ line: String) {
    #expect(IntentMatcher.afterCourtesy(line) == nil)
  }

  @Test func theRequestKeepsItsSlotsWhereTheLineHasThem() {
    let line = "thanks, can you save that as our october plan"
    let r = Fixtures.matcher.match(line, today: Fixtures.today)
    #expect(r.intent == .exportPlan)
    #expect(r.slots.filename == "october-plan")
    let name = r.entities.first { $0.slot == .filename }
    #expect(name.map { String(Array(line)[$0.start..<$0.end]) } == "october plan")
    // Small talk after the courtesy is the whole line's: still thanks, not a task.
    #expect(Fixtures.matcher.match("thanks, that was helpful", today: Fixtures.today).intent != .exportPlan)
    #expect(Fixtures.matcher.match("thanks, bye", today: Fixtures.today).intent.isSmallTalk)
  }
}
