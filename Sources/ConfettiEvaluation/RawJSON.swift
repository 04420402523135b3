import ConfettiSession
import FoundationEssentials

/// Any JSON value, decoded without a schema so that each problem can be named precisely.
enum RawJSON: Decodable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([RawJSON])
  case object([String: RawJSON])

  init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let i = try? c.decode(Int.self) {
      self = .int(i)
    } else if let d = try? c.decode(Double.self) {
      self = .double(d)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([RawJSON].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: RawJSON].self))
    }
  }

  /// A short description for error messages: the value itself when it is short.
  var shown: String {
    switch self {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .double(let d): return String(d)
    case .string(let s): return JSONValue.string(s.count > 40 ? String(s.prefix(40)) + "…" : s).serialized
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}
