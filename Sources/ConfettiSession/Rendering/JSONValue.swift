/// A JSON value with ordered object keys, for documents built before they are written
/// (evaluation reports); ``JSONWriter`` writes it. The `--json` records stream through the
/// writer without a tree.
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
  /// JSON text already written by ``JSONWriter`` (a slot value in a report), written as is.
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
    JSONWriter.write(into: &out) { write(to: &$0) }
  }

  /// Writes the value with `w`.
  public func write(to w: inout JSONWriter) {
    switch self {
    case .null: w.null()
    case .bool(let b): w.bool(b)
    case .int(let i): w.int(i)
    case .double(let d): w.double(d)
    case .string(let s): w.string(s)
    case .raw(let text): w.raw(text)
    case .array(let items):
      w.beginArray()
      for v in items { v.write(to: &w) }
      w.endArray()
    case .object(let entries):
      w.beginObject()
      for (k, v) in entries {
        w.key(k)
        v.write(to: &w)
      }
      w.endObject()
    }
  }
}
