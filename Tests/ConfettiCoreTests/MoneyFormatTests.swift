import ConfettiCore
import Testing

@Suite struct MoneyFormatTests {
  @Test(arguments: [
    (0.0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (1500, "1,500"), (12.5, "12.50"), (0.05, "0.05"),
    (1_234_567.891, "1,234,567.89"), (-100, "-100"), (-1234.5, "-1,234.50"), (999.999, "1,000"),
    (100_000, "100,000"), (1e12, "1,000,000,000,000"),
  ])
  func groupsThousandsAndShowsCentsOnlyWhenThereAreSome(_ amount: Double, _ expected: String) {
    #expect(Money.format(amount) == expected)
  }

  /// The grouping as first written (digits into an array, reversed), kept to check the
  /// allocation-free writer against.
  static func reference(_ amount: Double) -> String {
    let rounded = (abs(amount) * 100).rounded() / 100
    let whole = Int(rounded)
    let cents = Int(((rounded - Double(whole)) * 100).rounded())
    var text: [Character] = []
    for (k, digit) in String(whole).reversed().enumerated() {
      if k > 0 && k % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    var out = (amount < 0 ? "-" : "") + String(text.reversed())
    if cents != 0 { out += "." + (cents < 10 ? "0" : "") + String(cents) }
    return out
  }

  @Test func agreesWithTheReferenceOverManyAmounts() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for k in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let magnitude = [1.0, 100, 10_000, 1e6, 1e9, 1e14][k % 6]
      let amount = (Double(state >> 11) / Double(1 << 53) - 0.3) * magnitude
      #expect(Money.format(amount) == MoneyFormatTests.reference(amount), "\(amount)")
    }
  }

  @Test func descriptionPutsTheSignBeforeTheSymbol() {
    #expect(Money.usd(-1500).description == "-$1,500")
    #expect(Money(amount: 25.5, currency: .gbp).description == "£25.50")
  }

  @Test func citationsNameEachSourceOnceInOrder() {
    let a = Source(id: "a", title: "A", publisher: "ICMI", year: 2024, url: nil)
    let b = Source(id: "b", title: "B", publisher: "Act!", year: nil, url: nil)
    #expect([a, b, a].citations == "ICMI, 2024; Act!, undated")
    #expect([Source]().citations == "")
  }
}

/// An amount on its own, as an option gives it, read by the sentence grammar.
@Suite struct MoneyAmountTests {
  @Test(
    arguments: [
      ("150", 150.0, nil), ("£150", 150, .gbp), ("150 GBP", 150, .gbp), ("gbp 150", 150, .gbp),
      ("€80", 80, .eur), ("80 euros", 80, .eur), ("$1.5k", 1500, .usd), ("2k", 2000, nil),
      ("1,500", 1500, nil), ("USD 20", 20, .usd), ("-5", -5, nil), ("-£5", -5, .gbp), ("₹3000", 3000, .inr),
      ("CA$300", 300, .cad), (" 150 ", 150, nil),
    ] as [(String, Double, Money.Currency?)])
  func readsAnAmountAndItsCurrency(_ text: String, _ amount: Double, _ currency: Money.Currency?) throws {
    let read = try #require(MoneyGrammar.amount(text), "\(text)")
    #expect(read.value == amount && read.currency == currency, "\(text)")
  }

  @Test(arguments: ["", "cheap", "150 for 12 people", "£", "150 GBP please", "under 300", "12 people"])
  func refusesAnythingMore(_ text: String) {
    #expect(MoneyGrammar.amount(text) == nil, "\(text)")
  }
}
