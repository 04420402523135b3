import ArgumentParser
import ConfettiCore
import ConfettiSession

extension Audience: ExpressibleByArgument {}
extension Format: ExpressibleByArgument {}
extension Theme: ExpressibleByArgument {}
extension Kind: ExpressibleByArgument {}
extension Need: ExpressibleByArgument {}

/// The constraints `ideas` and `plan` both take as options: budget, team, guests, audience and format.
struct ConstraintOptions: ParsableArguments {
  // Values are read unconditionally, so "--budget -5" is a negative amount (refused with a
  // reason), not a missing value followed by an unknown option.
  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "Total budget: 150 (US dollars, or --currency), £150, 150 GBP or €80 (or give --per-person).",
      valueName: "amount"),
    transform: AmountArgument.init)
  var budget: AmountArgument?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Budget per person, written as --budget is (or give --budget).", valueName: "amount"),
    transform: AmountArgument.init)
  var perPerson: AmountArgument?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The currency of an amount written without one (default USD).", valueName: "code"))
  var currency: PlannedCurrency?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("How many people take part (default 10).", valueName: "n"))
  var teamSize: Int?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(
      "How many guests or customers come to the ideas that invite them (default: Confetti's estimate for each).",
      valueName: "n"))
  var guests: Int?

  @Option(name: .long, help: "Who it is for: employees, customers or both.")
  var audience: Audience?

  @Option(name: .long, help: "Where it happens: in_person, remote or hybrid.")
  var format: Format?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Something the team lacks, so ideas that need it are left out (repeatable): management_layer, "
        + "other_departments, meeting_room, closing, time_off_floor.",
      valueName: "need"))
  var withoutNeed: [Need] = []

  @Flag(
    name: .long, help: "A small business: leave out every idea that needs something --without-need names.")
  var smallBusiness = false

  func validate() throws {
    if let b = budget?.value, !(b >= 0 && b.isFinite) {
      throw ValidationError("--budget must be zero or more.")
    }
    if let p = perPerson?.value, !(p >= 0 && p.isFinite) {
      throw ValidationError("--per-person must be zero or more.")
    }
    if budget != nil && perPerson != nil {
      throw ValidationError("Give one of --budget (the total) and --per-person, not both.")
    }
    if let written = (budget ?? perPerson)?.currency, let currency, written != currency.currency {
      let flag = budget != nil ? "--budget" : "--per-person"
      throw ValidationError(
        "\(flag) is in \(written.name) but --currency says \(currency.rawValue); give one currency.")
    }
    if let n = teamSize, !(1...100_000).contains(n) {
      throw ValidationError("--team-size must be between 1 and 100000.")
    }
    if let n = guests, !(0...100_000).contains(n) {
      throw ValidationError("--guests must be between 0 and 100000.")
    }
  }

  /// The currency of the budget: the one written with it, else --currency, else US dollars.
  var budgetCurrency: Money.Currency {
    (budget ?? perPerson)?.currency ?? currency?.currency ?? .usd
  }

  var constraints: Constraints {
    var c = Constraints()
    c.teamSize = teamSize
    c.guests = guests
    c.budget = budget.map { Money(amount: $0.value, currency: budgetCurrency) }
    c.budgetPerPerson = perPerson.map { Money(amount: $0.value, currency: budgetCurrency) }
    c.audience = audience
    c.format = format
    c.withoutNeeds = smallBusiness ? Need.allCases : withoutNeed
    return c
  }
}
