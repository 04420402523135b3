import Foundation
import Testing

/// People read citations ("ICMI, 2024"), never file names, "seed", or catalogue ids.
/// These tests drive the real binary over many replies, details, plans, exports and help.
@Suite struct ReadableSourcesTests {
  /// The ids in `Catalogue/sources.yaml`, read from the repository (not from `../shared`).
  static func sourceIDs() throws -> [String] {
    let text = try String(
      contentsOf: ConfettiProcess.packageRoot.appendingPathComponent("Catalogue/sources.yaml"),
      encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
      let t = line.trimmingCharacters(in: .whitespaces)
      return t.hasPrefix("- id: ") ? String(t.dropFirst(6)) : nil
    }
  }

  /// Every idea the catalogue holds, as (id, name), from `ideas --json` over several teams and formats.
  static func allIdeas() throws -> [(id: String, name: String)] {
    var seen: [String: String] = [:]
    for size in ["3", "12", "80", "1000"] {
      for format in ["in_person", "remote", "hybrid"] {
        let r = try ConfettiProcess.run(
          ["ideas", "--limit", "1000", "--team-size", size, "--format", format, "--json"], input: "")
        for idea in (try r.jsonLines().first?["ideas"] as? [[String: Any]]) ?? [] {
          if let id = idea["id"] as? String, let name = idea["name"] as? String { seen[id] = name }
        }
      }
    }
    return seen.map { ($0.key, $0.value) }.sorted { $0.id < $1.id }
  }

  /// What must never appear in text people read. Idea ids count only where they differ
  /// from the idea's own name (an id like "raffle" is also the word people use).
  static func leaks(in text: String, sourceIDs: [String], ideas: [(id: String, name: String)]) -> [String] {
    let lower = text.lowercased()
    var found: [String] = []
    for marker in [".txt", "seed", "source: 0", "sources.yaml", "ideas.yaml", "facts.yaml"]
    where lower.contains(marker) {
      found.append(marker)
    }
    for id in sourceIDs where text.contains(id) { found.append(id) }
    for idea in ideas where idea.id.contains("-") && text.contains(idea.id) {
      if idea.name.lowercased().replacingOccurrences(of: " ", with: "-") != idea.id { found.append(idea.id) }
    }
    return found
  }

  @Test func noReplyExportOrHelpShowsAnInternalName() throws {
    let ids = try Self.sourceIDs()
    let ideas = try Self.allIdeas()
    try #require(ids.count >= 5 && ideas.count >= 100, "\(ids.count) sources, \(ideas.count) ideas")
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("confetti-leaks-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let export = dir.appendingPathComponent("plan.md")
    var lines = [
      "ideas for 12 people under $300", "more", "more", "cheaper", "what about remote?", "for customers",
      "ideas for 400 people with $20000", "ideas for 3 people, free", "something with food for 30",
      "when is CSW 2027?", "when was customer service week 1985", "what is the theme for 2025?",
      "who started customer service week?", "why celebrate it?", "help",
      "plan the week for 40 reps with 2k", "export the plan to plan.md",
    ]
    lines += ideas.map { "tell me more about \($0.name)" }
    // The export goes to a file in the folder the assistant runs in.
    let chat = try ConfettiProcess.run([], input: lines.joined(separator: "\n") + "\n", directory: dir)
    #expect(chat.status == 0)
    var texts = [("chat", chat.text)]
    texts.append(("export", (try? String(contentsOf: export, encoding: .utf8)) ?? ""))
    #expect(texts[1].1.contains("## Sources"), "the export was not written")
    for args in [
      ["--help"], ["ideas", "--help"], ["plan", "--help"], ["ask", "--help"], ["eval", "--help"],
      ["ideas", "--limit", "1000", "--team-size", "25"],
      ["plan", "--team-size", "60", "--budget", "5000"], ["plan", "--team-size", "8", "--markdown"],
    ] {
      texts.append((args.joined(separator: " "), try ConfettiProcess.run(args, input: "").text))
    }
    let jsonReplies = try ConfettiProcess.run(
      ["--json"], input: lines.prefix(16).joined(separator: "\n") + "\n")
    for object in try jsonReplies.jsonLines() {
      texts.append(("json reply", object["reply"] as? String ?? ""))
    }
    for (name, text) in texts {
      #expect(!text.isEmpty, "\(name) said nothing")
      #expect(
        Self.leaks(in: text, sourceIDs: ids, ideas: ideas).isEmpty,
        "\(name): \(Self.leaks(in: text, sourceIDs: ids, ideas: ideas))")
    }
    #expect(chat.text.contains("(ICMI, 2024)"))
  }

  @Test func jsonIdeasCarryReadableSources() throws {
    let r = try ConfettiProcess.run(["ideas", "--limit", "1000", "--team-size", "20", "--json"], input: "")
    let ideas = try #require(try r.jsonLines().first?["ideas"] as? [[String: Any]])
    try #require(ideas.count >= 60)
    for idea in ideas {
      let sources = try #require(idea["sources"] as? [[String: Any]], "\(idea["id"] ?? "")")
      #expect(!sources.isEmpty)
      for s in sources {
        #expect(Set(s.keys) == ["id", "title", "publisher", "year", "url", "citation"], "\(s.keys)")
        // The citation is the core's: "Publisher, year", "Publisher, undated", or Confetti's own label.
        let year = (s["year"] as? Int).map(String.init) ?? "undated"
        let expected =
          s["id"] as? String == "confetti-advice"
          ? "Confetti's advice" : "\(s["publisher"] as? String ?? ""), \(year)"
        #expect(s["citation"] as? String == expected, "\(s)")
        #expect((s["title"] as? String)?.isEmpty == false && (s["publisher"] as? String)?.isEmpty == false)
        #expect(s["year"] is Int || s["year"] is NSNull)
        #expect((s["url"] as? String)?.hasPrefix("http") == true || s["url"] is NSNull)
      }
    }
  }

  @Test func detailsNameTheDocumentsAndCiteCautions() throws {
    let r = try ConfettiProcess.run([], input: "tell me more about the cookout\n")
    #expect(
      r.text.contains("Source: Customer Service Week: How to Celebrate with Your Key Customers (Act!, 2017)"))
    #expect(r.text.contains("opt-in before you post or keep them. (Confetti's advice)"))
  }

  /// The done-when figure of the catalogue issue: at least 100 distinct ideas reachable through
  /// `ideas --limit 1000 --json` over several team sizes and formats.
  @Test func aHundredDistinctIdeasAcrossTeamsAndFormats() throws {
    #expect(try Self.allIdeas().count >= 100)
  }

  /// Questions about the week itself get sourced answers, not a refusal: its theme for a year,
  /// who started it, why it is celebrated; a year with no sourced theme says so.
  @Test(arguments: [
    ("what is the theme for 2025?", "\"Mission: Possible\""),
    (
      "who started customer service week?",
      "International Customer Service Association (ICSA) started Customer Service Week in 1984"
    ),
    ("why celebrate it?", "originally designed for companies to recognize their employees"),
    ("what was the theme in 2019?", "I don't have a sourced theme for 2019"),
  ])
  func questionsAboutTheWeekGetSourcedAnswers(_ question: String, _ expected: String) throws {
    try Self.expectSourcedAnswer(question, expected)
  }

  /// "Why do we celebrate" gets one consistent answer: the week was first meant to recognise
  /// employees, and no line claims its original intent was customers.
  @Test(arguments: [
    "why do we celebrate customer service week?", "what is the purpose of customer service week",
  ])
  func whyWeCelebrateHasOneConsistentAnswer(_ question: String) throws {
    let r = try ConfettiProcess.run(["--json", "--today", "2026-11-23"], input: question + "\n")
    let record = try #require(try r.jsonLines().first)
    let reply = record["reply"] as? String ?? ""
    #expect(reply.contains("originally designed for companies to recognize their employees"), "\(reply)")
    #expect(
      !reply.contains("original intent") && !reply.contains("honoring customer relationships"), "\(reply)")
    #expect(
      reply.components(separatedBy: "originally").count == 2, "one statement of the original aim: \(reply)")
  }

  /// When the week starts this year or next is a question of dates; when it first started, or
  /// who started it, is one of history.
  @Test(arguments: [
    ("what day does csw start this year", "Customer Service Week 2026"),
    ("when does customer service week begin in 2027?", "October 4"),
    ("what's the first day of csw 2027", "October 4"),
    ("when did customer service week start?", "in 1984"),
  ])
  func whenTheWeekStartsIsADateUnlessAskedInThePast(_ question: String, _ expected: String) throws {
    try Self.expectSourcedAnswer(question, expected)
  }

  static func expectSourcedAnswer(_ question: String, _ expected: String) throws {
    let r = try ConfettiProcess.run(["--json", "--today", "2026-11-23"], input: question + "\n")
    let record = try #require(try r.jsonLines().first)
    let reply = record["reply"] as? String ?? ""
    #expect((record["intent"] as? [String: Any])?["name"] as? String == "event_date", "\(record)")
    #expect(reply.contains(expected), "\(reply)")
    #expect(
      reply.contains(", 20") || reply.contains("undated)") || reply.contains("(Confetti's advice)"),
      "no citation: \(reply)")
  }
}
