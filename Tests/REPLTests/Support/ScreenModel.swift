/// A small model of an xterm screen: enough of the cursor movement, insert, delete and erase
/// sequences libedit sends to tell what a person sees on each line.
///
/// Lines never scroll away: row 0 is the first line ever written.
///
/// ```swift
/// var screen = ScreenModel(columns: 80)
/// screen.feed(Array("abc\u{8}\u{1B}[P!".utf8))
/// screen.line(0)  // "ab!"
/// ```
struct ScreenModel {
  let columns: Int
  /// Cells per row; "" marks the right half of a wide character.
  private(set) var rows: [[String]] = [[]]
  private(set) var row = 0
  private(set) var column = 0
  private var inserting = false

  init(columns: Int) { self.columns = columns }

  /// The text of `row`, trailing blanks removed.
  func line(_ index: Int) -> String {
    guard index < rows.count else { return "" }
    var text = rows[index].joined()
    while text.last == " " { text.removeLast() }
    return text
  }

  /// Every line, top to bottom.
  var lines: [String] { rows.indices.map(line) }

  /// The line the cursor is on.
  var cursorLine: String { line(row) }

  mutating func feed(_ bytes: [UInt8]) {
    let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      i += 1
      switch s.value {
      case 0x1B:
        i = escape(scalars, at: i)
      case 0x0D: column = 0
      case 0x0A: moveTo(row: row + 1)
      case 0x08: column = max(0, column - 1)
      case 0x09: column = min(columns - 1, (column / 8 + 1) * 8)
      case 0..<0x20, 0x7F: break
      default: put(s)
      }
    }
  }

  // MARK: - Private

  private mutating func moveTo(row newRow: Int) {
    row = max(0, newRow)
    while rows.count <= row { rows.append([]) }
  }

  private mutating func pad(to count: Int) {
    while rows[row].count < count { rows[row].append(" ") }
  }

  private mutating func put(_ scalar: Unicode.Scalar) {
    let width = ScreenModel.width(scalar)
    if width == 0 {
      if column > 0 {
        pad(to: column)
        rows[row][column - 1] += String(scalar)
      }
      return
    }
    if column + width > columns {
      moveTo(row: row + 1)
      column = 0
    }
    pad(to: column)
    let cells = width == 2 ? [String(scalar), ""] : [String(scalar)]
    if inserting {
      rows[row].insert(contentsOf: cells, at: column)
      if rows[row].count > columns { rows[row].removeLast(rows[row].count - columns) }
    } else {
      pad(to: column + width)
      rows[row].replaceSubrange(column..<(column + width), with: cells)
    }
    column += width
  }

  /// Handles the sequence after ESC at `start`; returns where the next character is.
  private mutating func escape(_ scalars: [Unicode.Scalar], at start: Int) -> Int {
    guard start < scalars.count else { return start }
    var i = start + 1
    switch scalars[start] {
    case "[":
      var parameters = ""
      while i < scalars.count, !(0x40...0x7E).contains(scalars[i].value) {
        parameters.unicodeScalars.append(scalars[i])
        i += 1
      }
      guard i < scalars.count else { return i }
      control(Character(scalars[i]), parameters)
      return i + 1
    case "]":
      while i < scalars.count, scalars[i] != "\u{07}", scalars[i] != "\u{1B}" { i += 1 }
      return min(scalars.count, i + (i < scalars.count && scalars[i] == "\u{1B}" ? 2 : 1))
    case "(", ")", "#":
      return i + 1
    default:
      return i
    }
  }

  private mutating func control(_ final: Character, _ parameters: String) {
    let numbers = parameters.filter { $0 != "?" }.split(separator: ";").map { Int($0) ?? 0 }
    let n = max(1, numbers.first ?? 1)
    let private_ = parameters.hasPrefix("?")
    switch final {
    case "A": moveTo(row: row - n)
    case "B": moveTo(row: row + n)
    case "C": column = min(columns - 1, column + n)
    case "D": column = max(0, column - n)
    case "G": column = min(columns - 1, n - 1)
    case "K":
      pad(to: column)
      switch numbers.first ?? 0 {
      case 1:
        for c in 0..<min(column + 1, rows[row].count) { rows[row][c] = " " }
      case 2: rows[row] = []
      default: rows[row].removeSubrange(column...)
      }
    case "J":
      if (numbers.first ?? 0) == 2 {
        rows = Array(repeating: [], count: rows.count)
      } else {
        pad(to: column)
        rows[row].removeSubrange(column...)
        rows.removeSubrange((row + 1)...)
      }
    case "P":
      pad(to: column)
      rows[row].removeSubrange(column..<min(rows[row].count, column + n))
    case "@":
      pad(to: column)
      rows[row].insert(contentsOf: Array(repeating: " ", count: n), at: column)
    case "X":
      pad(to: column + n)
      rows[row].replaceSubrange(column..<(column + n), with: Array(repeating: " ", count: n))
    case "h", "l":
      if !private_, numbers.contains(4) { inserting = final == "h" }
    default:
      break  // colours, modes, and what libedit does not send
    }
  }

  /// Columns a character takes: 0 for combining marks, 2 for wide and emoji characters.
  static func width(_ scalar: Unicode.Scalar) -> Int {
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if properties.isEmojiPresentation { return 2 }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
