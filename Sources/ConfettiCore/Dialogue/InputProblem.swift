/// Why a line of input could not be read as a question.
public struct InputProblem: Error, Sendable, Equatable {
  public enum Code: String, Sendable {
    case invalidUTF8 = "invalid_utf8"
    case nulByte = "nul_byte"
    case controlCharacters = "control_characters"
    case lineTooLong = "line_too_long"
    case emptyInput = "empty_input"
  }

  public var code: Code
  public var message: String

  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// A line of `bytes` bytes, over the limit (read whole, or counted and dropped by a reader).
  public static func tooLong(_ bytes: Int) -> InputProblem {
    InputProblem(.lineTooLong, "That line is over 1 MiB (\(bytes) bytes); please ask a shorter question.")
  }

  /// A line of nothing but spaces and tabs, or of nothing.
  public static let emptyLine = InputProblem(.emptyInput, "Empty line. Ask me something, or type 'help'.")

  /// The limit on one line, in bytes.
  public static let maxLineBytes = 1 << 20

  /// Checks raw bytes of one line (without its newline) and decodes them.
  ///
  /// ```swift
  /// InputProblem.decode([0x68, 0x69])  // .success("hi")
  /// InputProblem.decode([0xff])        // .failure(code: .invalidUTF8)
  /// ```
  public static func decode(_ bytes: some Collection<UInt8>) -> Result<String, InputProblem> {
    if bytes.count > maxLineBytes {
      return .failure(.tooLong(bytes.count))
    }
    if let plain = bytes.withContiguousStorageIfAvailable(decodePlainASCII), let plain { return plain }
    return decodeAny(bytes)
  }

  /// The checks in their order, for any line of at most ``maxLineBytes`` bytes.
  static func decodeAny(_ bytes: some Collection<UInt8>) -> Result<String, InputProblem> {
    var sawEscape = false
    for b in bytes {
      if b == 0 {
        return .failure(InputProblem(.nulByte, "That line contains a NUL byte; please send plain text."))
      }
      if b == 0x1B { sawEscape = true }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(
        InputProblem(.invalidUTF8, "That line is not valid UTF-8 text; please check its encoding."))
    }
    if sawEscape || text.unicodeScalars.contains(where: isForbiddenControl) {
      return .failure(
        InputProblem(
          .controlCharacters,
          "That line contains terminal control characters (such as ANSI escapes); please send plain text."))
    }
    if text.allSatisfy({ $0.isWhitespace }) {
      return .failure(.emptyLine)
    }
    return .success(text)
  }

  /// The common case in one pass over the bytes: a line of printable ASCII, tabs allowed. Nil
  /// when the line has any other byte (a control, DEL, or anything above ASCII), which the
  /// general checks above then judge, in their order.
  static func decodePlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, InputProblem>? {
    var blank = true
    for b in bytes {
      guard (b >= 0x20 && b < 0x7F) || b == 0x09 else { return nil }
      if b != 0x20 && b != 0x09 { blank = false }
    }
    if blank { return .failure(.emptyLine) }
    return .success(String(decoding: bytes, as: UTF8.self))
  }

  static func isForbiddenControl(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x09: return false  // tab
    case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
    default: return false
    }
  }
}
