import ConfettiCore
import ConfettiSession
import Logging
import NIOCore

/// One connection, one conversation: frames lines, answers each with one JSON
/// line, in order, and keeps memory bounded.
///
/// - A line over the limit is counted and dropped as it arrives (never stored),
///   then answered with a `line_too_long` record.
/// - Back-pressure: while the channel is not writable (its outbound bytes are
///   above the high-water mark) no more lines are answered and no more bytes are
///   read, so a client that stops reading stalls only itself.
/// - When the client half-closes, the lines it sent (and a last line without a
///   newline) are answered, then the connection closes.
/// - ``Drain`` (server shutdown): lines already received are answered, then the
///   connection closes; nothing is ever cut mid-record.
final class ConnectionHandler: ChannelDuplexHandler {
  typealias InboundIn = ByteBuffer
  typealias InboundOut = Never
  typealias OutboundIn = ByteBuffer
  typealias OutboundOut = ByteBuffer

  /// Asks a connection to finish: answer what it has, then close.
  struct Drain: Sendable {
    /// How long to keep reading lines that are already on their way.
    var grace: TimeAmount
  }

  private var session: Session
  private let limit: Int
  private var logger: Logger
  private let opened = NIODeadline.now()

  /// The record being written, reused from answer to answer.
  private var record: [UInt8] = []
  /// Bytes received and not yet answered.
  private var buffer = ByteBuffer()
  /// Bytes from the reader index already known to hold no newline.
  private var scanned = 0
  /// The length so far of an over-long line that is being dropped.
  private var discarding: Int?
  /// A read asked for while the connection was holding back.
  private var heldRead = false
  private var inputClosed = false
  private var draining = false
  private var graceOver = false
  private var closing = false
  private var lines = 0
  private var errors = 0
  private var endReason = "closed by client"

  init(session: Session, limit: Int, logger: Logger) {
    self.session = session
    self.limit = limit
    self.logger = logger
  }

  // MARK: inbound

  func channelActive(context: ChannelHandlerContext) {
    if let peer = context.channel.remoteAddress { logger[metadataKey: "peer"] = "\(peer)" }
    context.fireChannelActive()
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    var chunk = unwrapInboundIn(data)
    if closing { return }
    if let dropped = discarding {
      guard let newline = chunk.readableBytesView.firstIndex(of: 0x0A) else {
        discarding = dropped + chunk.readableBytes
        return
      }
      discarding = nil
      let before = newline - chunk.readerIndex
      chunk.moveReaderIndex(forwardBy: before + 1)
      answer(.tooLong(dropped + before), context: context)
    }
    buffer.writeBuffer(&chunk)
    process(context: context)
  }

  func channelReadComplete(context: ChannelHandlerContext) {
    context.flush()
  }

  func channelWritabilityChanged(context: ChannelHandlerContext) {
    if context.channel.isWritable { process(context: context) }
    context.fireChannelWritabilityChanged()
  }

  func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
    if let event = event as? ChannelEvent, event == .inputClosed {
      inputClosed = true
      process(context: context)
    } else if event is IdleStateHandler.IdleStateEvent {
      endReason = "idle timeout"
      closing = true
      context.close(promise: nil)
    } else if let drain = event as? Drain {
      guard !draining else { return }
      draining = true
      endReason = "server shutting down"
      context.eventLoop.assumeIsolated().scheduleTask(in: drain.grace) { [self] in
        graceOver = true
        process(context: context)
      }
      process(context: context)
    } else {
      context.fireUserInboundEventTriggered(event)
    }
  }

  func errorCaught(context: ChannelHandlerContext, error: Error) {
    errors += 1
    endReason = "connection error"
    logger[metadataKey: "error"] = "\(error)"
    closing = true
    context.close(promise: nil)
  }

  func channelInactive(context: ChannelHandlerContext) {
    let seconds = Double((NIODeadline.now() - opened).nanoseconds / 1_000_000) / 1000
    logger.info(
      "connection closed",
      metadata: [
        "lines": "\(lines)", "errors": "\(errors)", "seconds": "\(seconds)", "reason": "\(endReason)",
      ])
    context.fireChannelInactive()
  }

  // MARK: outbound

  func read(context: ChannelHandlerContext) {
    if closing || inputClosed { return }
    if context.channel.isWritable && !hasCompleteLine {
      context.read()
    } else {
      heldRead = true
    }
  }

  // MARK: lines

  private var hasCompleteLine: Bool {
    buffer.readableBytesView.dropFirst(scanned).contains(0x0A)
  }

  /// Answers every complete line while the channel takes writes; then reads on,
  /// drops an over-long tail, or finishes.
  private func process(context: ChannelHandlerContext) {
    var wrote = false
    while !closing && context.channel.isWritable {
      let view = buffer.readableBytesView
      guard let newline = view.dropFirst(scanned).firstIndex(of: 0x0A) else {
        scanned = view.count
        break
      }
      let length = newline - buffer.readerIndex
      var bytes = buffer.readBytes(length: length) ?? []
      buffer.moveReaderIndex(forwardBy: 1)
      scanned = 0
      if bytes.last == 0x0D { bytes.removeLast() }
      answer(.bytes(bytes), context: context)
      wrote = true
    }
    if buffer.readableBytes == 0 {
      buffer.clear()
    } else if buffer.readerIndex > 1 << 16 {
      buffer.discardReadBytes()
    }
    // A tail with no newline over the limit: count it and drop it, now and as it arrives.
    if discarding == nil && buffer.readableBytes > limit && !hasCompleteLine {
      discarding = buffer.readableBytes
      buffer.clear()
      scanned = 0
    }
    if wrote { context.flush() }
    finishIfDone(context: context)
    if heldRead && !closing && !inputClosed && context.channel.isWritable && !hasCompleteLine {
      heldRead = false
      context.read()
    }
  }

  private func answer(_ line: LineReader.Line, context: ChannelHandlerContext) {
    lines += 1
    let answer = session.respond(to: line)
    if answer.problem != nil { errors += 1 }
    record.removeAll(keepingCapacity: true)
    ServerRecord.line(for: answer, into: &record)
    var bytes = context.channel.allocator.buffer(capacity: record.count)
    bytes.writeBytes(record)
    context.write(wrapOutboundOut(bytes), promise: nil)
  }

  /// Closes once the input is over (client half-close, or the drain's grace
  /// period) and every complete line is answered, after the last record is out.
  private func finishIfDone(context: ChannelHandlerContext) {
    guard !closing, inputClosed || (draining && graceOver), !hasCompleteLine else { return }
    if inputClosed {
      // As in pipe mode, a last line without a newline is still a line.
      if let dropped = discarding {
        discarding = nil
        answer(.tooLong(dropped), context: context)
      } else if buffer.readableBytes > 0 {
        var bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        if bytes.last == 0x0D { bytes.removeLast() }
        answer(.bytes(bytes), context: context)
      }
    }
    closing = true
    if inputClosed && !draining { endReason = "client finished" }
    let channel = context.channel
    let flushed = context.eventLoop.makePromise(of: Void.self)
    context.writeAndFlush(wrapOutboundOut(ByteBuffer()), promise: flushed)
    flushed.futureResult.whenComplete { _ in channel.close(promise: nil) }
  }
}
