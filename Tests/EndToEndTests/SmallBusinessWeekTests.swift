import Foundation
import Testing

/// A small business's week through the binary (issue 25), in our own words: staff and customers
/// both as a mix, a tiny team's light week unless it asks for more, "cheaper" as the cheaper part
/// of the list, and a spreadsheet asked for refused with the formats Confetti writes.
@Suite struct SmallBusinessWeekTests {
  static func audiences(_ ideas: [[String: Any]]) -> [String] {
    ideas.compactMap { $0["audience"] as? String }
  }

  static func days(_ r: [String: Any]) -> [[[String: Any]]] {
    ((r["plan"] as? [String: Any])?["days"] as? [[String: Any]] ?? []).map {
      $0["ideas"] as? [[String: Any]] ?? []
    }
  }

  /// "For both" is a mix: the list alternates ideas for the team and for customers, and the plan
  /// holds ideas for each, not only ideas aimed at both at once.
  @Test func staffAndCustomersBothIsAMix() throws {
    let r = try KeepingTrackTests.records([
      "ideas to thank our crew and also our clients, there are 12 of us, $300",
      "now plan the week",
    ])
    #expect(KeepingTrackTests.context(r[0])["audience"] as? String == "both")
    let firstPage = Self.audiences(SmallBusinessTests.ideas(of: r[0]))
    #expect(firstPage.count == 5)
    #expect(firstPage.contains("employees") && firstPage.contains("customers"), "\(firstPage)")
    // No two ideas for the same one side in a row while the other side has ideas left.
    let sides = firstPage.filter { $0 != "both" }
    #expect(zip(sides, sides.dropFirst()).allSatisfy { $0 != $1 }, "\(firstPage)")
    let planned = Self.audiences(Self.days(r[1]).flatMap { $0 })
    #expect(planned.contains("employees") && planned.contains("customers"), "\(planned)")
    #expect(((r[1]["plan"] as? [String: Any])?["missing"]) == nil)
  }

  /// A team of six gets one short item a day and is told so; "two a day" gives it a fuller week.
  @Test func aTinyTeamsWeekIsLightUnlessItAsksForMore() throws {
    let r = try KeepingTrackTests.records([
      "plan customer service week for the six of us, about $150",
      "could we have two things a day instead?",
    ])
    let light = try #require(r[0]["plan"] as? [String: Any])
    #expect(light["light_week"] as? Bool == true)
    let days = Self.days(r[0])
    #expect(days.count == 5 && days.allSatisfy { $0.count <= 1 }, "\(days.map(\.count))")
    #expect(days.contains { $0.count == 1 })
    for idea in days.flatMap({ $0 }) {
      let needs = SmallBusinessTests.needs(idea)
      #expect(!needs.contains("closing") && !needs.contains("time_off_floor"), "\(idea["id"] ?? "?")")
    }
    let reply = r[0]["reply"] as? String ?? ""
    #expect(reply.contains("A light week for a small team: one short item a day"), "\(reply)")
    #expect(reply.contains("say \"two a day\" for a fuller week"))
    // Asked for more, the same team gets two on some day and no light-week note.
    #expect(KeepingTrackTests.intent(r[1]) == "refine", "\(r[1])")
    let fuller = try #require(r[1]["plan"] as? [String: Any])
    #expect(fuller["light_week"] == nil)
    #expect(Self.days(r[1]).contains { $0.count == 2 }, "\(Self.days(r[1]).map(\.count))")
    #expect(!(r[1]["reply"] as? String ?? "").contains("A light week"))
  }

  @Test func theLightWeekThroughFlags() throws {
    let light = try ScriptFlagsTests.record(["plan", "--team-size", "5", "--budget", "120"])
    #expect((light["plan"] as? [String: Any])?["light_week"] as? Bool == true)
    #expect(Self.days(light).allSatisfy { $0.count <= 1 })
    #expect((light["reply"] as? String ?? "").contains("pass --per-day 2 for a fuller week"))
    let full = try ScriptFlagsTests.record(["plan", "--team-size", "5", "--budget", "120", "--per-day", "2"])
    #expect((full["plan"] as? [String: Any])?["light_week"] == nil)
    #expect(Self.days(full).contains { $0.count == 2 })
    // A larger team keeps two a day unless it asks for one.
    let one = try ScriptFlagsTests.record(["plan", "--team-size", "30", "--budget", "900", "--per-day", "1"])
    #expect(Self.days(one).allSatisfy { $0.count <= 1 })
    #expect((one["plan"] as? [String: Any])?["light_week"] == nil)
    let bad = try ConfettiProcess.run(["plan", "--per-day", "3"])
    #expect(bad.status == 64 && bad.errorText.contains("--per-day must be 1 or 2"), "\(bad.errorText)")
  }

  /// "Cheaper" after a list of prices shows what costs less than the middle price just shown,
  /// paid ideas included, not only free ones.
  @Test func cheaperIsTheCheaperPartOfTheList() throws {
    let r = try KeepingTrackTests.records(["ideas for our 9 staff, up to $400", "anything cheaper?"])
    let costs = SmallBusinessTests.ideas(of: r[0]).compactMap {
      ScriptFlagsTests.money($0["estimated_cost"])?.amount
    }
    .sorted()
    try #require(costs.count == 5 && costs.last! > 0, "\(costs)")
    let middle = costs[2]
    try #require(middle > 0, "\(costs)")
    #expect(KeepingTrackTests.intent(r[1]) == "cheaper")
    let cheaper = SmallBusinessTests.ideas(of: r[1]).compactMap {
      ScriptFlagsTests.money($0["estimated_cost"])?.amount
    }
    #expect(!cheaper.isEmpty && cheaper.allSatisfy { $0 < middle }, "\(cheaper) vs \(middle)")
    #expect(cheaper.contains { $0 > 0 }, "paid ideas under \(middle) too: \(cheaper)")
    #expect((r[1]["reply"] as? String ?? "").contains("Cheaper than"))
  }

  /// A spreadsheet asked for in words of its own is refused like a pdf, naming what Confetti
  /// writes; no file appears.
  @Test func aSpreadsheetIsRefusedNamingTheFormatsWritten() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "confetti-sheet-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let asks = [
      "could you email it over in excel format", "I'd like it as a spreadsheet", "can I get that as xlsx",
    ]
    let lines = ["plan the week for 10 people with $500"] + asks
    let r = try ConfettiProcess.run(["--json"], input: lines.joined(separator: "\n") + "\n", directory: dir)
    let objects = try r.jsonLines()
    try #require(objects.count == lines.count)
    for (k, line) in asks.enumerated() {
      let o = objects[k + 1]
      #expect(KeepingTrackTests.intent(o) == "export_plan", "\(line): \(o)")
      #expect(o["exported"] == nil, "\(line)")
      #expect((o["slots"] as? [String: Any])?["filename"] as? String == ".xlsx", "\(line)")
      let reply = o["reply"] as? String ?? ""
      #expect(
        reply.contains("Markdown") && reply.contains(".ics") && reply.contains(".xlsx"), "\(line): \(reply)")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
  }
}
