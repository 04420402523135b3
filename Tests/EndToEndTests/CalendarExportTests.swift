import Foundation
import Testing

/// The calendar export through the built binary, each file checked by an independent parser
/// (Python's `icalendar`, in the venv `make test` creates, through scripts/check-ics.py): its
/// events are all-day, on the weekdays of the first full Monday–Friday week of October.
@Suite struct CalendarExportTests {
  /// The test venv's Python (`make test-deps` creates it); `CONFETTI_TEST_PYTHON` overrides.
  static var python: URL {
    if let given = ProcessInfo.processInfo.environment["CONFETTI_TEST_PYTHON"] {
      return URL(fileURLWithPath: given)
    }
    return ConfettiProcess.packageRoot.appendingPathComponent(".venv-test/bin/python")
  }

  /// The events of `ics` as scripts/check-ics.py reads them, after its checks pass.
  static func events(_ ics: String, monday: String = "2027-10-04") throws -> [[String: String]] {
    try #require(
      FileManager.default.isExecutableFile(atPath: python.path),
      "no \(python.path): run `make test-deps` (or make test), which creates the venv with icalendar")
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("confetti-\(UUID()).ics")
    try Data(ics.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let script = ConfettiProcess.packageRoot.appendingPathComponent("scripts/check-ics.py")
    let r = try ConfettiProcess.run([script.path, file.path, "--monday", monday], executable: python)
    try #require(r.status == 0, "check-ics.py: \(r.errorText)")
    let json = try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any]
    return json?["events"] as? [[String: String]] ?? []
  }

  /// (date, idea name) for every idea of a `plan` record.
  static func planned(_ plan: [String: Any]) -> Set<String> {
    var out: Set<String> = []
    for day in plan["days"] as? [[String: Any]] ?? [] {
      for idea in day["ideas"] as? [[String: Any]] ?? [] {
        out.insert("\(day["date"] as? String ?? "") \(idea["name"] as? String ?? "")")
      }
    }
    return out
  }

  @Test func planIcsHoldsTheSameIdeasOnTheSameDaysAsThePlan() throws {
    let options = ["plan", "--team-size", "40", "--budget", "2000", "--today", "2026-11-23"]
    let r = try ConfettiProcess.run(options + ["--ics"], input: "")
    #expect(r.status == 0, "\(r.errorText)")
    #expect(r.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
    let events = try Self.events(r.text)
    let json = try ConfettiProcess.run(options + ["--json"], input: "")
    let plan = try #require(try json.jsonLines().first?["plan"] as? [String: Any])
    #expect(Set(events.map { "\($0["date"] ?? "") \($0["summary"] ?? "")" }) == Self.planned(plan))
    #expect(events.allSatisfy { ($0["description"] ?? "").contains("Tier: ") })
    // The same plan again: the same UIDs, so a calendar updates instead of doubling.
    let again = try ConfettiProcess.run(options + ["--ics"], input: "")
    #expect(try Self.events(again.text).map { $0["uid"] ?? "" } == events.map { $0["uid"] ?? "" })
  }

  @Test func anotherYearIsThatYearsWeek() throws {
    // October 1, 2028 is a Sunday: the week is October 2–6.
    let r = try ConfettiProcess.run(
      ["plan", "--team-size", "12", "--budget", "600", "--year", "2028", "--ics"], input: "")
    #expect(r.status == 0, "\(r.errorText)")
    let events = try Self.events(r.text, monday: "2028-10-02")
    #expect(!events.isEmpty)
    // The check can fail: the same file is not the week of 2027.
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("confetti-\(UUID()).ics")
    try Data(r.text.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let script = ConfettiProcess.packageRoot.appendingPathComponent("scripts/check-ics.py")
    let wrong = try ConfettiProcess.run(
      [script.path, file.path, "--monday", "2027-10-04"], executable: Self.python)
    #expect(wrong.status == 1 && wrong.errorText.contains("not in the week"))
  }

  @Test func theChatWritesTheCalendarItIsAskedFor() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("confetti-ics-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let r = try ConfettiProcess.run(
      ["--json"], input: "plan the week for 40 people with $2000\nexport the plan to csw.ics\n",
      directory: folder)
    let records = try r.jsonLines()
    try #require(records.count == 2)
    let plan = try #require(records[0]["plan"] as? [String: Any])
    #expect((records[1]["exported"] as? String)?.hasSuffix("csw.ics") == true)
    let ics = try String(contentsOf: folder.appendingPathComponent("csw.ics"), encoding: .utf8)
    let events = try Self.events(ics)
    #expect(Set(events.map { "\($0["date"] ?? "") \($0["summary"] ?? "")" }) == Self.planned(plan))
  }

  @Test func theServerSendsTheCalendarInTheRecordAndWritesNothing() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("confetti-ics-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let server = try ServerProcess.start(directory: folder)
    defer { server.stop() }
    let client = try LineClient(port: server.port)
    try client.send("plan the week for 20 people with $1500\n")
    let plan = try #require(try client.readRecord()["plan"] as? [String: Any])
    try client.send("export the plan to csw.ics\n")
    let r = try client.readRecord()
    let export = try #require(r["export"] as? [String: Any])
    #expect(export["filename"] as? String == "csw.ics")
    #expect(export["markdown"] == nil)
    let events = try Self.events(try #require(export["ics"] as? String))
    #expect(Set(events.map { "\($0["date"] ?? "") \($0["summary"] ?? "")" }) == Self.planned(plan))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  /// One writer: for the same plan, `plan --ics`, the file the chat writes, the line server's
  /// record and the chat page's (what its calendar button asks over /chat) are the same bytes.
  @Test func everyWayToTheCalendarGivesTheSameFile() throws {
    let plan = "plan the week for 40 people with $2000"
    let cli = try ConfettiProcess.run(["plan", "--team-size", "40", "--budget", "2000", "--ics"], input: "")
    try #require(cli.status == 0, "\(cli.errorText)")
    #expect(!(try Self.events(cli.text)).isEmpty)

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("confetti-ics-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try ConfettiProcess.run([], input: plan + "\nexport the plan to csw.ics\n", directory: folder)
    let chat = try String(contentsOf: folder.appendingPathComponent("csw.ics"), encoding: .utf8)
    #expect(chat == cli.text, "the chat's csw.ics differs from plan --ics")

    let line = try ServerProcess.start()
    defer { line.stop() }
    let client = try LineClient(port: line.port)
    try client.send(plan + "\nexport the plan to csw.ics\n")
    _ = try client.readRecord()
    let served = try client.readRecord()["export"] as? [String: Any]
    #expect(served?["ics"] as? String == cli.text, "the line server's calendar differs from plan --ics")

    let web = try ServerProcess.start(["--http"])
    defer { web.stop() }
    let ws = try WebSocketClient(port: web.port, origin: "http://127.0.0.1:\(web.port)")
    try ws.sendText(plan)
    _ = try ws.readRecord()
    try ws.sendText("export the plan to confetti-plan.ics")  // the page's calendar button
    let page = try ws.readRecord()["export"] as? [String: Any]
    #expect(page?["filename"] as? String == "confetti-plan.ics")
    #expect(page?["ics"] as? String == cli.text, "the page's calendar differs from plan --ics")
  }
}
