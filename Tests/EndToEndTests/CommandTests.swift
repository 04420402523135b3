import Foundation
import Testing

/// Subcommands, options, user catalogues and exit codes.
@Suite struct CommandTests {
  static func temp(_ name: String, _ contents: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("confetti-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try contents.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test func ideasCommandObeysTheRules() throws {
    let r = try ConfettiProcess.run(
      ["ideas", "--budget", "300", "--team-size", "12", "--format", "remote", "--limit", "7", "--json"])
    #expect(r.status == 0)
    let obj = try #require(try r.jsonLines().first)
    let ideas = try #require(obj["ideas"] as? [[String: Any]])
    #expect(ideas.count == 7)
    for i in ideas {
      #expect(((i["estimated_cost"] as? [String: Any])?["amount"] as? Double ?? 1e9) <= 300)
      #expect((i["formats"] as? [String])?.contains("remote") == true)
    }
  }

  @Test func perPersonBudgetMultipliesByTeamSize() throws {
    let r = try ConfettiProcess.run(["ideas", "--per-person", "5", "--team-size", "20", "--json"])
    let ideas = try #require(try r.jsonLines().first?["ideas"] as? [[String: Any]])
    #expect(!ideas.isEmpty)
    #expect(
      ideas.allSatisfy { (($0["estimated_cost"] as? [String: Any])?["amount"] as? Double ?? 1e9) <= 100 })
  }

  @Test func planCommandJSONAndMarkdown() throws {
    let r = try ConfettiProcess.run([
      "plan", "--team-size", "40", "--budget", "2000", "--year", "2026", "--json",
    ])
    let plan = try #require(try r.jsonLines().first?["plan"] as? [String: Any])
    #expect(plan["start"] as? String == "2026-10-05" && plan["end"] as? String == "2026-10-09")
    let total = try #require((plan["total_cost"] as? [String: Any])?["amount"] as? Double)
    #expect(total <= 2000)
    let days = try #require(plan["days"] as? [[String: Any]])
    #expect(
      days.map { $0["weekday"] as? String ?? "" } == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    #expect(
      days.map { $0["theme"] as? String ?? "" } == [
        "educate", "activate", "cocreate", "cocreate", "celebrate",
      ])
    let md = try ConfettiProcess.run([
      "plan", "--team-size", "40", "--budget", "2000", "--year", "2026", "--markdown",
    ])
    #expect(md.text.hasPrefix("# Customer Service Week 2026"))
    #expect(md.text.contains("| Day | Theme | Ideas | Estimated cost |"))
  }

  @Test func usageErrorsExit64() throws {
    #expect(try ConfettiProcess.run(["ideas", "--budget", "-5"]).status == 64)
    #expect(try ConfettiProcess.run(["--no-such-flag"]).status == 64)
    #expect(try ConfettiProcess.run(["plan", "--year", "1900"]).status == 64)
    #expect(try ConfettiProcess.run(["--today", "yesterday"], input: "hi\n").status == 64)
  }

  @Test func helpReadsLikeAManPage() throws {
    let r = try ConfettiProcess.run(["--help"])
    #expect(r.status == 0)
    for section in ["EXAMPLES", "FILES", "ENVIRONMENT", "EXIT STATUS", "NO_COLOR", "64", "65"] {
      #expect(r.text.contains(section), "--help lacks \(section)")
    }
  }

  @Test func malformedUserCatalogueNamesFileLineAndExits65() throws {
    let bad = try Self.temp("mine.yaml", "ideas:\n  - id: pizza\n    name: Pizza\n    theme: party\n")
    let r = try ConfettiProcess.run(["ideas", "--catalogue", bad.path])
    #expect(r.status == 65)
    #expect(r.errorText.contains("\(bad.path):2:") || r.errorText.contains("\(bad.path):4:"))
    let piped = try ConfettiProcess.run(["--catalogue", bad.path], input: "hi\n")
    #expect(piped.status == 65)
  }

  @Test func unreadableOrHugeCatalogueExits65() throws {
    let missing = try ConfettiProcess.run(["ideas", "--catalogue", "/nonexistent/ideas.yaml"])
    #expect(missing.status == 65 && missing.errorText.contains("/nonexistent/ideas.yaml"))
    let huge = try Self.temp("huge.yaml", String(repeating: "# padding padding padding\n", count: 700_000))
    let r = try ConfettiProcess.run(["ideas", "--catalogue", huge.path])
    #expect(r.status == 65 && r.errorText.contains("MiB"))
  }

  @Test func validUserCatalogueAddsIdeas() throws {
    let yaml = """
      sources:
        - id: my-team
          title: Our own team's favourite
          publisher: Acme support team
          year: 2026
      ideas:
        - id: pizza-friday
          name: Pizza Friday
          summary: "Pizza for the whole team."
          steps: ["Order pizza.", "Eat it together."]
          sources: [my-team]
          theme: celebrate
          audience: employees
          formats: [in_person]
          team_size: {min: 2, max: 50}
          cost:
            tiers:
              - name: basic
                fixed: 0
                per_person: 12
                value: 9
      """
    let file = try Self.temp("mine.yaml", yaml)
    let r = try ConfettiProcess.run(
      [
        "ideas", "--catalogue", file.path, "--team-size", "10", "--budget", "500", "--theme", "celebrate",
        "--json",
      ])
    #expect(r.status == 0)
    let ids =
      (try r.jsonLines().first?["ideas"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
    #expect(ids.contains("pizza-friday"))
    let chat = try ConfettiProcess.run(
      ["--catalogue", file.path, "--json"], input: "tell me more about pizza friday\n")
    #expect(chat.text.contains("\"pizza-friday\""))
  }

  @Test func exportWritesMarkdownAtomicallyAndRefusesToOverwrite() throws {
    let dir = try Self.temp("x", "").deletingLastPathComponent()
    let target = dir.appendingPathComponent("plan.md")
    // An absolute path inside the current folder is inside it.
    let input =
      "plan the week for 40 reps with 2k\nexport the plan to \(target.path)\nexport the plan to \(target.path)\n"
    let r = try ConfettiProcess.run(["--json"], input: input, directory: dir)
    let objects = try r.jsonLines()
    try #require(objects.count == 3)
    #expect(objects[1]["exported"] as? String == target.path)
    #expect(objects[2]["exported"] == nil)
    #expect((objects[2]["reply"] as? String)?.contains("already exists") == true)
    let md = try String(contentsOf: target, encoding: .utf8)
    #expect(md.hasPrefix("# Customer Service Week 2027"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
      $0.contains(".tmp")
    }
    #expect(leftovers.isEmpty)
  }

  /// A file is written only when the line asks for one in words: a line the classifier merely
  /// leans towards export on ("the plan skip") writes nothing.
  @Test func onlyALineThatAsksForAFileWritesOne() throws {
    let dir = try Self.temp("y", "").deletingLastPathComponent()
    let r = try ConfettiProcess.run(
      ["--json"], input: "plan the week for 12 people\nthe plan skip\nsave it\n", directory: dir)
    let objects = try r.jsonLines()
    try #require(objects.count == 3)
    #expect((objects[1]["intent"] as? [String: Any])?["name"] as? String != "export_plan")
    #expect(objects[1]["exported"] == nil)
    #expect(objects[2]["exported"] as? String == "confetti-plan-2027.md")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".md") }
    #expect(files == ["confetti-plan-2027.md"], "\(files)")
  }

  /// The name rule of the README: quoted names honoured, no extension gets .md, other formats
  /// and folders that are not the person's refused with a reason, nothing written for them.
  @Test func exportHonoursNamesItCanAndRefusesTheRestWithAReason() throws {
    let dir = try Self.temp("x", "").deletingLastPathComponent().appendingPathComponent("export-names")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let lines = [
      "plan the week for 40 reps with 2k", "export the plan to \"quarterly plan.md\"", "save to notes",
      "export to plan.pdf", "save the plan to /etc/passwd", "save the plan to ../up.md",
    ]
    let r = try ConfettiProcess.run(["--json"], input: lines.joined(separator: "\n") + "\n", directory: dir)
    let objects = try r.jsonLines()
    try #require(objects.count == lines.count)
    let replies = objects.map { $0["reply"] as? String ?? "" }
    #expect(objects[1]["exported"] as? String == "quarterly plan.md")
    #expect(objects[2]["exported"] as? String == "notes.md")
    #expect(objects[3]["exported"] == nil && replies[3].contains("not .pdf"))
    #expect(objects[4]["exported"] == nil && replies[4].contains("/etc is neither"))
    #expect(objects[5]["exported"] == nil && replies[5].contains("climbs out"))
    let files = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
    #expect(files == ["quarterly plan.md", "notes.md"])
    #expect(!FileManager.default.fileExists(atPath: "/etc/passwd.md"))
    #expect(
      !FileManager.default.fileExists(
        atPath: dir.deletingLastPathComponent().appendingPathComponent("up.md").path))
  }

  /// A format Confetti does not write, asked for without a name, is refused with the reason; the
  /// default Markdown file is not quietly written instead. Markdown asked for by name still is.
  @Test func exportInAFormatConfettiDoesNotWriteSaysSo() throws {
    let dir = try Self.temp("x", "").deletingLastPathComponent().appendingPathComponent("export-formats")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let asks = [
      ("export it as a pdf", "pdf"), ("save as docx", "docx"), ("could you export it to word", "docx"),
      ("save the plan as an excel file", "xlsx"), ("export it in html format", "html"),
    ]
    let lines = ["plan the week for 15 people with $900"] + asks.map(\.0) + ["export it as markdown"]
    let r = try ConfettiProcess.run(["--json"], input: lines.joined(separator: "\n") + "\n", directory: dir)
    let objects = try r.jsonLines()
    try #require(objects.count == lines.count)
    for (k, (line, ext)) in asks.enumerated() {
      let o = objects[k + 1]
      #expect((o["intent"] as? [String: Any])?["name"] as? String == "export_plan", "\(line)")
      #expect(o["exported"] == nil, "\(line)")
      #expect((o["slots"] as? [String: Any])?["filename"] as? String == "." + ext, "\(line)")
      let reply = o["reply"] as? String ?? ""
      #expect(
        reply.contains("only save the plan as Markdown") && reply.contains(".\(ext)"), "\(line): \(reply)")
    }
    #expect(objects.last?["exported"] as? String == "confetti-plan-2027.md")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(files == ["confetti-plan-2027.md"], "\(files)")
  }

  @Test func noColorAndNonTerminalOutputHaveNoEscapes() throws {
    let r = try ConfettiProcess.run(["ask", "help"], environment: ["NO_COLOR": "1"])
    #expect(!r.text.contains("\u{1B}"))
  }
}
