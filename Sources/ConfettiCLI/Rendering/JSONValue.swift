/// A JSON value with ordered object keys, and its compact serialisation.
///
/// Confetti writes one JSON object per input line; a small writer keeps that
/// fast and the key order stable (inputs first, reply before the details).
///
/// ```swift
/// JSONValue.object([("a", .int(1)), ("b", .string("x\n"))]).serialized  // {"a":1,"b":"x\n"}
/// ```
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized == rhs.serialized }

  public var serialized: String {
    var out: [UInt8] = []
    out.reserveCapacity(512)
    write(into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the compact JSON text as UTF-8 bytes.
  public func write(into out: inout [UInt8]) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .int(let i): out.append(contentsOf: String(i).utf8)
    case .double(let d): out.append(contentsOf: JSONValue.number(d).utf8)
    case .string(let s): JSONValue.writeString(s, into: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (i, v) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        v.write(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let entries):
      out.append(UInt8(ascii: "{"))
      for (i, (k, v)) in entries.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        JSONValue.writeString(k, into: &out)
        out.append(UInt8(ascii: ":"))
        v.write(into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  /// Whole numbers without a fraction, others with up to 3 decimals.
  static func number(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
    let scaled = (d * 1000).rounded() / 1000
    return String(scaled)
  }

  static let hexDigits = Array("0123456789abcdef".utf8)

  /// Escapes by bytes: quotes, backslashes, C0 and C1 controls, DEL, U+2028 and U+2029; other
  /// text is copied as is.
  static func writeString(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var copy = s
    copy.withUTF8 { bytes in
      var i = 0
      let n = bytes.count
      func escapeU(_ value: UInt32) {
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) {
          out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
        }
      }
      var runStart = 0
      // Bytes that need no escape are copied in runs.
      func flush(_ end: Int) {
        if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
      }
      while i < n {
        let b = bytes[i]
        let needsEscape =
          b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 || b == 0x7F || b == 0xC2
          || b == 0xE2
        if !needsEscape {
          i += 1
          continue
        }
        flush(i)
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
          out.append(UInt8(ascii: "\\"))
          out.append(b)
        case 0x0A:
          out.append(UInt8(ascii: "\\"))
          out.append(UInt8(ascii: "n"))
        case 0x0D:
          out.append(UInt8(ascii: "\\"))
          out.append(UInt8(ascii: "r"))
        case 0x09:
          out.append(UInt8(ascii: "\\"))
          out.append(UInt8(ascii: "t"))
        case 0x00..<0x20, 0x7F: escapeU(UInt32(b))
        case 0xC2 where i + 1 < n && (0x80...0x9F).contains(bytes[i + 1]):
          escapeU(UInt32(bytes[i + 1]))
          i += 1
        case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
          escapeU(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)
          i += 2
        default: out.append(b)
        }
        i += 1
        runStart = i
      }
      flush(n)
    }
    out.append(UInt8(ascii: "\""))
  }
}
