import ArgumentParser
import ConfettiCore
import ConfettiSession

extension WorkDay: ExpressibleByArgument {
  /// "Friday" is friday.
  public init?(argument: String) {
    self.init(rawValue: argument.lowercased())
  }
}

/// A week plan from options: for scripts and documents.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Plan Customer Service Week (Monday–Friday) within a budget.",
    usage: """
      confetti plan [--budget <amount> | --per-person <amount>]
        [--currency <code>] [--team-size <n>] [--guests <n>]
        [--audience <audience>] [--format <format>] [--query <text>]
        [--tag <kind> ...] [--without-tag <kind> ...]
        [--without-need <need> ...] [--small-business]
        [--idea <id> [--day <day>]]
        [--per-day <n>] [--year <year>] [--markdown | --ics | --json]
        [--catalogue <file> ...] [--today <date>]
      """,
    discussion: """
      Each day keeps its theme: Monday educate, Tuesday activate, Wednesday and Thursday \
      cocreate, Friday celebrate, so plan takes no --theme. An amount is a number in US dollars \
      (or in --currency) or carries its currency: £150, 150 GBP, €80.

      --query, --tag and --without-tag steer each day's choice as they steer `confetti ideas`. \
      --idea puts one idea in the plan, on --day if given, else on its theme's day; --day with \
      --tag (or a --query naming an idea or a kind) puts that idea, or one of that kind, on that \
      day. The planner places one named idea, so --idea and --day are given once.

      --small-business and --without-need leave out ideas that need what the team lacks, as \
      they do for `confetti ideas`.

      A team of 8 or fewer gets a light week: one short item a day, nothing that needs the doors \
      closed or hours off the floor. --per-day 2 asks for two a day (--per-day 1 keeps any team \
      to one).

      Examples:
        confetti plan --team-size 40 --budget 2000 --markdown > plan.md
        confetti plan --team-size 40 --budget 2000 --ics > csw.ics
        confetti plan --team-size 6 --budget "150 GBP" --json
        confetti plan --team-size 25 --budget 3000 --idea house-band --day friday
        confetti plan --team-size 12 --tag food --without-tag contest
        confetti plan --team-size 5 --budget 60 --small-business
      """
  )

  @OptionGroup var constraintOptions: ConstraintOptions

  @OptionGroup var contentOptions: ContentOptions

  @Option(
    name: .long,
    help: ArgumentHelp("An idea (by id, as `ideas --json` gives it) the plan must hold.", valueName: "id"))
  var idea: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp("The day for --idea (or --tag, --query): monday … friday.", valueName: "day"))
  var day: [WorkDay] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "At most this many ideas a day, 1 or 2 (default: 1 for a team of 8 or fewer, else 2).", valueName: "n"))
  var perDay: Int?

  @Option(name: .long, help: "The year of the week (default: the next Customer Service Week).")
  var year: Int?

  /// Read only to refuse it with a reason, instead of "unknown option".
  @Option(name: .long, help: .hidden)
  var theme: String?

  @Flag(name: .long, help: "Write the plan as a Markdown document.")
  var markdown = false

  @Flag(
    name: .long,
    help: "Print the plan as an iCalendar file (one all-day event per idea and day) to standard output.")
  var ics = false

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if theme != nil {
      throw ValidationError(
        "plan takes no --theme: each day keeps its own (Monday educate, Tuesday activate, Wednesday and "
          + "Thursday cocreate, Friday celebrate). For ideas of one theme, run confetti ideas --theme.")
    }
    if idea.count > 1 || day.count > 1 {
      throw ValidationError(
        "The planner places one named idea on one day: give --idea (and --day) once.")
    }
    if let n = perDay, n != 1 && n != 2 {
      throw ValidationError("--per-day must be 1 or 2 (a day holds one idea or two).")
    }
    if [markdown, ics, common.json].filter({ $0 }).count > 1 {
      throw ValidationError("Choose one of --markdown, --ics and --json.")
    }
    if let y = year, !(ServiceWeekCalendar.firstNationalYear...9999).contains(y) {
      throw ValidationError("--year must be from \(ServiceWeekCalendar.firstNationalYear) to 9999.")
    }
  }

  func run() throws {
    let session = try Session(options: common)
    var c = constraintOptions.constraints
    c.year = year
    c.perDay = perDay
    contentOptions.apply(to: &c, in: session.conversation)
    if let id = idea.first {
      let catalogue = session.conversation.catalogue
      guard catalogue.idea(id: id) != nil else {
        let near = catalogue.ids(near: id)
        let hint = near.isEmpty ? "" : "; the closest: " + near.joined(separator: ", ")
        throw CLIError.usage("--idea: no idea has the id '\(id)'\(hint) (confetti ideas --json lists ids).")
      }
      c.idea = catalogue.canonicalID(id)
    }
    // A day needs something to put on it: the idea, or kinds (from --tag or the query's words).
    if let d = day.first, c.idea == nil, c.kinds.isEmpty {
      throw CLIError.usage(
        "--day \(d.rawValue) needs --idea <id>, --tag <kind> or a --query naming one to say what goes on that day."
      )
    }
    c.day = day.first
    let answer = session.conversation.plan(for: c, hints: CommandLineHints())
    if markdown, let plan = answer.plan {
      try OutputChannel.standardOutput.write(MarkdownRenderer.render(plan))
    } else if ics, let plan = answer.plan {
      // DTSTAMP is today (--today, CONFETTI_TODAY or the clock) at 00:00 UTC, as in the chat's export.
      try OutputChannel.standardOutput.write(
        CalendarRenderer.render(plan, stamp: .init(date: session.conversation.today)))
    } else {
      try session.write(answer)
    }
  }
}
