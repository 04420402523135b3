/// A published document that ideas, cautions and facts draw on, listed once in
/// `Catalogue/sources.yaml`, or Confetti's own advice (``confettiAdviceID``).
///
/// People read the short ``citation``; the id is for the data files only.
///
/// ```swift
/// let s = Source(id: "icmi-2024", title: "Make the Most of National Customer Service Week 2024",
///                publisher: "ICMI", year: 2024, url: "https://icmi.com/…",
///                supports: "A five-day outline for the week")
/// s.citation   // "ICMI, 2024"
/// ```
public struct Source: Sendable, Equatable {
  /// The id of the entry that stands for Confetti's own advice and estimates, which no
  /// published page is credited with.
  public static let confettiAdviceID = "confetti-advice"

  public var id: String
  /// The page's own title.
  public var title: String
  /// The organisation that published it (not the service that hosts it).
  public var publisher: String
  /// The year of publication; nil when the page is undated.
  public var year: Int?
  /// Where to read it, when it is on the web.
  public var url: String?
  /// In our own words, what the page says that Confetti relies on.
  public var supports: String

  public init(id: String, title: String, publisher: String, year: Int?, url: String?, supports: String = "") {
    self.id = id
    self.title = title
    self.publisher = publisher
    self.year = year
    self.url = url
    self.supports = supports
  }

  /// Whether this is Confetti's own advice rather than a published page.
  public var isConfettiAdvice: Bool { id == Source.confettiAdviceID }

  /// "ICMI, 2024"; "Acme blog, undated" when the page has no date; "Confetti's advice" for
  /// Confetti's own advice.
  public var citation: String {
    isConfettiAdvice ? title : "\(publisher), \(year.map(String.init) ?? "undated")"
  }

  /// "Make the Most of … (ICMI, 2024)"; just "Confetti's advice" for Confetti's own.
  public var reference: String { isConfettiAdvice ? title : "\(title) (\(citation))" }
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
