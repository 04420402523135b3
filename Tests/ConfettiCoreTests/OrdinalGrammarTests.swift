import ConfettiCore
import Testing

/// "The last one" refers to the last item shown: a cue, since its number depends on what was shown.
@Suite struct OrdinalGrammarTests {
  @Test(arguments: [
    "can you walk me through the last one", "that last idea, what does it need", "the last one",
    "tell me about your last suggestion",
  ])
  func theLastOneIsACue(_ text: String) {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    #expect(parse.cues.contains { $0.name == "last_shown" }, "\(text): \(parse.cues)")
    #expect(!parse.entities.contains { $0.slot == .ordinal }, "no number: \(parse.entities)")
  }

  @Test(arguments: ["what did we do last year", "the last week of october", "last one standing wins a prize"])
  func otherLastsAreNot(_ text: String) {
    let parse = Fixtures.parser.parse(text, today: Fixtures.today)
    #expect(!parse.cues.contains { $0.name == "last_shown" }, "\(text): \(parse.cues)")
  }
}
