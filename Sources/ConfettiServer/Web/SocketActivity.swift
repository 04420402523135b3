import Synchronization

/// When a socket last heard from its client.
final class SocketActivity: Sendable {
  private let last = Mutex(ContinuousClock.now)

  func touch() { last.withLock { $0 = .now } }

  var idleFor: Duration { last.withLock { ContinuousClock.now - $0 } }
}
