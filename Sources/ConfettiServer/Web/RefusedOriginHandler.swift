import NIOCore
import NIOHTTP1

/// Makes the refusal of a WebSocket handshake from another origin a 403 Forbidden that says why,
/// as `POST /ask` answers a foreign origin.
///
/// HummingbirdWebSocket answers every upgrade its `shouldUpgrade` declines with a bare 400, and that
/// answer never passes the router. So when the origin check declines, ``WebServer`` puts this
/// handler on the connection (which is closed after the answer): it rewrites that one 400 head into
/// a 403 with a short text body and ``SecurityPolicy``'s headers.
final class RefusedOriginHandler: ChannelOutboundHandler, RemovableChannelHandler {
  typealias OutboundIn = HTTPServerResponsePart
  typealias OutboundOut = HTTPServerResponsePart

  static let message = "A WebSocket from another origin is refused.\n"
  private var rewritten = false

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    guard !rewritten, case .head(var head) = unwrapOutboundIn(data), head.status == .badRequest else {
      context.write(data, promise: promise)
      return
    }
    rewritten = true
    let body = context.channel.allocator.buffer(string: Self.message)
    head.status = .forbidden
    head.headers.replaceOrAdd(name: "Content-Length", value: "\(body.readableBytes)")
    head.headers.replaceOrAdd(name: "Content-Type", value: "text/plain; charset=utf-8")
    for (name, value) in SecurityPolicy.fields { head.headers.replaceOrAdd(name: name, value: value) }
    context.write(wrapOutboundOut(.head(head)), promise: nil)
    context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: promise)
  }
}
