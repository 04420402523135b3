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
  /// JSON text already serialised (a cached fragment such as an idea's fixed fields), written as is.
  case raw([UInt8])

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
    case .int(let i): JSONValue.writeInt(i, into: &out)
    case .double(let d): JSONValue.writeNumber(d, into: &out)
    case .string(let s): JSONValue.writeString(s, into: &out)
    case .raw(let bytes): out.append(contentsOf: bytes)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      var first = true
      for v in items {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        v.write(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let entries):
      out.append(UInt8(ascii: "{"))
      var first = true
      for (k, v) in entries {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        JSONValue.writeString(k, into: &out)
        out.append(UInt8(ascii: ":"))
        v.write(into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  /// Whole numbers without a fraction, others with up to 3 decimals.
  static func number(_ d: Double) -> String {
    var out: [UInt8] = []
    writeNumber(d, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Decimal digits straight into the buffer (no intermediate String).
  static func writeInt(_ value: Int, into out: inout [UInt8]) {
    if value < 0 {
      guard value != .min else {
        out.append(contentsOf: String(value).utf8)
        return
      }
      out.append(UInt8(ascii: "-"))
    }
    var v = value.magnitude
    if v < 10 {
      out.append(UInt8(ascii: "0") &+ UInt8(v))
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
    withUnsafeMutableBytes(of: &digits) { raw in
      var i = raw.count
      while v > 0 {
        i -= 1
        raw[i] = UInt8(ascii: "0") &+ UInt8(v % 10)
        v /= 10
      }
      out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[i...]))
    }
  }

  /// Whole numbers below 1e15 as integers; others rounded to 3 decimals, written as Swift's
  /// shortest form would write them ("2.5", "0.125", "-3.0" for a tiny fraction that rounds away).
  static func writeNumber(_ d: Double, into out: inout [UInt8]) {
    guard d.isFinite else {
      out.append(contentsOf: "null".utf8)
      return
    }
    if d == d.rounded() && abs(d) < 1e15 {
      writeInt(Int(d), into: &out)
      return
    }
    let scaled = (d * 1000).rounded() / 1000
    // Below 2^53 / 1000 the thousandths are exact integers and their digits are the shortest form.
    guard abs(scaled) < 1e12 else {
      out.append(contentsOf: String(scaled).utf8)
      return
    }
    let thousandths = Int((scaled * 1000).rounded())
    if scaled.sign == .minus { out.append(UInt8(ascii: "-")) }
    let magnitude = thousandths.magnitude
    writeInt(Int(magnitude / 1000), into: &out)
    out.append(UInt8(ascii: "."))
    var fraction = Int(magnitude % 1000)
    if fraction == 0 {
      out.append(UInt8(ascii: "0"))
      return
    }
    var digits = 3
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    var divisor = digits == 3 ? 100 : digits == 2 ? 10 : 1
    while divisor > 0 {
      out.append(UInt8(ascii: "0") &+ UInt8(fraction / divisor % 10))
      divisor /= 10
    }
  }

  static let hexDigits = Array("0123456789abcdef".utf8)

  /// 1 for the bytes `writeString` looks at: controls, quote, backslash, DEL, and the lead
  /// bytes of C1 controls (0xC2) and of U+2028/U+2029 (0xE2).
  static let special: [UInt8] = (0..<256).map { b in
    b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 || b == 0xE2 ? 1 : 0
  }

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
      let special = JSONValue.special
      while i < n {
        let b = bytes[i]
        if special[Int(b)] == 0 {
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
