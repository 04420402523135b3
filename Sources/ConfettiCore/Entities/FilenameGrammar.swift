/// Finds the file name a plan should be exported to, as the person wrote it.
///
/// Three forms, on the raw text, since a path's punctuation and spaces would be lost in tokens:
/// a quoted name (`"quarterly plan.md"`, spaces kept), a word that looks like a file or a path
/// (`plan.md`, `plan.pdf`, `~/Desktop/csw.md`, `/etc/passwd`), and, on a line that asks to
/// export or save, the last few plain words after "to", "as", "into", "called" or "named"
/// ("save to notes"; "save this as csw-2027 plan" is `csw-2027-plan`, spaces becoming hyphens, as
/// an unquoted name has no other way to keep them; "save it as our october plan" is `october-plan`, a
/// determiner after "as" being no part of the name). Whether the name can be honoured is decided later
/// (``ExportName``): the grammar keeps what was said, so a refusal can name it.
///
/// ```swift
/// parser.parse("export to \"quarterly plan.md\"", today: today).entities[0].value
/// // .text("quarterly plan.md")
/// ```
enum FilenameGrammar {
  /// Extensions that make a word a file name: the ones Confetti writes, and common document
  /// formats it refuses with a reason (so "plan.pdf" is not silently ignored).
  static let extensions: Set<String> = [
    "md", "markdown", "txt", "pdf", "doc", "docx", "odt", "rtf", "html", "htm", "csv", "json", "xls",
    "xlsx", "ods", "ppt", "pptx", "pages", "key", "numbers", "png", "jpg", "jpeg", "yaml", "yml", "ics",
  ]
  /// Words that ask for a file to be written; a bare name is read only on a line with one.
  static let verbs: Set<String> = [
    "export", "save", "write", "download", "dump", "put", "store", "expor", "exprot",
  ]
  /// Words before a bare name.
  static let markers: Set<String> = ["to", "as", "into", "called", "named"]
  /// Words after those markers that are no file name ("save it to a file", "export as markdown").
  static let notNames: Set<String> = [
    "file", "disk", "markdown", "md", "txt", "text", "it", "me", "us", "them", "here", "there", "please",
    "pls", "plz", "folder", "computer", "desktop", "pdf", "word", "excel", "html", "csv", "doc", "docx",
  ]

  /// Words that end a line without being part of a bare name ("save as notes please").
  static let closing: Set<String> = ["please", "pls", "plz", "thanks", "thx", "now"]
  /// Words that make the words after a marker a phrase, not a name ("save as plan for 2027",
  /// "export to the shared drive"); people are no name either ("write a note to our agents").
  static let phraseWords: Set<String> = [
    "a", "an", "the", "my", "our", "your", "this", "that", "for", "in", "on", "with", "and", "or", "of", "at",
    "by", "from", "again", "too", "also",
  ]
  /// Words that may open a name after "as", "called" or "named" without being part of it.
  static let determiners: Set<String> = ["the", "our", "my", "a", "an", "this", "your"]
  /// Markers that name what follows, so that several words after them are one name.
  static let namingMarkers: Set<String> = ["as", "called", "named"]
  /// The most words a bare name may have; a longer run after a marker is a sentence, not a name.
  static let bareNameWords = 4

  static func apply(_ scan: inout EntityScan, text: String) {
    let asksForFile = scan.tokens.contains { verbs.contains($0.text) }
    let marks = text.utf8.contains {
      $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\"") || $0 == 0xE2
    }
    guard marks || asksForFile else {
      // "send it in excel format", "as a spreadsheet": a file format said outright asks for a file.
      _ = formatOnly(&scan, outright: true)
      return
    }
    let chars = Array(text)
    var found = false
    var i = 0
    while i < chars.count {
      if isOpeningQuote(chars[i]) {
        // A quoted name: up to the matching close, spaces and all.
        let close = closing(chars[i])
        if let j = chars[(i + 1)...].firstIndex(where: { close.contains($0) }), j > i + 1 {
          let name = trimmed(chars[(i + 1)..<j])
          // Quotes name a file on a line that asks for one, or when the name looks like a file.
          if !name.isEmpty && (asksForFile || looksLikeFile(name)) && record(&scan, name, from: i + 1, to: j)
          {
            found = true
          }
          i = j + 1
          continue
        }
      }
      if chars[i].isWhitespace {
        i += 1
        continue
      }
      let start = i
      while i < chars.count && !chars[i].isWhitespace { i += 1 }
      var end = i
      while end > start, ".,;:!?)\"'`”’".contains(chars[end - 1]) { end -= 1 }
      var s = start
      while s < end, "(\"'`“‘".contains(chars[s]) { s += 1 }
      guard s < end else { continue }
      let word = String(chars[s..<end])
      if looksLikeFile(word) && record(&scan, word, from: s, to: end) { found = true }
    }
    if !found && asksForFile && !formatOnly(&scan) { bareName(&scan, chars: chars) }
  }

  /// The calendar format, by the words people use for it ("export it as a calendar file").
  static let calendarFormats: Set<String> = ["ics", "ical", "icalendar", "calendar"]
  /// Formats Confetti does not write, by the words people use for them ("word" is docx).
  static let refusedFormats: [String: String] = [
    "pdf": "pdf", "word": "docx", "docx": "docx", "doc": "doc", "excel": "xlsx", "xlsx": "xlsx", "xls": "xls",
    "spreadsheet": "xlsx", "csv": "csv", "html": "html", "webpage": "html", "powerpoint": "pptx",
    "pptx": "pptx", "ppt": "ppt", "slides": "pptx", "odt": "odt", "rtf": "rtf", "json": "json",
  ]
  /// Formats that name a kind of file whatever the line's verb ("send it as a spreadsheet", "can
  /// I get it as xlsx"); "word", "slides" or "html" say so only after an export verb or before
  /// "format" or "file" ("in word format").
  static let outrightFormats: Set<String> = [
    "pdf", "docx", "xlsx", "xls", "excel", "spreadsheet", "csv", "pptx", "powerpoint", "odt", "rtf",
  ]
  /// Words after a format that say it is a file's ("as a pdf file", "in word format").
  static let formatNouns: Set<String> = [
    "file", "document", "doc", "format", "version", "copy", "spreadsheet", "sheet", "deck",
  ]

  /// "export it as a pdf", "save as docx", "put it in excel format", "export to word": a format
  /// Confetti does not write, asked for without a file name. Recorded as the name `.pdf` (the
  /// extension alone), which ``ExportName`` refuses as a format, so the reply can say so instead
  /// of writing Markdown under the default name. "export it as a calendar" (or "ics", "ical") is
  /// recorded as `.ics`, which ``ExportName`` names with the default name.
  /// With `outright` (a line with no export verb), only a format Confetti does not write counts,
  /// and only one of ``outrightFormats`` or one followed by "format", "file" or "document".
  static func formatOnly(_ scan: inout EntityScan, outright: Bool = false) -> Bool {
    let t = scan.tokens
    for i in t.indices where !scan.claimed[i] {
      let calendar = !outright && calendarFormats.contains(t[i].text)
      guard let ext = refusedFormats[t[i].text] ?? (calendar ? "ics" : nil) else {
        continue
      }
      // Before the format: a marker ("as", "to", "into", "in"), perhaps with a determiner between.
      var before = i - 1
      if before >= 0, determiners.contains(t[before].text) { before -= 1 }
      let marked = before >= 0 && (markers.contains(t[before].text) || t[before].text == "in")
      // After it: nothing that makes it a phrase, but maybe a noun ("file", "format").
      var end = i + 1
      if end < t.count, formatNouns.contains(t[end].text), t[end].text != t[i].text { end += 1 }
      let formatNamed = end > i + 1 && ["format", "file", "document"].contains(t[end - 1].text)
      guard marked || formatNamed else { continue }
      guard !outright || formatNamed || outrightFormats.contains(t[i].text) else { continue }
      guard scan.isFree(i..<end) else { continue }
      for k in i..<end { scan.claimed[k] = true }
      scan.entities.append(
        Entity(
          slot: .filename, value: .text("." + ext), start: t[i].start, end: t[end - 1].end, tokens: i..<end))
      return true
    }
    return false
  }

  /// True for "plan.md", "plan.pdf", "~/notes", "/etc/passwd", "./out.md"; not for "2.5k" or "e.g".
  static func looksLikeFile(_ word: String) -> Bool {
    if word.hasPrefix("~/") || word.hasPrefix("./") || (word.hasPrefix("/") && word.count > 1) { return true }
    guard let dot = word.lastIndex(of: "."), dot != word.startIndex else { return false }
    let ext = word[word.index(after: dot)...].lowercased()
    return extensions.contains(ext)
  }

  /// "save to notes", "save this as csw-2027 plan": the plain word after the last marker, or the few
  /// after "as", "called" or "named", up to the end of the line (a closing "please" aside), on a line
  /// that asks for a file. The words are
  /// taken as written, joined by hyphens where the person put spaces (`csw-2027-plan`).
  static func bareName(_ scan: inout EntityScan, chars: [Character]) {
    let t = scan.tokens
    var end = t.count
    while end > 0 && closing.contains(t[end - 1].text) { end -= 1 }
    guard let marker = t[..<end].lastIndex(where: { markers.contains($0.text) }), marker >= 1 else { return }
    // After a word that names, a determiner is no part of the name ("save it as our october plan").
    var first = marker + 1
    if namingMarkers.contains(t[marker].text), first < end - 1, determiners.contains(t[first].text) {
      first += 1
    }
    let run = first..<end
    // Several words name a file only after a word that names ("save this as csw 2027 plan"); after
    // "to" they are a sentence as often as not ("write a text to kim saying no").
    guard !run.isEmpty, run.count <= (namingMarkers.contains(t[marker].text) ? bareNameWords : 1),
      run.contains(where: { t[$0].kind == .word }),
      run.allSatisfy({
        (t[$0].kind == .word || t[$0].kind == .number) && !scan.claimed[$0] && !notNames.contains(t[$0].text)
          && !phraseWords.contains(t[$0].text) && !WordLists.peopleNouns.contains(t[$0].text)
      })
    else { return }
    // Between the words only spaces, hyphens and underscores: "plan, notes" is no one name.
    var name = ""
    for k in run {
      if k > run.lowerBound {
        let gap = chars[t[k - 1].end..<t[k].start]
        guard gap.allSatisfy({ $0 == " " || $0 == "-" || $0 == "_" }) else { return }
        let marks = gap.filter { $0 != " " }
        name += marks.isEmpty && !gap.isEmpty ? "-" : String(marks)
      }
      name += String(chars[t[k].start..<t[k].end])
    }
    for k in run { scan.claimed[k] = true }
    scan.entities.append(
      Entity(
        slot: .filename, value: .text(name), start: t[run.lowerBound].start, end: t[run.upperBound - 1].end,
        tokens: run))
  }

  /// Records `name` for the characters `from..<to`, claiming the tokens inside; false when no token is.
  static func record(_ scan: inout EntityScan, _ name: String, from: Int, to: Int) -> Bool {
    let covered = scan.tokens.indices.filter { scan.tokens[$0].start >= from && scan.tokens[$0].end <= to }
    guard let first = covered.first, let last = covered.last else { return false }
    for k in covered { scan.claimed[k] = true }
    scan.entities.append(
      Entity(slot: .filename, value: .text(name), start: from, end: to, tokens: first..<(last + 1)))
    return true
  }

  /// The characters as a string, without leading and trailing spaces.
  static func trimmed(_ chars: ArraySlice<Character>) -> String {
    var s = chars.drop { $0 == " " }
    while s.last == " " { s.removeLast() }
    return String(s)
  }

  static func isOpeningQuote(_ c: Character) -> Bool { c == "\"" || c == "“" }

  static func closing(_ c: Character) -> Set<Character> { c == "“" ? ["”", "\""] : ["\"", "”"] }
}
