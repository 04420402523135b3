import ConfettiCore
import ConfettiSession
import HummingbirdWebSocket
import Logging
import NIOCore
import Synchronization

/// One WebSocket, one conversation: each text message is a line, answered with one text message
/// holding the line server's JSON record, in order.
///
/// - A binary message gets a `binary_message` error record; the socket stays open.
/// - Text that is not UTF-8, or holds NUL or control characters, gets the line server's error record
///   (the socket reads the bytes itself, as the line server does).
/// - A message over 1 MiB gets the `line_too_long` record; its bytes are counted, not kept.
/// - Over `--max-connections` sockets, the new one gets the busy record and is closed (1013).
/// - After `--idle-timeout` seconds with no message, the socket is closed (1001).
struct ChatSocket {
  var session: Session
  let idle: Int
  var logger: Logger

  /// A new conversation: today's date; it never writes files.
  static func session(from fresh: Conversation, today started: CivilDate) -> Session {
    var conversation = fresh
    conversation.today = (try? Today.resolve(nil)) ?? started
    var session = Session(conversation: conversation, json: true, style: .init(useColor: false))
    session.writesFiles = false
    return session
  }

  mutating func run(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, sockets: SocketCount)
    async
  {
    guard sockets.admit() else {
      logger.info("busy: socket refused", metadata: ["limit": "\(sockets.limit)"])
      try? await outbound.write(.text(Self.text(ServerRecord.busy(limit: sockets.limit))))
      try? await outbound.close(.unknown(1013), reason: "busy")
      return
    }
    defer { sockets.leave() }
    logger.info("socket opened")
    let activity = SocketActivity()
    let idle = self.idle
    // The idle timer: closing the socket ends the reading below.
    let watchdog = Task {
      guard idle > 0 else { return }
      while !Task.isCancelled {
        try? await Task.sleep(for: .seconds(1))
        if !Task.isCancelled && activity.idleFor >= .seconds(idle) {
          try? await outbound.close(.goingAway, reason: "idle")
          return
        }
      }
    }
    let answered = (try? await answer(inbound: inbound, outbound: outbound, activity: activity)) ?? 0
    watchdog.cancel()
    logger.info("socket closed", metadata: ["messages": "\(answered)"])
  }

  /// Reads frames to the end of the socket, answering each whole message; returns how many.
  mutating func answer(
    inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, activity: SocketActivity
  ) async throws -> Int {
    var message: [UInt8] = []
    var size = 0
    var binary = false
    var count = 0
    var record: [UInt8] = []
    for try await frame in inbound {
      activity.touch()
      switch frame.opcode {
      case .text, .binary:
        message.removeAll(keepingCapacity: true)
        size = 0
        binary = frame.opcode == .binary
      case .continuation:
        break
      }
      size += frame.data.readableBytes
      if !binary && size <= InputProblem.maxLineBytes { message += frame.data.readableBytesView }
      guard frame.fin else { continue }
      count += 1
      record.removeAll(keepingCapacity: true)
      if binary {
        record = ServerRecord.binaryRefused()
      } else {
        let line: LineReader.Line = size > InputProblem.maxLineBytes ? .tooLong(size) : .bytes(message)
        ServerRecord.line(for: session.respond(to: line), into: &record)
      }
      try await outbound.write(.text(Self.text(record)))
      message.removeAll()
    }
    return count
  }

  /// A record as a message's text, without the line protocol's newline.
  static func text(_ record: [UInt8]) -> String {
    String(decoding: record.last == 0x0A ? record.dropLast() : record[...], as: UTF8.self)
  }
}
