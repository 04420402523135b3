/// Reads typed fields from a YAML mapping, with errors that say where and what.
struct FieldReader {
  let node: YAMLNode
  let file: String
  var context: String

  func error(at key: String, _ message: String) -> DataFileError {
    let line = node.mapping?.first { $0.key == key }?.line ?? node.line
    return DataFileError(file: file, line: line, message: "\(context): \(key): \(message)")
  }

  func node(_ key: String) throws(DataFileError) -> YAMLNode {
    guard node.mapping != nil else {
      throw DataFileError(file: file, line: node.line, message: "\(context): expected a mapping")
    }
    guard let v = node[key] else {
      throw DataFileError(file: file, line: node.line, message: "\(context): missing field '\(key)'")
    }
    return v
  }

  func string(_ key: String) throws(DataFileError) -> String {
    guard let s = try node(key).scalar, !s.isEmpty else { throw error(at: key, "must be non-empty text") }
    return s
  }

  func optionalString(_ key: String) throws(DataFileError) -> String? {
    guard let v = node[key] else { return nil }
    guard let s = v.scalar else { throw error(at: key, "must be text") }
    return s
  }

  func strings(_ key: String) throws(DataFileError) -> [String] {
    let v = try node(key)
    guard let items = v.sequence else { throw error(at: key, "must be a list") }
    var out: [String] = []
    for item in items {
      guard let s = item.scalar, !s.isEmpty else {
        throw DataFileError(file: file, line: item.line, message: "\(context): \(key): items must be text")
      }
      out.append(s)
    }
    return out
  }

  func optionalStrings(_ key: String) throws(DataFileError) -> [String] {
    node[key] == nil ? [] : try strings(key)
  }

  func number(_ key: String) throws(DataFileError) -> Double {
    let raw = try string(key)
    guard let v = Double(raw), v.isFinite else { throw error(at: key, "'\(raw)' is not a number") }
    return v
  }

  func optionalInteger(_ key: String) throws(DataFileError) -> Int? {
    node[key] == nil ? nil : try integer(key)
  }

  /// Rejects a field not in `keys`, on the field's own line.
  func allowOnly(_ keys: Set<String>) throws(DataFileError) {
    for entry in node.mapping ?? [] where !keys.contains(entry.key) {
      throw DataFileError(file: file, line: entry.line, message: "\(context): unknown field '\(entry.key)'")
    }
  }

  func integer(_ key: String) throws(DataFileError) -> Int {
    let raw = try string(key)
    guard let v = Int(raw) else { throw error(at: key, "'\(raw)' is not a whole number") }
    return v
  }

  /// A list of enumeration values, each checked; an item's error names its own line.
  func enumerations<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type) throws(DataFileError) -> [E]
  where E.RawValue == String {
    guard let items = try node(key).sequence else { throw error(at: key, "must be a list") }
    var out: [E] = []
    for item in items {
      guard let raw = item.scalar, let v = E(rawValue: raw) else {
        let options = E.allCases.map(\.rawValue).joined(separator: ", ")
        throw DataFileError(
          file: file, line: item.line,
          message: "\(context): \(key): '\(item.scalar ?? "")' is not one of \(options)")
      }
      out.append(v)
    }
    return out
  }

  func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type) throws(DataFileError) -> E
  where E.RawValue == String {
    let raw = try string(key)
    guard let v = E(rawValue: raw) else {
      let options = E.allCases.map(\.rawValue).joined(separator: ", ")
      throw error(at: key, "'\(raw)' is not one of \(options)")
    }
    return v
  }
}
