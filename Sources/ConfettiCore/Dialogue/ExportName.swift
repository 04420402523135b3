/// The rule for the name of an exported plan, decided without touching the disk.
///
/// - No name: `confetti-plan-YEAR.md` in the current folder.
/// - A name is honoured as given, quoted names with spaces included ("quarterly plan.md").
/// - Confetti writes Markdown (`.md`, `.markdown` or `.txt`) and iCalendar (`.ics`); a name without
///   an extension gets `.md` ("notes" → `notes.md`); any other extension ("plan.pdf") is refused with
///   the reason, as is a format asked for without a name (".pdf", from "export it as a pdf"). A
///   calendar asked for without a name (".ics", from "export it as a calendar") is
///   `confetti-plan-YEAR.ics`.
/// - A relative name stays inside the current folder: `..` is refused. A `~/…` or absolute path
///   is allowed only into a folder the person owns, which the front end checks
///   (`/etc/passwd` is refused there).
///
/// ```swift
/// ExportName.resolve("notes", year: 2027)     // .success("notes.md")
/// ExportName.resolve("plan.pdf", year: 2027)  // .failure(.unsupportedExtension("pdf"))
/// ExportName.resolve(nil, year: 2027)         // .success("confetti-plan-2027.md")
/// ```
public enum ExportName {
  /// The extensions Confetti writes: Markdown, which reads as plain text, and iCalendar.
  public static let extensions: Set<String> = ["md", "markdown", "txt", "ics"]

  /// Why a name cannot be honoured.
  public enum Refusal: Error, Sendable, Equatable {
    /// An extension of a format Confetti does not write ("pdf").
    case unsupportedExtension(String)
    /// A format Confetti does not write, asked for without a name ("export it as a pdf"): the
    /// name is the extension alone (".pdf").
    case unsupportedFormat(String)
    /// A relative path that climbs out of the current folder.
    case outsideFolder
    /// A folder, not a file ("plans/").
    case folder
    /// Nothing usable (an empty name, a control character).
    case empty
  }

  public static func resolve(_ given: String?, year: Int) -> Result<String, Refusal> {
    guard let given else { return .success("confetti-plan-\(year).md") }
    var name = Substring(given).drop { $0 == " " }
    while name.last == " " { name.removeLast() }
    guard !name.isEmpty, !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
      return .failure(.empty)
    }
    if name.hasSuffix("/") || name == "~" || name == "." { return .failure(.folder) }
    // The extension alone (".pdf", from "export it as a pdf") names a format, not a file.
    if name.lowercased() == ".ics" { return .success("confetti-plan-\(year).ics") }
    if name.first == ".",
      FilenameGrammar.refusedFormats.values.contains(String(name.dropFirst()).lowercased())
    {
      return .failure(.unsupportedFormat(name.dropFirst().lowercased()))
    }
    let parts = name.split(separator: "/", omittingEmptySubsequences: true)
    if parts.contains("..") { return .failure(.outsideFolder) }
    let file = parts.last ?? name
    if let dot = file.lastIndex(of: "."), dot != file.startIndex {
      let ext = file[file.index(after: dot)...].lowercased()
      guard extensions.contains(ext) else { return .failure(.unsupportedExtension(ext)) }
      return .success(String(name))
    }
    return .success(name + ".md")
  }
}
