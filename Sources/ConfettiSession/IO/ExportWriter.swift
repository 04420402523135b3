import ConfettiCore

#if canImport(Glibc)
  import Glibc
#endif

/// Carries out an ``ExportRequest`` for the REPL and pipe mode: writes the Markdown with
/// ``AtomicFile``, refusing an existing file unless overwriting was asked for.
///
/// Where it writes (the rule is in ``ExportName`` and the README): a relative name in or under
/// the current folder; `~/…` or an absolute path only into the current folder or a folder the
/// person owns inside their home folder, so "save the plan to /etc/passwd" writes nothing, even
/// for root.
///
/// ```swift
/// ExportWriter.write(ExportRequest(path: "plan.md", overwrite: false, contents: "# Plan\n", span: "Oct 5–9"))
/// // .written(path: "plan.md")
/// ```
public enum ExportWriter {
  /// What happened to an export.
  public enum Outcome: Sendable, Equatable {
    case written(path: String)
    /// The file exists and overwriting was not asked for.
    case exists(path: String)
    /// The folder belongs to someone else.
    case notYours(path: String, folder: String)
    case failed(path: String, reason: String)
  }

  public static func write(_ request: ExportRequest) -> Outcome {
    let target = expandTilde(request.path)
    if target.hasPrefix("/") {
      let folder = parent(of: target)
      guard let real = realPath(folder) else {
        return .failed(path: target, reason: String(cString: strerror(errno)))
      }
      var st = stat()
      let inHome = home.flatMap(realPath).map { real == $0 || real.hasPrefix($0 + "/") } ?? false
      let inCurrent = realPath(".").map { real == $0 || real.hasPrefix($0 + "/") } ?? false
      guard inCurrent || (inHome && stat(real, &st) == 0 && st.st_uid == geteuid()) else {
        return .notYours(path: target, folder: folder)
      }
    }
    do {
      try AtomicFile.write(request.contents, to: target, overwrite: request.overwrite)
      return .written(path: target)
    } catch {
      switch error {
      case .exists: return .exists(path: target)
      case .failed(let reason): return .failed(path: target, reason: reason)
      }
    }
  }

  /// `/a/b` for `/a/b/c.md`; `/` for `/c.md`.
  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
    return String(path[..<slash])
  }

  static var home: String? { getenv("HOME").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } }

  static func expandTilde(_ path: String) -> String {
    guard path.hasPrefix("~/"), let home else { return path }
    return home + path.dropFirst()
  }

  /// The canonical absolute path of an existing folder (symbolic links and `..` resolved).
  static func realPath(_ path: String) -> String? {
    guard let p = realpath(path, nil) else { return nil }
    defer { free(p) }
    return String(cString: p)
  }
}
