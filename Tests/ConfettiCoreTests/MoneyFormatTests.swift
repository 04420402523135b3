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
    #expect([a, b, a].citations == "ICMI, 2024; Act!, n.d.")
    #expect([Source]().citations == "")
  }
}
