import Foundation

/// A fresh temporary directory to use as `HOME` (with `XDG_STATE_HOME` at `state/` inside it),
/// removed when the value goes away.
///
/// ```swift
/// let home = try TemporaryHome()
/// home.historyPath  // "<home>/state/confetti/history"
/// ```
final class TemporaryHome {
  let path: String

  init() throws {
    var template = Array((NSTemporaryDirectory() + "/confetti-repl-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw TerminalSession.Failure(description: "mkdtemp failed: \(String(cString: strerror(errno)))")
    }
    path = URL(fileURLWithPath: String(cString: made)).standardizedFileURL.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Where the REPL keeps its history with `XDG_STATE_HOME=<home>/state`.
  var historyPath: String { path + "/state/confetti/history" }

  /// The permission bits of `file`, or nil if it does not exist.
  func mode(of file: String) -> Int? {
    var info = stat()
    guard stat(file, &info) == 0 else { return nil }
    return Int(info.st_mode & 0o7777)
  }
}
