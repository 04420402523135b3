extension CatalogueLoader {
  /// Parses `Catalogue/rates.yaml`: `as_of:` (YYYY-MM-DD), `source:` {title, publisher, url} and
  /// `per_euro:` (units of each currency per euro, as the publisher quotes them; US dollars needed).
  /// A malformed file gets a file:line error naming the field.
  public static func rates(fromYAML text: String, file: String) throws(DataFileError) -> RateTable {
    let root = try YAMLReader.parse(text, file: file)
    let f = FieldReader(node: root, file: file, context: "rates")
    try f.allowOnly(["as_of", "source", "per_euro"])
    let raw = try f.string("as_of")
    guard let asOf = CivilDate(iso: raw) else {
      throw f.error(at: "as_of", "'\(raw)' is not a YYYY-MM-DD date")
    }
    let s = FieldReader(node: try f.node("source"), file: file, context: "rates: source")
    try s.allowOnly(["title", "publisher", "url"])
    let table = try f.node("per_euro")
    guard let entries = table.mapping, !entries.isEmpty else {
      throw f.error(at: "per_euro", "must map currency codes to units per euro")
    }
    let r = FieldReader(node: table, file: file, context: "rates: per_euro")
    var perEuro: [Money.Currency: Double] = [:]
    for entry in entries {
      guard let currency = Money.Currency(rawValue: entry.key) else {
        throw r.error(at: entry.key, "'\(entry.key)' is not a currency code Confetti knows")
      }
      let rate = try r.number(entry.key)
      guard rate > 0 else { throw r.error(at: entry.key, "a rate must be above 0") }
      perEuro[currency] = rate
    }
    guard perEuro[.usd] != nil else {
      throw f.error(at: "per_euro", "needs USD: the estimates are in US dollars")
    }
    return RateTable(
      asOf: asOf, publisher: try s.string("publisher"), title: try s.string("title"),
      url: try s.optionalString("url"), perEuro: perEuro)
  }
}
