import ConfettiCore

/// The `ideas` and `plan` commands' wording of the core's hints: which option to pass.
///
/// ```swift
/// CommandLineHints().words(for: .giveTeamSize)  // "pass --team-size"
/// ```
struct CommandLineHints: HintWording {
  func words(for hint: Hint) -> String {
    switch hint {
    case .giveTeamSize: "pass --team-size"
    case .seeMore: "--limit and --offset show more; confetti ask \"tell me more about …\" explains one."
    case .tryOtherConstraints: "Try other options."
    case .planYear(let year): "pass --year \(year)"
    case .askDetails: "run confetti ask"
    case .savePlan: "--markdown writes it as a document."
    case .endOfList(let total):
      "That's all \(total) ideas that fit: --offset counts from 0, so the last page starts below \(total)."
    case .fullerWeek: "pass --per-day 2"
    }
  }
}
