import ConfettiCore
import Testing

/// Duckling's English money and numeral corpora (github.com/facebook/duckling,
/// `Duckling/AmountOfMoney/EN/Corpus.hs` and `Duckling/Numeral/EN/Corpus.hs`, BSD licence, © Facebook),
/// ported to Confetti's readings: an amount is a budget, the lower end of a range is `budget_min`,
/// "at least" is a minimum and never a cap, and "no more than" is a cap.
///
/// Left out, on purpose: cents and pennies ("10 cents", "$20 43"), which no budget needs; Duckling's
/// latent bare numbers ("about 5"), which Confetti reads as money only after a budget word; currencies
/// Confetti does not know (dinar, riyal, ringgit, shekel, tugrik, lakh and crore); fractions ("1/5"),
/// "point 77", SI suffixes (".0012G") and billions ("US$4.7 billion"), beyond any budget.
@Suite struct DucklingCorpusTests {
  static func money(_ text: String, _ slot: SlotName) -> Money? {
    for e in Fixtures.parser.parse(text, today: Fixtures.today).entities where e.slot == slot {
      if case .money(let m) = e.value { return m }
    }
    return nil
  }

  @Test(arguments: [
    ("$1", 1.0, Money.Currency.usd), ("one dollar", 1, .usd), ("a dollar", 1, .usd),
    ("$10", 10, .usd), ("$ 10", 10, .usd), ("10$", 10, .usd), ("10 dollars", 10, .usd),
    ("ten dollars", 10, .usd),
    ("$10K", 10_000, .usd), ("10k$", 10_000, .usd), ("$10,000", 10_000, .usd),
    ("USD3.14", 3.14, .usd), ("3.14US$", 3.14, .usd), ("US$ 3.14", 3.14, .usd),
    ("20 euros", 20, .eur), ("20 Euro", 20, .eur), ("20 Euros", 20, .eur), ("EUR 20", 20, .eur),
    ("EUR 20.0", 20, .eur), ("20€", 20, .eur),
    ("£10", 10, .gbp), ("ten pounds", 10, .gbp), ("GBP3.01", 3.01, .gbp), ("GBP 3.01", 3.01, .gbp),
    ("CAD3.03", 3.03, .cad), ("CAD 3.03", 3.03, .cad), ("CHF3.04", 3.04, .chf), ("CHF 3.04", 3.04, .chf),
    ("CNY3", 3, .cny), ("CNY 3", 3, .cny), ("3 CNY", 3, .cny), ("3 yuan", 3, .cny),
    ("42 bucks", 42, .usd), ("around 42 bucks", 42, .usd), ("exactly 42 bucks", 42, .usd),
    ("Rs. 20", 20, .inr), ("Rs 20", 20, .inr), ("20 Rupees", 20, .inr), ("20Rs", 20, .inr),
    ("Rs20", 20, .inr),
    // "under"/"no more than"/"at most" caps: the budget.
    ("under seven euros", 7, .eur), ("less than 7 EUR", 7, .eur), ("lower than 7€", 7, .eur),
    ("no more than 7 euros", 7, .eur), ("at most 7€", 7, .eur),
  ])
  func amounts(_ text: String, _ amount: Double, _ currency: Money.Currency) {
    #expect(Self.money(text, .budget) == Money(amount: amount, currency: currency), "\(text)")
  }

  @Test(arguments: [
    "between 10 and 20 dollars", "from 10 dollars to 20 dollars", "around 10-20 dollars",
    "between 10 dollars and 20 dollars", "from 10 to 20 dollars", "about $10-$20", "10-20 dollars",
  ])
  func rangesKeepTheUpperBoundAsTheBudget(_ text: String) {
    #expect(Self.money(text, .budget) == .usd(20), "\(text)")
    #expect(Self.money(text, .budgetMin) == .usd(10), "\(text)")
  }

  @Test(arguments: ["at least $1.42", "no less than $1.42", "more than $1.42", "a minimum of $1.42"])
  func aMinimumIsNotACap(_ text: String) {
    #expect(Self.money(text, .budgetMin) == .usd(1.42), "\(text)")
    #expect(Self.money(text, .budget) == nil, "\(text)")
  }

  @Test(arguments: [
    ("0", 0.0), ("zero", 0), ("1", 1), ("one", 1), ("2", 2), ("two", 2), ("3", 3), ("three", 3), ("10", 10),
    ("ten", 10), ("12", 12), ("twelve", 12), ("a dozen", 12), ("14", 14), ("fourteen", 14), ("16", 16),
    ("sixteen", 16), ("17", 17), ("seventeen", 17), ("18", 18), ("eighteen", 18), ("33", 33),
    ("thirty three", 33), ("0033", 33), ("24", 24), ("2 dozens", 24), ("two dozen", 24), ("Two dozen", 24),
    ("1.1", 1.1), ("1.10", 1.1), ("01.10", 1.1), ("0.77", 0.77), ("100,000", 100_000), ("100,000.0", 100_000),
    ("100000", 100_000), ("100K", 100_000), ("100k", 100_000), ("one hundred thousand", 100_000),
    ("3M", 3e6), ("3000K", 3e6), ("3000000", 3e6), ("3,000,000", 3e6), ("3 million", 3e6),
    ("1,200,000", 1.2e6), ("1200000", 1.2e6), ("1.2M", 1.2e6), ("1200k", 1.2e6), ("5 thousand", 5000),
    ("five thousand", 5000), ("two Hundred thousand", 2e5), ("twenty-one thousand Eleven", 21011),
    ("seven hundred twenty-one thousand twelve", 721_012),
    ("seven hundred twenty-one thousand and twelve", 721_012),
  ])
  func numerals(_ text: String, _ value: Double) throws {
    let tokens = Tokenizer.tokenize(text)
    let n = try #require(NumberGrammar.parse(tokens, at: 0), "\(text)")
    #expect(abs(n.value - value) < 1e-9, "\(text): \(n.value)")
    #expect(n.length == tokens.count, "\(text) read whole")
  }

  /// Duckling's negative numerals ("-504", "-1200000") are kept as negative by the tokenizer, so a
  /// budget of "-100" is questioned rather than read as 100.
  @Test(arguments: ["-504", "-1200000", "budget: -100"])
  func negativeNumbersAreMarked(_ text: String) {
    #expect(Tokenizer.tokenize(text).contains { $0.kind == .number && $0.isNegative }, "\(text)")
  }
}
