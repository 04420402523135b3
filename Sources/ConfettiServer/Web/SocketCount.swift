import Synchronization

/// How many chat sockets are open, against `--max-connections`.
final class SocketCount: Sendable {
  let limit: Int
  private let open = Mutex(0)

  init(limit: Int) { self.limit = limit }

  /// Counts one more socket, or returns false at the limit.
  func admit() -> Bool {
    open.withLock {
      guard $0 < limit else { return false }
      $0 += 1
      return true
    }
  }

  func leave() { open.withLock { $0 -= 1 } }
}
