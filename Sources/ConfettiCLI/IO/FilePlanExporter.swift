import ConfettiCore

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a plan as Markdown, atomically: to a temporary file beside the
/// target, then linked into place (refusing an existing file) or renamed over
/// it when overwriting is asked for.
public struct FilePlanExporter: PlanExporter {
  public init() {}

  public func export(_ plan: WeekPlan, to path: String, overwrite: Bool) -> ExportOutcome {
    let target = FilePlanExporter.expandTilde(path)
    do {
      try FilePlanExporter.writeAtomically(MarkdownRenderer.render(plan), to: target, overwrite: overwrite)
      return .written(path: target)
    } catch {
      switch error {
      case .exists: return .exists(path: target)
      case .failed(let reason): return .failed(path: target, reason: reason)
      }
    }
  }

  public enum WriteError: Error {
    case exists
    case failed(String)
  }

  static func expandTilde(_ path: String) -> String {
    guard path.hasPrefix("~/"), let home = getenv("HOME") else { return path }
    return String(cString: home) + path.dropFirst()
  }

  static func errorText() -> String { String(cString: strerror(errno)) }

  /// Writes `text` to `path` via a temporary file and link/rename; `mode` applies to the new file.
  public static func writeAtomically(_ text: String, to path: String, overwrite: Bool, mode: mode_t = 0o644)
    throws(WriteError)
  {
    if !overwrite && access(path, F_OK) == 0 { throw .exists }
    let temp = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard fd >= 0 else { throw .failed(errorText()) }
    var copy = text
    let ok = copy.withUTF8 { bytes -> Bool in
      var offset = 0
      while offset < bytes.count {
        let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += n
      }
      return fsync(fd) == 0
    }
    let reason = ok ? "" : errorText()
    close(fd)
    guard ok else {
      unlink(temp)
      throw .failed(reason)
    }
    if overwrite {
      guard rename(temp, path) == 0 else {
        let r = errorText()
        unlink(temp)
        throw .failed(r)
      }
      return
    }
    if link(temp, path) != 0 {
      let e = errno
      let r = errorText()
      unlink(temp)
      throw e == EEXIST ? .exists : .failed(r)
    }
    unlink(temp)
  }
}
