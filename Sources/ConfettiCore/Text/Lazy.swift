import Synchronization

/// A value computed on first use, once, safely across threads.
///
/// ```swift
/// let table = Lazy { expensiveTable() }
/// table.value  // computed now, reused after
/// ```
public final class Lazy<Value: Sendable>: Sendable {
  private let make: @Sendable () -> Value
  private let storage = Mutex<Value?>(nil)

  public init(_ make: @escaping @Sendable () -> Value) {
    self.make = make
  }

  public var value: Value {
    storage.withLock { stored in
      if let v = stored { return v }
      let v = make()
      stored = v
      return v
    }
  }
}
