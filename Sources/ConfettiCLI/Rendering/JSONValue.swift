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
    var out = ""
    write(into: &out)
    return out
  }

  public func write(into out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d): out += JSONValue.number(d)
    case .string(let s): JSONValue.writeString(s, into: &out)
    case .array(let items):
      out += "["
      for (i, v) in items.enumerated() {
        if i > 0 { out += "," }
        v.write(into: &out)
      }
      out += "]"
    case .object(let entries):
      out += "{"
      for (i, (k, v)) in entries.enumerated() {
        if i > 0 { out += "," }
        JSONValue.writeString(k, into: &out)
        out += ":"
        v.write(into: &out)
      }
      out += "}"
    }
  }

  /// Whole numbers without a fraction, others with up to 3 decimals.
  static func number(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
    let scaled = (d * 1000).rounded() / 1000
    return String(scaled)
  }

  static func writeString(_ s: String, into out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
          || scalar.value == 0x2028 || scalar.value == 0x2029
        {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
