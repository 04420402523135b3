import NIOCore
import Synchronization

/// The open connections: admits up to a limit, and drains them all at shutdown.
final class ConnectionRegistry: Sendable {
  let limit: Int
  private let state = Mutex<State>(State())

  private struct State {
    var channels: [ObjectIdentifier: any Channel] = [:]
    var closed = false
  }

  init(limit: Int) { self.limit = limit }

  /// Adds `channel` unless the server is full or shutting down; it leaves on close.
  func admit(_ channel: any Channel) -> Bool {
    let id = ObjectIdentifier(channel)
    let admitted = state.withLock { s -> Bool in
      guard !s.closed, s.channels.count < limit else { return false }
      s.channels[id] = channel
      return true
    }
    if admitted {
      channel.closeFuture.whenComplete { [self] _ in
        _ = state.withLock { $0.channels.removeValue(forKey: id) }
      }
    }
    return admitted
  }

  var count: Int { state.withLock { $0.channels.count } }

  /// Stops admitting, asks every connection to answer what it has and close,
  /// and waits for them; those still open after `deadline` are closed.
  func drainAll(grace: TimeAmount, deadline: TimeAmount) async {
    let channels = state.withLock { s -> [any Channel] in
      s.closed = true
      return Array(s.channels.values)
    }
    for channel in channels {
      channel.pipeline.fireUserInboundEventTriggered(ConnectionHandler.Drain(grace: grace))
    }
    let limit = NIODeadline.now() + deadline
    for channel in channels {
      let timeout = channel.eventLoop.scheduleTask(deadline: limit) { channel.close(promise: nil) }
      try? await channel.closeFuture.get()
      timeout.cancel()
    }
  }
}
