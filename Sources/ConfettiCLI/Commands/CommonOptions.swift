import ArgumentParser
import ConfettiSession

/// Options every conversation mode shares.
public struct CommonOptions: ParsableArguments {
  @Flag(name: .long, help: "Write JSON instead of text: one object per answer, on one line.")
  public var json = false

  @Option(
    name: [.customLong("catalogue"), .customLong("catalog")],
    help: ArgumentHelp("Add or override ideas from a YAML catalogue file (repeatable).", valueName: "file"))
  public var catalogue: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Take this date (YYYY-MM-DD) as today, for \"this year\" and the next week. Default: CONFETTI_TODAY or the clock.",
      valueName: "date"))
  public var today: String?

  public init() {}

  /// `--today` and `CONFETTI_TODAY` are checked here, once for every command (exit 64).
  public func validate() throws {
    do {
      _ = try Today.resolve(today)
    } catch {
      throw ValidationError(error.description)
    }
  }
}
