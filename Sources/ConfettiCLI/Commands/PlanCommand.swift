import ArgumentParser
import ConfettiCore

/// A week plan from options: for scripts and documents.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Plan Customer Service Week (Monday–Friday) within a budget.",
    discussion: "Example: confetti plan --team-size 40 --budget 2000 --year 2027 --markdown > plan.md"
  )

  @OptionGroup var constraintOptions: ConstraintOptions

  @Option(name: .long, help: "The year of the week (default: the next Customer Service Week).")
  var year: Int?

  @Flag(name: .long, help: "Write the plan as a Markdown document.")
  var markdown = false

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if markdown && common.json { throw ValidationError("Choose one of --markdown and --json.") }
    if let y = year, !(ServiceWeekCalendar.firstNationalYear...9999).contains(y) {
      throw ValidationError("--year must be \(ServiceWeekCalendar.firstNationalYear) or later.")
    }
  }

  func run() throws {
    let catalogue = try Session.catalogue(with: common.catalogue)
    let todayDate = try Today.resolve(common.today)
    var c = constraintOptions.constraints
    c.year = year
    let week = year.map { ServiceWeekCalendar.week(of: $0) } ?? ServiceWeekCalendar.next(after: todayDate)
    let plan = WeekPlanner(catalogue: catalogue).plan(c, week: week)
    let out: String
    if markdown {
      out = MarkdownRenderer.render(plan)
    } else if common.json {
      out =
        JSONValue.object([("context", JSONRenderer.context(c)), ("plan", JSONRenderer.plan(plan))]).serialized
        + "\n"
    } else {
      out = TextRenderer(style: .detect()).render(ReplyText.plan(plan, context: c)) + "\n"
    }
    try OutputChannel.standardOutput.write(out)
  }
}
