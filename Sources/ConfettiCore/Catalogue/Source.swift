/// A published document that ideas, cautions and facts draw on, listed once in
/// `Catalogue/sources.yaml`.
///
/// People read the short ``citation``; the id is for the data files only.
///
/// ```swift
/// let s = Source(id: "icmi-2024", title: "Make the Most of National Customer Service Week 2024",
///                publisher: "ICMI", year: 2024, url: "https://icmi.com/…")
/// s.citation   // "ICMI, 2024"
/// ```
public struct Source: Sendable, Equatable {
  public var id: String
  public var title: String
  public var publisher: String
  /// The year of publication, when known.
  public var year: Int?
  /// Where to read it, when it is on the web.
  public var url: String?

  public init(id: String, title: String, publisher: String, year: Int?, url: String?) {
    self.id = id
    self.title = title
    self.publisher = publisher
    self.year = year
    self.url = url
  }

  /// "ICMI, 2024"; "Acme blog, n.d." when the year is unknown.
  public var citation: String { "\(publisher), \(year.map(String.init) ?? "n.d.")" }

  /// "Make the Most of … (ICMI, 2024)".
  public var reference: String { "\(title) (\(citation))" }
}

extension [Source] {
  /// "ICMI, 2024; Act!, 2017" — each source once, in order.
  public var citations: String {
    var text = ""
    for (i, source) in enumerated() where !self[..<i].contains(where: { $0.id == source.id }) {
      if !text.isEmpty { text += "; " }
      text += source.citation
    }
    return text
  }
}
