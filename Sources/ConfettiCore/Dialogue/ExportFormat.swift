/// The formats Confetti writes a plan in, told apart by the file name's extension.
public enum ExportFormat: String, Sendable, Equatable {
  /// A document to read and share (`.md`, `.markdown`, `.txt`).
  case markdown
  /// An iCalendar file to import into a calendar (`.ics`): one all-day event per idea and day.
  case calendar

  /// The format of a file name ``ExportName`` accepted: `.ics` is a calendar, anything else Markdown.
  public init(path: String) {
    let file = path.split(separator: "/").last ?? Substring(path)
    self = file.lowercased().hasSuffix(".ics") ? .calendar : .markdown
  }

  /// The media type a client saves it as.
  public var mediaType: String {
    switch self {
    case .markdown: return "text/markdown; charset=utf-8"
    case .calendar: return "text/calendar; charset=utf-8"
    }
  }
}
