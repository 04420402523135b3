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
      try AtomicFile.write(MarkdownRenderer.render(plan), to: target, overwrite: overwrite)
      return .written(path: target)
    } catch {
      switch error {
      case .exists: return .exists(path: target)
      case .failed(let reason): return .failed(path: target, reason: reason)
      }
    }
  }

  static func expandTilde(_ path: String) -> String {
    guard path.hasPrefix("~/"), let home = getenv("HOME") else { return path }
    return String(cString: home) + path.dropFirst()
  }
}
