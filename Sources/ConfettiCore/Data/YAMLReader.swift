/// Reads the YAML subset Confetti's data files use, keeping line numbers.
///
/// Supported: block mappings and sequences (including a sequence at its key's
/// indentation), plain, single- and double-quoted scalars, `|` and `>` block
/// scalars, flow sequences and flow mappings of scalars, and comments. Not
/// supported (reported as errors): anchors, aliases, tags, multi-line plain
/// scalars, tabs for indentation. The built-in catalogue is compiled in (the
/// generator reads it with this reader); at run time it reads only the catalogue
/// files a user adds, and keeps the core free of Foundation. The test suite checks
/// it against Yams on every data file.
///
/// ```swift
/// let node = try YAMLReader.parse("team_size: {min: 2, max: 40}\n", file: "x.yaml")
/// node["team_size"]?["max"]?.scalar  // "40"
/// ```
public struct YAMLReader {
  private struct Line {
    var number: Int
    var indent: Int
    /// The text after the indentation, comments removed.
    var content: String
    /// The raw text, for block scalars.
    var raw: String
  }

  private var lines: [Line]
  private var position = 0
  private let file: String

  /// Parses `text`; errors name `file` and the line.
  public static func parse(_ text: String, file: String) throws(DataFileError) -> YAMLNode {
    var reader = YAMLReader(text: text, file: file)
    return try reader.document()
  }

  private init(text: String, file: String) {
    self.file = file
    var out: [Line] = []
    var number = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      var raw = String(rawLine)
      if raw.hasSuffix("\r") { raw.removeLast() }
      var indent = 0
      for c in raw {
        if c == " " { indent += 1 } else { break }
      }
      let content = YAMLReader.stripComment(String(raw.dropFirst(indent)))
      out.append(Line(number: number, indent: indent, content: content, raw: raw))
    }
    self.lines = out
  }

  private func error(_ line: Int, _ message: String) -> DataFileError {
    DataFileError(file: file, line: line, message: message)
  }

  private mutating func document() throws(DataFileError) -> YAMLNode {
    for l in lines where l.raw.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
      throw error(l.number, "tabs are not allowed for indentation")
    }
    skipBlank()
    if position < lines.count, lines[position].content == "---" {
      position += 1
      skipBlank()
    }
    guard position < lines.count else { return YAMLNode(.mapping([]), line: 1) }
    let node = try block(indent: lines[position].indent)
    skipBlank()
    if position < lines.count {
      throw error(lines[position].number, "unexpected content (check the indentation)")
    }
    return node
  }

  private mutating func skipBlank() {
    while position < lines.count && lines[position].content.isEmpty { position += 1 }
  }

  /// A block node whose lines start at exactly `indent`.
  private mutating func block(indent: Int) throws(DataFileError) -> YAMLNode {
    skipBlank()
    guard position < lines.count else { return YAMLNode(.scalar(""), line: lines.last?.number ?? 1) }
    let line = lines[position]
    if line.raw.hasPrefix("\t") || line.raw.dropFirst(line.indent).hasPrefix("\t") {
      throw error(line.number, "tabs are not allowed for indentation")
    }
    if line.content == "-" || line.content.hasPrefix("- ") {
      return try sequence(indent: indent)
    }
    if YAMLReader.splitKey(line.content) != nil {
      return try mapping(indent: indent)
    }
    position += 1
    return try inline(line.content, line: line.number)
  }

  private mutating func sequence(indent: Int) throws(DataFileError) -> YAMLNode {
    let startLine = lines[position].number
    var items: [YAMLNode] = []
    while true {
      skipBlank()
      guard position < lines.count, lines[position].indent == indent else { break }
      let line = lines[position]
      guard line.content == "-" || line.content.hasPrefix("- ") else { break }
      if line.content == "-" {
        position += 1
        skipBlank()
        guard position < lines.count, lines[position].indent > indent else {
          items.append(YAMLNode(.scalar(""), line: line.number))
          continue
        }
        items.append(try block(indent: lines[position].indent))
      } else {
        // Re-read the item's content as if it started on its own line, two columns in.
        let rest = String(line.content.dropFirst(2))
        let extra = rest.prefix { $0 == " " }.count
        lines[position].indent = indent + 2 + extra
        lines[position].content = String(rest.dropFirst(extra))
        lines[position].raw = String(repeating: " ", count: indent + 2 + extra) + lines[position].content
        items.append(try block(indent: indent + 2 + extra))
      }
    }
    if position < lines.count, lines[position].indent > indent, !lines[position].content.isEmpty {
      throw error(lines[position].number, "unexpected indentation inside a list")
    }
    return YAMLNode(.sequence(items), line: startLine)
  }

  private mutating func mapping(indent: Int) throws(DataFileError) -> YAMLNode {
    let startLine = lines[position].number
    var entries: [YAMLNode.Entry] = []
    var seen: Set<String> = []
    while true {
      skipBlank()
      guard position < lines.count, lines[position].indent == indent else { break }
      let line = lines[position]
      guard let (rawKey, rest) = YAMLReader.splitKey(line.content) else {
        if line.content.hasPrefix("- ") || line.content == "-" { break }
        throw error(line.number, "expected 'key: value'")
      }
      let key = try YAMLReader.unquote(rawKey, line: line.number, file: file)
      if seen.contains(key) { throw error(line.number, "duplicate key '\(key)'") }
      seen.insert(key)
      position += 1
      let value: YAMLNode
      if rest.isEmpty {
        skipBlank()
        if position < lines.count, lines[position].indent > indent {
          value = try block(indent: lines[position].indent)
        } else if position < lines.count, lines[position].indent == indent,
          lines[position].content == "-" || lines[position].content.hasPrefix("- ")
        {
          value = try sequence(indent: indent)
        } else {
          value = YAMLNode(.scalar(""), line: line.number)
        }
      } else if rest == "|" || rest == "|-" || rest == ">" || rest == ">-" || rest == "|+" {
        value = blockScalar(style: rest, parentIndent: indent, line: line.number)
      } else {
        value = try inline(rest, line: line.number)
      }
      entries.append(YAMLNode.Entry(key: key, value: value, line: line.number))
    }
    if position < lines.count, lines[position].indent > indent, !lines[position].content.isEmpty {
      throw error(lines[position].number, "unexpected indentation (a value continues on a new line?)")
    }
    return YAMLNode(.mapping(entries), line: startLine)
  }

  private mutating func blockScalar(style: String, parentIndent: Int, line: Int) -> YAMLNode {
    var collected: [String] = []
    var blockIndent: Int?
    while position < lines.count {
      let l = lines[position]
      let isBlank = l.raw.allSatisfy { $0 == " " }
      if isBlank {
        collected.append("")
        position += 1
        continue
      }
      if l.indent <= parentIndent { break }
      if blockIndent == nil { blockIndent = l.indent }
      if l.indent < blockIndent! { break }
      collected.append(String(l.raw.dropFirst(blockIndent!)))
      position += 1
    }
    while collected.last == "" { collected.removeLast() }
    var text: String
    if style.hasPrefix(">") {
      text = collected.joined(separator: " ")
    } else {
      text = collected.joined(separator: "\n")
    }
    if !style.hasSuffix("-") && !collected.isEmpty { text += "\n" }
    return YAMLNode(.scalar(text), line: line)
  }

  /// A value written on one line: a scalar, `[a, b]` or `{k: v}`.
  private func inline(_ text: String, line: Int) throws(DataFileError) -> YAMLNode {
    let t = text.trimmingSpaces()
    if t.hasPrefix("&") || t.hasPrefix("*") || t.hasPrefix("!") {
      throw error(line, "anchors, aliases and tags are not supported")
    }
    if t.hasPrefix("[") {
      guard t.hasSuffix("]") else { throw error(line, "unterminated '['") }
      let items = try YAMLReader.splitFlow(String(t.dropFirst().dropLast()), line: line, file: file)
      var nodes: [YAMLNode] = []
      for item in items {
        nodes.append(YAMLNode(.scalar(try YAMLReader.unquote(item, line: line, file: file)), line: line))
      }
      return YAMLNode(.sequence(nodes), line: line)
    }
    if t.hasPrefix("{") {
      guard t.hasSuffix("}") else { throw error(line, "unterminated '{'") }
      var entries: [YAMLNode.Entry] = []
      for item in try YAMLReader.splitFlow(String(t.dropFirst().dropLast()), line: line, file: file) {
        guard let (k, v) = YAMLReader.splitKey(item) else {
          throw error(line, "expected 'key: value' in '{…}'")
        }
        let value = YAMLNode(.scalar(try YAMLReader.unquote(v, line: line, file: file)), line: line)
        entries.append(
          YAMLNode.Entry(key: try YAMLReader.unquote(k, line: line, file: file), value: value, line: line))
      }
      return YAMLNode(.mapping(entries), line: line)
    }
    return YAMLNode(.scalar(try YAMLReader.unquote(t, line: line, file: file)), line: line)
  }

  // MARK: - Lexical helpers

  /// Removes a `#` comment (one at the start or after a space, outside quotes).
  static func stripComment(_ s: String) -> String {
    var inSingle = false
    var inDouble = false
    var previous: Character = " "
    var out = ""
    var escaped = false
    for c in s {
      if inDouble {
        if escaped {
          escaped = false
        } else if c == "\\" {
          escaped = true
        } else if c == "\"" {
          inDouble = false
        }
      } else if inSingle {
        if c == "'" { inSingle = false }
      } else if c == "#" && (previous == " " || previous == "\t") {
        break
      } else if c == "\""
        && (previous == " " || previous == "[" || previous == "{" || previous == ","
          || out.isEmpty || previous == ":")
      {
        inDouble = true
      } else if c == "'" && (previous == " " || previous == "[" || out.isEmpty || previous == ",") {
        inSingle = true
      }
      out.append(c)
      previous = c
    }
    return out.trimmingTrailingSpaces()
  }

  /// Splits "key: value" (or "key:") outside quotes; nil when the line is not a mapping entry.
  static func splitKey(_ s: String) -> (String, String)? {
    var inDouble = false
    var inSingle = false
    var depth = 0
    let chars = Array(s)
    if chars.first == "-" && (chars.count == 1 || chars[1] == " ") { return nil }
    for (i, c) in chars.enumerated() {
      if inDouble {
        if c == "\"" && (i == 0 || chars[i - 1] != "\\") { inDouble = false }
        continue
      }
      if inSingle {
        if c == "'" { inSingle = false }
        continue
      }
      switch c {
      case "\"" where i == 0: inDouble = true
      case "'" where i == 0: inSingle = true
      case "[", "{": if i == 0 { return nil } else { depth += 1 }
      case "]", "}": depth -= 1
      case ":" where depth == 0 && (i + 1 == chars.count || chars[i + 1] == " "):
        let key = String(chars[0..<i]).trimmingSpaces()
        guard !key.isEmpty else { return nil }
        return (key, String(chars[(i + 1)...]).trimmingSpaces())
      default: break
      }
    }
    return nil
  }

  /// Splits the inside of `[...]` or `{...}` at top-level commas.
  static func splitFlow(_ s: String, line: Int, file: String) throws(DataFileError) -> [String] {
    var items: [String] = []
    var current = ""
    var inDouble = false
    var inSingle = false
    for c in s {
      if inDouble {
        current.append(c)
        if c == "\"" && !current.dropLast().hasSuffix("\\") { inDouble = false }
        continue
      }
      if inSingle {
        current.append(c)
        if c == "'" { inSingle = false }
        continue
      }
      if c == "\"" { inDouble = true }
      if c == "'" { inSingle = true }
      if c == "[" || c == "{" {
        throw DataFileError(file: file, line: line, message: "nested flow collections are not supported")
      }
      if c == "," {
        items.append(current.trimmingSpaces())
        current = ""
      } else {
        current.append(c)
      }
    }
    if inDouble || inSingle { throw DataFileError(file: file, line: line, message: "unterminated quote") }
    let last = current.trimmingSpaces()
    if !last.isEmpty || !items.isEmpty { items.append(last) }
    return items.filter { !$0.isEmpty }
  }

  /// The value of a scalar: quotes removed and escapes applied.
  static func unquote(_ s: String, line: Int, file: String) throws(DataFileError) -> String {
    if s.hasPrefix("\"") {
      guard s.count >= 2, s.hasSuffix("\""), !s.hasSuffix("\\\"") || s.hasSuffix("\\\\\"") else {
        throw DataFileError(file: file, line: line, message: "unterminated double-quoted string")
      }
      var out = ""
      var escaped = false
      for c in s.dropFirst().dropLast() {
        if escaped {
          switch c {
          case "n": out.append("\n")
          case "t": out.append("\t")
          case "\"": out.append("\"")
          case "\\": out.append("\\")
          case "/": out.append("/")
          default:
            throw DataFileError(file: file, line: line, message: "unsupported escape '\\\(c)'")
          }
          escaped = false
        } else if c == "\\" {
          escaped = true
        } else if c == "\"" {
          throw DataFileError(file: file, line: line, message: "unexpected '\"' inside a quoted string")
        } else {
          out.append(c)
        }
      }
      return out
    }
    if s.hasPrefix("'") {
      guard s.count >= 2, s.hasSuffix("'") else {
        throw DataFileError(file: file, line: line, message: "unterminated single-quoted string")
      }
      var out = ""
      var pendingQuote = false
      for c in s.dropFirst().dropLast() {
        if c == "'" && !pendingQuote {
          pendingQuote = true
          continue
        }
        if pendingQuote && c != "'" {
          throw DataFileError(file: file, line: line, message: "unexpected \"'\" inside a quoted string")
        }
        pendingQuote = false
        out.append(c)
      }
      return out
    }
    return s
  }
}

extension String {
  package func trimmingSpaces() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return String(s)
  }

  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return String(s)
  }
}
