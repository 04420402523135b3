import Foundation
import Testing

/// Every key a `--json` record carries is in the README's tables: the records of a varied
/// corpus (a conversation with bad lines, the `ideas`, `plan` and `ask` commands, and the
/// server's export) are walked key by key, and any path the README does not list fails.
@Suite struct JSONKeysTests {
  /// The key paths in the first column of the tables under "The `--json` record" in README.md.
  static func documentedPaths() throws -> Set<String> {
    let url = ConfettiProcess.packageRoot.appendingPathComponent("README.md")
    let readme = try String(contentsOf: url, encoding: .utf8)
    let start = try #require(readme.range(of: "## The `--json` record"))
    let rest = readme[start.upperBound...]
    let section = rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)]
    var paths: Set<String> = []
    for line in section.split(separator: "\n") where line.hasPrefix("| `") {
      let cell = line.dropFirst(2).prefix { $0 != "|" }
      for (k, piece) in cell.split(separator: "`", omittingEmptySubsequences: false).enumerated()
      where k % 2 == 1 {
        paths.insert(String(piece))
      }
    }
    return paths
  }

  /// Every key path in `value`: objects add `.key`, lists `[]`; an amount (`{amount, currency}`) is
  /// one value, documented once.
  static func paths(of value: Any, at path: String = "", into out: inout Set<String>) {
    if let object = value as? [String: Any] {
      if !path.isEmpty && Set(object.keys) == ["amount", "currency"] { return }
      for (key, inner) in object {
        let p = path.isEmpty ? key : path + "." + key
        out.insert(p)
        paths(of: inner, at: p, into: &out)
      }
    } else if let list = value as? [Any] {
      for inner in list { paths(of: inner, at: path + "[]", into: &out) }
    }
  }

  /// The shared shapes the README documents once: an idea in a plan or in full is an idea of a
  /// list, a caution's source a source, `context` the slots, `plan.missing` a `named`.
  static func isDocumented(_ path: String, in documented: Set<String>) -> Bool {
    var candidates = [path]
    let shared = [
      ("plan.days[].ideas[]", "ideas[]"), ("idea.caution_sources[].source", "ideas[].sources[]"),
      ("idea", "ideas[]"), ("context", "slots"), ("plan.missing", "named"),
    ]
    for (from, to) in shared {
      for c in candidates where c.hasPrefix(from + ".") {
        candidates.append(to + c.dropFirst(from.count))
      }
    }
    return candidates.contains(where: documented.contains)
  }

  /// The corpus: one conversation over every kind of answer, bad lines among them.
  static let conversation: [String] = [
    "good morning, confetti", "ideas for 12 people under $300", "more", "cheaper", "tell me more about #2",
    "where does that come from?", "a magician for our 12 agents", "skip the cookout",
    "what about remote?", "could we have a house band? we're all remote", "karaoke for 3 people",
    "start over",
    "a cookout for 45 of us under $20", "no food please, maybe a cookout for 30", "ideas for 20000 people",
    "plan the week for 40 reps with 2k", "cheaper", "export the plan to plan.md", "export it as a pdf",
    "export the plan to ../plan.md", "when is CSW 2027?", "what was the theme in 2024?", "ideas under ₹3000",
    "budget: -100", "ideas for 0 people", "who won the football last night", "help", "thanks", "start over",
    "plan a week for 25 people with £3000, with a house band on friday", "save it as our october plan",
    "bye",
  ]

  static func records(of r: ConfettiProcess.Output, _ what: String) throws -> [[String: Any]] {
    #expect(r.status == 0, "\(what): \(r.errorText)")
    return try r.jsonLines()
  }

  @Test func everyKeyInTheCorpusIsInTheREADME() throws {
    let documented = try Self.documentedPaths()
    try #require(documented.count > 60, "the README tables were not found")
    var records: [(String, [String: Any])] = []
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "confetti-keys-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    // The conversation, then bad lines: invalid UTF-8, control characters, an empty line, one too long.
    var input = Data(Self.conversation.joined(separator: "\n").utf8) + Data("\n".utf8)
    input += Data([0x69, 0x64, 0x65, 0x61, 0xFF, 0x0A]) + Data("\u{1B}[31mred\n\n".utf8)
    input += Data(repeating: UInt8(ascii: "a"), count: (1 << 20) + 10) + Data("\n".utf8)
    let chat = try ConfettiProcess.run(["--json"], input: input, directory: dir)
    let lines = Self.conversation + ["invalid UTF-8", "control characters", "empty", "too long"]
    records += zip(lines, try Self.records(of: chat, "chat")).map { ($0, $1) }
    #expect(records.count == lines.count)
    #expect(records.contains { $0.1["exported"] != nil }, "the corpus should export a plan")
    // Every top-level key but the server's `export` occurs in the conversation and the commands.
    for key in [
      "clarify", "named", "nearest", "offset", "idea", "plan", "dates", "exported", "end", "error",
      "total_matches",
    ] {
      #expect(records.contains { $0.1[key] != nil }, "the corpus should hold a record with \(key)")
    }
    let reasons = Set(records.compactMap { ($0.1["named"] as? [String: Any])?["reason"] as? String })
    #expect(reasons == ["format", "team_size", "without_kinds"], "\(reasons)")
    #expect(records.contains { ($0.1["named"] as? [String: Any])?["needs"] != nil })
    // The commands.
    let commands: [[String]] = [
      ["ideas", "--team-size", "12", "--budget", "£300", "--offset", "5"],
      ["ideas", "--team-size", "12", "--query", "cookout", "--format", "remote"],
      ["ideas", "--team-size", "20000"],
      ["ideas", "--team-size", "12", "--offset", "500"],
      ["plan", "--team-size", "25", "--budget", "€3000", "--idea", "house-band", "--day", "friday"],
      ["plan", "--team-size", "25", "--format", "remote", "--idea", "house-band", "--tag", "games"],
      ["ask", "tell me more about the cookout"],
    ]
    for command in commands {
      let r = try ConfettiProcess.run(command + ["--json"])
      records += try Self.records(of: r, command.joined(separator: " ")).map {
        (command.joined(separator: " "), $0)
      }
    }
    // The server's export.
    let server = try ServerProcess.start()
    defer { server.stop() }
    let client = try LineClient(port: server.port)
    try client.send("plan the week for 10 people with $500\nexport the plan\n")
    records.append(("serve plan", try client.readRecord()))
    let export = try client.readRecord()
    #expect(export["export"] != nil)
    records.append(("serve export", export))

    var undocumented: [String: String] = [:]
    for (source, record) in records {
      var found: Set<String> = []
      Self.paths(of: record, into: &found)
      for path in found where !Self.isDocumented(path, in: documented) { undocumented[path] = source }
    }
    #expect(undocumented.isEmpty, "keys missing from the README's JSON tables: \(undocumented)")
  }

  @Test func theWalkFindsNestedAndUndocumentedKeys() {
    var found: Set<String> = []
    Self.paths(
      of: [
        "plan": ["days": [["ideas": [["id": "x", "estimated_cost": ["amount": 1, "currency": "USD"]]]]]]
      ],
      into: &found)
    #expect(
      found == [
        "plan", "plan.days", "plan.days[].ideas", "plan.days[].ideas[].id",
        "plan.days[].ideas[].estimated_cost",
      ])
    let documented: Set<String> = ["ideas[].id", "slots.budget"]
    #expect(Self.isDocumented("plan.days[].ideas[].id", in: documented))
    #expect(Self.isDocumented("context.budget", in: documented))
    #expect(!Self.isDocumented("plan.days[].ideas[].colour", in: documented))
    #expect(!Self.isDocumented("plan.colour", in: documented))
  }
}
