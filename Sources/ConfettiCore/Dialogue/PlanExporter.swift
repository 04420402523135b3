/// Writes a plan somewhere, for "export the plan to plan.md". The CLI supplies
/// the real file writer; tests may supply their own.
public protocol PlanExporter: Sendable {
  /// Writes `plan` to `path`; refuses an existing file unless `overwrite`.
  func export(_ plan: WeekPlan, to path: String, overwrite: Bool) -> ExportOutcome
}

/// What happened to an export.
public enum ExportOutcome: Sendable, Equatable {
  case written(path: String)
  case exists(path: String)
  case failed(path: String, reason: String)
}
