import Foundation
import Testing

/// A small snapshot helper in the style of swift-argument-parser's help tests: text compared
/// with a file under `Tests/EndToEndTests/Snapshots/`. Set `CONFETTI_RECORD_SNAPSHOTS=1` to
/// write the files instead (then read the diff before committing it). A missing file is
/// written and the test fails, so a new snapshot is always looked at once.
enum Snapshot {
  static var directory: URL {
    ConfettiProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Snapshots")
  }

  static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let file = directory.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["CONFETTI_RECORD_SNAPSHOTS"] == "1"
    guard !recording, let saved = try? String(contentsOf: file, encoding: .utf8) else {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try text.write(to: file, atomically: true, encoding: .utf8)
      if !recording {
        Issue.record(
          "recorded a new snapshot \(name); check it and run again", sourceLocation: sourceLocation)
      }
      return
    }
    guard saved != text else { return }
    let a = saved.split(separator: "\n", omittingEmptySubsequences: false)
    let b = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    let was = line < a.count ? String(a[line]) : "(end)"
    let now = line < b.count ? String(b[line]) : "(end)"
    let message =
      "snapshot \(name) differs at line \(line + 1):\n  saved: \(was)\n  now:   \(now)\n"
      + "(CONFETTI_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests records it)"
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
  }
}
