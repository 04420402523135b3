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
