import ArgumentParser
import ConfettiCore

/// Suggestions from options, without language understanding: for scripts.
struct IdeasCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ideas",
    abstract: "List ideas that fit a budget and team, from options (no language understanding).",
    discussion: "Example: confetti ideas --budget 300 --team-size 12 --audience customers --json"
  )

  @OptionGroup var constraintOptions: ConstraintOptions

  @Option(name: .long, help: "How many ideas to show.")
  var limit = 5

  @OptionGroup var common: CommonOptions

  func validate() throws {
    if limit < 1 { throw ValidationError("--limit must be at least 1.") }
  }

  func run() throws {
    let catalogue = try Session.catalogue(with: common.catalogue)
    let c = constraintOptions.constraints
    let result = Suggester(catalogue: catalogue).suggest(c)
    let nearest = result.ranked.isEmpty
    let shown = nearest ? result.nearest : Array(result.ranked.prefix(limit))
    let reply = ReplyText.ideas(shown: shown, nearest: nearest, total: result.ranked.count, context: c)
    let out: String
    if common.json {
      var fields: [(String, JSONValue)] = [
        ("context", JSONRenderer.context(c)), ("reply", .string(reply.plainText)),
        ("ideas", .array(shown.map(JSONRenderer.idea))), ("total_matches", .int(result.ranked.count)),
      ]
      if nearest { fields.append(("nearest", .bool(true))) }
      out = JSONValue.object(fields).serialized
    } else {
      out = TextRenderer(style: .detect()).render(reply)
    }
    try OutputChannel.standardOutput.write(out + "\n")
  }
}
