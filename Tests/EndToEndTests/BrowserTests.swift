import Foundation
import Testing

/// The chat page in a real browser: scripts/browser-test.py drives Debian's chromium through
/// chromedriver (selenium, in the venv `make test` creates) against `confetti serve --http`: two
/// questions typed, cards seen (each citing its sources as the record words them, one citing
/// Confetti's advice), More pressed with the keyboard, a card's details opened, the calendar
/// downloaded and checked with icalendar, the Markdown plan downloaded, the page walked with Tab alone (every Details, More,
/// Cheaper, the question box, Send and both downloads reached, the focus visible on each),
/// screenshots at 1280 and 360 px (light and dark) with no sideways scrolling. The screenshots go
/// to a temporary folder.
@Suite struct BrowserTests {
  @Test(.timeLimit(.minutes(3))) func aPersonCanPlanTheWeekInTheBrowser() throws {
    let python = CalendarExportTests.python
    try #require(
      FileManager.default.isExecutableFile(atPath: python.path),
      "no \(python.path): run `make test-deps` (or make test), which installs chromium and the venv")
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("confetti-browser-\(UUID())")
    let script = ConfettiProcess.packageRoot.appendingPathComponent("scripts/browser-test.py")
    let r = try ConfettiProcess.run(
      [script.path, "--confetti", ConfettiProcess.binary.path, "--out", out.path], executable: python,
      timeout: 150)
    #expect(r.status == 0, "browser-test.py: \(r.errorText)\n\(r.text)")
    let shots = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
    for name in ["chat-1280-light.png", "chat-360-light.png", "chat-1280-dark.png", "chat-360-dark.png"] {
      #expect(shots.contains(name), "no screenshot \(name)")
    }
    try? FileManager.default.removeItem(at: out)
  }
}
