import Logging
import NIOCore

/// For a connection over `--max-connections`: one `busy` record, then close.
final class BusyHandler: ChannelInboundHandler {
  typealias InboundIn = ByteBuffer
  typealias OutboundOut = ByteBuffer

  private let limit: Int
  private let logger: Logger

  init(limit: Int, logger: Logger) {
    self.limit = limit
    self.logger = logger
  }

  func channelActive(context: ChannelHandlerContext) {
    logger.notice(
      "connection refused: busy",
      metadata: ["peer": "\(context.channel.remoteAddress.map { "\($0)" } ?? "?")", "limit": "\(limit)"])
    let channel = context.channel
    context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: ServerRecord.busy(limit: limit))))
      .whenComplete { _ in channel.close(promise: nil) }
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {}
}
