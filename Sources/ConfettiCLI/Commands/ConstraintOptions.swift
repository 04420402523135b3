import ArgumentParser
import ConfettiCore

extension Audience: ExpressibleByArgument {}
extension Format: ExpressibleByArgument {}
extension Theme: ExpressibleByArgument {}
extension Kind: ExpressibleByArgument {}

/// The constraints `ideas` and `plan` take as options.
struct ConstraintOptions: ParsableArguments {
  // Values are read unconditionally, so "--budget -5" is a negative amount (refused with a
  // reason), not a missing value followed by an unknown option.
  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Total budget in US dollars (or give --per-person).", valueName: "amount"))
  var budget: Double?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Budget per person in US dollars (or give --budget).", valueName: "amount"))
  var perPerson: Double?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("How many people take part (default 10).", valueName: "n"))
  var teamSize: Int?

  @Option(name: .long, help: "Who it is for: employees, customers or both.")
  var audience: Audience?

  @Option(name: .long, help: "Where it happens: in_person, remote or hybrid.")
  var format: Format?

  @Option(name: .long, help: "Preferred theme: educate, activate, cocreate or celebrate.")
  var theme: Theme?

  func validate() throws {
    if let b = budget, !(b >= 0 && b.isFinite) { throw ValidationError("--budget must be zero or more.") }
    if let p = perPerson, !(p >= 0 && p.isFinite) {
      throw ValidationError("--per-person must be zero or more.")
    }
    if budget != nil && perPerson != nil {
      throw ValidationError("Give one of --budget (the total) and --per-person, not both.")
    }
    if let n = teamSize, !(1...100_000).contains(n) {
      throw ValidationError("--team-size must be between 1 and 100000.")
    }
  }

  var constraints: Constraints {
    var c = Constraints()
    c.teamSize = teamSize
    c.budget = budget.map { .usd($0) }
    c.budgetPerPerson = perPerson.map { .usd($0) }
    c.audience = audience
    c.format = format
    c.theme = theme
    return c
  }
}
