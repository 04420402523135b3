import ArgumentParser
import ConfettiCore

/// A week plan from options: for scripts and documents.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Plan Customer Service Week (Monday–Friday) within a budget.",
    usage: """
      confetti plan [--budget <amount> | --per-person <amount>]
        [--currency <code>] [--team-size <n>] [--audience <audience>]
        [--format <format>] [--year <year>] [--markdown | --json]
        [--catalogue <file> ...] [--today <date>]
      """,
    discussion: """
      Each day keeps its theme: Monday educate, Tuesday activate, Wednesday and Thursday \
      cocreate, Friday celebrate, so plan takes no --theme. An amount is a number in US dollars \
      (or in --currency) or carries its currency: £150, 150 GBP, €80.

      Examples:
        confetti plan --team-size 40 --budget 2000 --markdown > plan.md
        confetti plan --team-size 6 --budget "150 GBP" --json
      """
  )

  @OptionGroup var constraintOptions: ConstraintOptions

  @Option(name: .long, help: "The year of the week (default: the next Customer Service Week).")
  var year: Int?

  /// Read only to refuse it with a reason, instead of "unknown option".
  @Option(name: .long, help: .hidden)
  var theme: String?

  @Flag(name: .long, help: "Write the plan as a Markdown document.")
  var markdown = false

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if theme != nil {
      throw ValidationError(
        "plan takes no --theme: each day keeps its own (Monday educate, Tuesday activate, Wednesday and "
          + "Thursday cocreate, Friday celebrate). For ideas of one theme, run confetti ideas --theme.")
    }
    if markdown && common.json { throw ValidationError("Choose one of --markdown and --json.") }
    if let y = year, !(ServiceWeekCalendar.firstNationalYear...9999).contains(y) {
      throw ValidationError("--year must be from \(ServiceWeekCalendar.firstNationalYear) to 9999.")
    }
  }

  func run() throws {
    let session = try Session(options: common)
    var c = constraintOptions.constraints
    c.year = year
    let answer = session.conversation.plan(for: c)
    if markdown, let plan = answer.plan {
      try OutputChannel.standardOutput.write(MarkdownRenderer.render(plan))
    } else {
      try session.write(answer)
    }
  }
}
