import ConfettiCLI
import ConfettiCore
import Testing

/// Tab completion's matching, without a terminal.
struct CompleterTests {
  let completer = Completer(ideas: Catalogue.builtin.ideas)

  @Test func completesMultiWordIdeaNamesAfterAbout() {
    #expect(completer.complete("tell me more about the house b") == .insert("and"))
    #expect(completer.complete("tell me more about house b") == .insert("and"))
    #expect(completer.complete("Tell Me More ABOUT House B") == .insert("and"))
  }

  @Test func followsTheCaseOfWhatWasTyped() {
    #expect(completer.complete("tell me more about shark t") == .insert("ank pitches"))
    #expect(completer.complete("tell me more about Shark T") == .insert("ank Pitches"))
    // Names only: the id ("shark-tank") is never offered.
    #expect(completer.complete("tell me more about shark") == .insert(" tank pitches"))
  }

  @Test func listsShowNamesNeverIDs() {
    let ids = Set(Catalogue.builtin.ideas.map(\.id)).subtracting(
      Catalogue.builtin.ideas.map { $0.name.lowercased() })
    for prefix in ["c", "s", "tell me more about c", "tell me more about the s", "p"] {
      guard case .list(let shown) = completer.complete(prefix) else { continue }
      #expect(shown.allSatisfy { !ids.contains($0) }, "\(prefix): \(shown)")
    }
  }

  @Test func insertsWhatSeveralMatchesHaveInCommon() {
    #expect(completer.complete("tell me more about custo") == .insert("mer"))
    guard case .list(let names) = completer.complete("tell me more about customer") else {
      Issue.record("expected a list")
      return
    }
    #expect(names.contains("Customer Cards"))
    #expect(names.contains("Customer-Generated Content"))
    #expect(!names.contains("Cookout"))
  }

  @Test func completesNamesNotCatalogueIDs() {
    // "voc-top-hits" is an id; people type and read names.
    #expect(completer.complete("tell me more about voc-t") == .none)
    #expect(completer.complete("tell me more about house") == .insert(" band"))
  }

  @Test func completesCommandPhrasesAtTheStartOfALine() {
    #expect(completer.complete("he") == .insert("lp"))
    #expect(completer.complete("plan the w") == .insert("eek for "))
    #expect(completer.complete("  when") == .insert(" is CSW "))
    #expect(completer.complete("tell") == .insert(" me more about "))
    #expect(completer.complete("start") == .insert(" over"))
    #expect(completer.complete("export") == .insert(" the plan to "))
  }

  @Test func listsCommandsAndIdeasForOneLetter() {
    guard case .list(let items) = completer.complete("c") else {
      Issue.record("expected a list")
      return
    }
    #expect(items.contains("cheaper"))
    #expect(items.contains("Cookout"))
    #expect(items == items.sorted { $0.lowercased() < $1.lowercased() })
    guard case .list(let all) = completer.complete("") else {
      Issue.record("expected a list")
      return
    }
    #expect(all.contains("tell me more about"))
    #expect(all.count == Completer.commands.count)
  }

  @Test func completesTheCurrentWordAgainstIdeas() {
    #expect(completer.complete("is the cook") == .insert("out"))
    #expect(completer.complete("ideas for 12 people like the rafF") == .insert("le"))
  }

  @Test func completesFromAWordInTheMiddleOfAName() {
    // One name has a word starting so: the typed text is replaced by the whole name.
    #expect(completer.complete("playl") == .replace("playl", with: "team playlist"))
    #expect(completer.complete("Playl") == .replace("Playl", with: "Team Playlist"))
    #expect(completer.complete("is the playl") == .replace("playl", with: "team playlist"))
    #expect(
      completer.complete("tell me more about the playl") == .replace("playl", with: "team playlist"))
    #expect(
      completer.complete("tell me more about tank p") == .replace("tank p", with: "shark tank pitches"))
    // After a hyphen too.
    #expect(completer.complete("trunk") == .replace("trunk", with: "trick-or-trunk"))
    // Several names: listed whole.
    guard case .list(let names) = completer.complete("tell me more about fame") else {
      Issue.record("expected a list")
      return
    }
    #expect(names == ["Customer Wall of Fame", "Wall of Fame"])
  }

  @Test func prefixMatchesComeBeforeMatchesWithinNames() {
    // "team" starts "Team Playlist" and others: prefix completion as before, never a replacement.
    #expect(completer.complete("tell me more about team pl") == .insert("aylist"))
    #expect(completer.complete("cook") == .insert("out"))
    // Only a word's start counts, and one letter is too little to look inside names.
    #expect(completer.complete("laylist") == .none)
    #expect(completer.complete("is the z") == .none)
    let custom = Completer(commands: ["help"], ideaNames: ["Team Playlist", "Wall of Fame"])
    #expect(custom.complete("is the p") == .none)
    #expect(custom.complete("is the pl") == .replace("pl", with: "team playlist"))
  }

  @Test func beepsWithNothingToAdd() {
    #expect(completer.complete("xyzzy") == .none)
    #expect(completer.complete("help") == .none)
    #expect(completer.complete("tell me more about the house band") == .none)
    #expect(completer.complete("ideas for 12 ") == .none)
    #expect(completer.complete("tell me more about zzz") == .none)
  }

  @Test func handlesAccentsAndEmoji() {
    let custom = Completer(commands: ["help"], ideaNames: ["Café Crawl", "🎉 Party"])
    #expect(custom.complete("tell me more about ca") == .insert("fé crawl"))
    #expect(custom.complete("tell me more about CAFÉ") == .insert(" Crawl"))
    #expect(custom.complete("tell me more about 🎉") == .insert(" party"))
  }

  @Test func laysOutColumnsDownThenAcross() {
    #expect(Completer.columns(["a", "bb", "c"], width: 6) == ["a   c", "bb"])
    #expect(Completer.columns(["a", "bb", "c"], width: 80) == ["a   bb  c"])
    #expect(Completer.columns(["long name"], width: 4) == ["long name"])
    #expect(Completer.columns([], width: 80) == [])
  }
}
