import ArgumentParser
import ConfettiCore
import ConfettiSession

/// Suggestions from options, without language understanding: for scripts.
struct IdeasCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ideas",
    abstract: "List ideas that fit a budget and team, from options (no language understanding).",
    usage: """
      confetti ideas [--budget <amount> | --per-person <amount>]
        [--currency <code>] [--team-size <n>] [--guests <n>]
        [--audience <audience>] [--format <format>] [--theme <theme>]
        [--query <text>] [--tag <kind> ...] [--without-tag <kind> ...]
        [--without-need <need> ...] [--small-business] [--max-cost <amount>]
        [--limit <n>] [--offset <n>] [--json]
        [--catalogue <file> ...] [--today <date>]
      """,
    discussion: """
      --query reads what to look for as the assistant does (an idea's name, kinds of idea such as \
      "something with food", "no food", other words); --tag asks for a kind of idea directly and \
      --without-tag leaves one out: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).

      An amount is a number in US dollars (or in --currency) or carries its currency: £150, \
      150 GBP, €80. --offset pages through the list: --limit 5 --offset 5 is the second page. \
      --max-cost keeps the ideas that cost the team less than an amount, as "cheaper" does in the \
      chat (--max-cost 0: only free ones).

      --small-business leaves out every idea that needs what a small business lacks: \
      management_layer, other_departments, meeting_room, closing (the whole team away from \
      customers at once) or time_off_floor; --without-need leaves out the ideas that need one of \
      them ("--without-need closing" for a team that cannot close).

      Examples:
        confetti ideas --budget 300 --team-size 12 --audience customers --json
        confetti ideas --budget £150 --team-size 6
        confetti ideas --team-size 12 --limit 5 --offset 5
        confetti ideas --team-size 25 --query "something with food"
        confetti ideas --team-size 12 --format remote --tag games --tag music
        confetti ideas --team-size 40 --without-tag food
        confetti ideas --team-size 6 --budget 75 --small-business
        confetti ideas --team-size 12 --budget 300 --max-cost 60
      """
  )

  @OptionGroup var contentOptions: ContentOptions

  @OptionGroup var constraintOptions: ConstraintOptions

  @Option(name: .long, help: "Preferred theme: educate, activate, cocreate or celebrate.")
  var theme: Theme?

  @Option(name: .long, help: "How many ideas to show.")
  var limit = 5

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Only ideas that cost the team less than this (0: only free ones), as \"cheaper\" asks in the chat; "
        + "written as --budget is.",
      valueName: "amount"),
    transform: AmountArgument.init)
  var maxCost: AmountArgument?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("How many ideas to skip first, to page.", valueName: "n"))
  var offset = 0

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    if offset < 0 { throw ValidationError("--offset must be zero or more.") }
    if let m = maxCost {
      if !(m.value >= 0 && m.value.isFinite) { throw ValidationError("--max-cost must be zero or more.") }
      let budget = constraintOptions.budget ?? constraintOptions.perPerson
      if let written = m.currency, let said = budget?.currency ?? constraintOptions.currency?.currency,
        written != said
      {
        throw ValidationError(
          "--max-cost is in \(written.name) but the budget is in \(said.name); give one currency.")
      }
    }
  }

  func run() throws {
    let session = try Session(options: common)
    var c = constraintOptions.constraints
    c.theme = theme
    if let m = maxCost {
      // The ceiling "cheaper" sets, in US dollars as the estimates are.
      c.maxCost = Constraints.dollars(
        Money(amount: m.value, currency: m.currency ?? constraintOptions.budgetCurrency))
    }
    contentOptions.apply(to: &c, in: session.conversation)
    try session.write(
      session.conversation.ideas(for: c, limit: limit, offset: offset, hints: CommandLineHints()))
  }
}
