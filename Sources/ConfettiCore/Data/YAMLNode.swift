/// A node of a YAML document read by ``YAMLReader``, with its 1-based line.
public struct YAMLNode: Sendable, Equatable {
  /// A key and its value in a mapping.
  public struct Entry: Sendable, Equatable {
    public var key: String
    public var value: YAMLNode
    /// The line the key is on.
    public var line: Int
  }

  public enum Kind: Sendable, Equatable {
    case scalar(String)
    case sequence([YAMLNode])
    case mapping([Entry])
  }

  public var kind: Kind
  public var line: Int

  public init(_ kind: Kind, line: Int) {
    self.kind = kind
    self.line = line
  }

  public var scalar: String? {
    if case .scalar(let s) = kind { return s }
    return nil
  }

  public var sequence: [YAMLNode]? {
    if case .sequence(let items) = kind { return items }
    return nil
  }

  public var mapping: [Entry]? {
    if case .mapping(let entries) = kind { return entries }
    return nil
  }

  /// The value of `key` in a mapping, or nil.
  public subscript(key: String) -> YAMLNode? {
    mapping?.first { $0.key == key }?.value
  }
}
