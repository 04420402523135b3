import ArgumentParser
import ConfettiCore

/// Suggestions from options, without language understanding: for scripts.
struct IdeasCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ideas",
    abstract: "List ideas that fit a budget and team, from options (no language understanding).",
    usage: """
      confetti ideas [--budget <amount> | --per-person <amount>]
        [--currency <code>] [--team-size <n>] [--audience <audience>]
        [--format <format>] [--theme <theme>] [--query <text>]
        [--tag <kind> ...] [--without-tag <kind> ...] [--limit <n>]
        [--offset <n>] [--json]
        [--catalogue <file> ...] [--today <date>]
      """,
    discussion: """
      --query reads what to look for as the assistant does (an idea's name, kinds of idea such as \
      "something with food", "no food", other words); --tag asks for a kind of idea directly and \
      --without-tag leaves one out: food, drinks, \
      music, games, sports, contest, halloween, autumn, outdoor, family, volunteering, recognition, \
      awards, customer_insight, customer_facing, social_media, video, photos, writing, decorations, \
      improvement, leadership, wellness, remote_friendly, low_prep, small_business.

      An amount is a number in US dollars (or in --currency) or carries its currency: £150, \
      150 GBP, €80. --offset pages through the list: --limit 5 --offset 5 is the second page.

      Examples:
        confetti ideas --budget 300 --team-size 12 --audience customers --json
        confetti ideas --budget £150 --team-size 6
        confetti ideas --team-size 12 --limit 5 --offset 5
        confetti ideas --team-size 25 --query "something with food"
        confetti ideas --team-size 12 --format remote --tag games --tag music
        confetti ideas --team-size 40 --without-tag food
      """
  )

  @Option(name: .long, help: ArgumentHelp("What to look for, in plain words.", valueName: "text"))
  var query: String?

  @Option(name: .long, help: ArgumentHelp("A kind of idea to look for (repeatable).", valueName: "kind"))
  var tag: [Kind] = []

  @Option(name: .long, help: ArgumentHelp("A kind of idea to leave out (repeatable).", valueName: "kind"))
  var withoutTag: [Kind] = []

  @OptionGroup var constraintOptions: ConstraintOptions

  @Option(name: .long, help: "Preferred theme: educate, activate, cocreate or celebrate.")
  var theme: Theme?

  @Option(name: .long, help: "How many ideas to show.")
  var limit = 5

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("How many ideas to skip first, to page.", valueName: "n"))
  var offset = 0

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    if offset < 0 { throw ValidationError("--offset must be zero or more.") }
    if let both = tag.first(where: withoutTag.contains) {
      throw ValidationError("--tag \(both.rawValue) and --without-tag \(both.rawValue) cannot both be given.")
    }
  }

  func run() throws {
    let session = try Session(options: common)
    var c = constraintOptions.constraints
    c.theme = theme
    if let query {
      let content = session.conversation.matcher.content(of: query, today: session.conversation.today)
      c.idea = content.idea
      c.kinds = content.kinds
      c.withoutKinds = content.withoutKinds
      c.terms = content.terms
    }
    for k in tag where !c.kinds.contains(k) { c.kinds.append(k) }
    for k in withoutTag where !c.withoutKinds.contains(k) { c.withoutKinds.append(k) }
    c.kinds.removeAll(where: c.withoutKinds.contains)
    try session.write(session.conversation.ideas(for: c, limit: limit, offset: offset))
  }
}
