import ConfettiCore
import Testing

@Suite struct TokenizerTests {
  @Test func splitsWordsNumbersAndSymbolsWithOffsets() {
    let tokens = Tokenizer.tokenize("Plan the week for 40 reps with $2k!")
    #expect(tokens.map(\.text) == ["plan", "the", "week", "for", "40", "reps", "with", "$", "2", "k"])
    #expect(tokens[4].start == 18 && tokens[4].end == 20)
    #expect(tokens[9].isJoined && tokens[8].isJoined)
    #expect(!tokens[7].isJoined)
  }

  @Test func keepsThousandsCommasAndDecimalsInNumbers() {
    #expect(Tokenizer.tokenize("$2,500 or 1.5k").map(\.text) == ["$", "2,500", "or", "1.5", "k"])
    #expect(Tokenizer.tokenize("2,500").first?.numberValue == 2500)
  }

  @Test func foldsCaseAccentsAndCurlyApostrophes() {
    #expect(Tokenizer.tokenize("CAFÉ we’re").map(\.text) == ["cafe", "we're"])
  }

  @Test func dropsPossessiveS() {
    #expect(Tokenizer.tokenize("next year's csw").map(\.text) == ["next", "year", "csw"])
  }

  @Test func marksHyphenatedNumbers() {
    let t = Tokenizer.tokenize("$200-400")
    #expect(t.map(\.text) == ["$", "200", "400"])
    #expect(t[2].isAfterHyphen)
  }

  @Test func emojiAndPunctuationAreSeparators() {
    #expect(Tokenizer.tokenize("🎉 party!!! (now)").map(\.text) == ["party", "now"])
  }
}

/// The byte fast path for ASCII input agrees with the general path.
@Suite struct TokenizerFastPathTests {
  @Test(arguments: [
    "Plan the week for 40 reps with $2k!", "between $200-$400, we're 12 people",
    "ideas for 2,500.50 & 3rd #2",
    "next year's CSW @ the office / 10% off", "co-create--days  '' 'quoted' it's", "x",
  ])
  func asciiFastPathMatchesTheGeneralPath(_ text: String) {
    let fast = Tokenizer.tokenize(text)
    let general = Array(Tokenizer.tokenize(text + " é").dropLast())
    #expect(fast == general)
  }
}
