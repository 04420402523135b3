import ConfettiCore
import ConfettiSession
import HTTPTypes
import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import NIOCore
import ServiceLifecycle

/// `confetti serve --http`: the chat page at `/` (with `/app.js` and `/app.css`), a WebSocket at
/// `/chat` carrying the line protocol's JSON records (one conversation per socket), and
/// `POST /ask` (one question, one record), on Hummingbird 2 and HummingbirdWebSocket.
///
/// The same limits as the line server: `--max-connections` sockets at once (one more gets the
/// busy record and is closed), 1 MiB a message (a longer one gets the `line_too_long` record),
/// `--idle-timeout` on sockets and HTTP connections. A browser's WebSocket or POST from another
/// origin is refused (403); every response carries `Content-Security-Policy: default-src 'self'`.
/// `HEAD` answers as `GET` without the body; a method a path does not take gets 405 with `Allow`.
struct WebServer {
  let options: ServeOptions
  let catalogue: Catalogue
  let today: CivilDate
  let logger: Logger

  /// The largest WebSocket frame read at all; a frame over it closes the socket (1009). Messages
  /// between ``InputProblem/maxLineBytes`` and this get the `line_too_long` record.
  static let maxFrameBytes = 2 * InputProblem.maxLineBytes

  /// The paths the router answers and their methods (another method gets 405 with `Allow`).
  static let methods: [String: [HTTPRequest.Method]] = [
    "/": [.get], "/app.js": [.get], "/app.css": [.get], "/chat": [.get], "/ask": [.post],
  ]

  func application() -> some ApplicationProtocol {
    // One matcher (lexicon, model) for every conversation: a socket copies this one.
    let fresh = Conversation(catalogue: catalogue, today: today)
    let sockets = SocketCount(limit: options.maxConnections)
    let idle = options.idleTimeout
    let logger = self.logger
    let started = today

    // A GET path answers HEAD too, with the same headers and no body.
    let router = Router(options: .autoGenerateHeadEndpoints)
    router.middlewares.add(SecurityHeaders())
    router.middlewares.add(AllowedMethods(methods: Self.methods))
    router.get("/") { _, _ in WebAsset.page.response }
    router.get("/app.js") { _, _ in WebAsset.script.response }
    router.get("/app.css") { _, _ in WebAsset.style.response }
    // Reached only when a request for /chat was not upgraded: say why.
    router.get("/chat") { request, _ -> Response in
      guard OriginCheck.allows(origin: request.headers[.origin], host: request.head.authority) else {
        return WebAsset.text("A WebSocket from another origin is refused.", status: .forbidden)
      }
      return WebAsset.text("/chat is a WebSocket: connect with ws://.", status: .upgradeRequired)
    }
    router.post("/ask") { request, _ -> Response in
      guard OriginCheck.allows(origin: request.headers[.origin], host: request.head.authority) else {
        return WebAsset.text("A request from another origin is refused.", status: .forbidden)
      }
      var session = ChatSocket.session(from: fresh, today: started)
      let line: LineReader.Line
      do {
        let body = try await request.body.collect(upTo: InputProblem.maxLineBytes)
        line = .bytes(Array(body.readableBytesView))
      } catch {
        line = .tooLong(InputProblem.maxLineBytes + 1)
      }
      var record: [UInt8] = []
      ServerRecord.line(for: session.respond(to: line), into: &record)
      return WebAsset.json(record)
    }

    var http1 = HTTP1Channel.Configuration()
    if idle > 0 { http1.idleTimeout = .seconds(Int64(idle)) }
    let ws = WebSocketServerConfiguration(
      maxFrameSize: Self.maxFrameBytes, autoPing: .disabled, validateUTF8: false)
    let address =
      options.host.contains(":") ? "[\(options.host)]" : options.host
    return Application(
      router: router,
      server: .http1WebSocketUpgrade(configuration: .init(http1: http1, ws: ws)) { request, channel, _ in
        guard request.path == "/chat" else { return .dontUpgrade }
        guard OriginCheck.allows(origin: request.headerFields[.origin], host: request.authority) else {
          // Refused at the handshake. HummingbirdWebSocket answers a declined upgrade with a bare
          // 400 that never reaches the router: the handler makes it a 403 that says why.
          try channel.pipeline.syncOperations.addHandler(RefusedOriginHandler())
          logger.info(
            "websocket refused: another origin",
            metadata: ["origin": "\(request.headerFields[.origin] ?? "")"])
          return .dontUpgrade
        }
        return .upgrade([:]) { inbound, outbound, _ in
          var socket = ChatSocket(
            session: ChatSocket.session(from: fresh, today: started), idle: idle, logger: logger)
          await socket.run(inbound: inbound, outbound: outbound, sockets: sockets)
        }
      },
      configuration: .init(
        address: .hostname(options.host, port: options.listenPort), serverName: nil,
        // Room above the socket limit, so that one more socket is accepted and told it is busy.
        availableConnectionsDelegate: MaximumAvailableConnections(options.maxConnections * 2 + 16)),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? options.listenPort
        OutputChannel.standardError.writeQuietly("listening on http://\(address):\(port)\n")
        logger.info(
          "listening",
          metadata: ["address": "http://\(address):\(port)", "max_connections": "\(options.maxConnections)"])
      },
      logger: logger
    )
  }
}
