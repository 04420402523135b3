import Foundation
import Testing

/// `confetti serve --http` through real loopback sockets: the page and its security headers, the
/// chat WebSocket (the line server's records, its limits, bad frames, foreign origins) and
/// POST /ask; after each refusal the server goes on serving.
@Suite(.serialized) struct WebServeTests {
  struct HTTPResponse {
    var status: Int
    var headers: [String: String]
    var body: String
  }

  /// One HTTP/1.1 request on its own connection (closed after the response).
  static func http(
    port: Int, _ path: String, method: String = "GET", body: String = "", headers: [String: String] = [:]
  ) throws -> HTTPResponse {
    let client = try LineClient(port: port)
    var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
    for (k, v) in headers { request += "\(k): \(v)\r\n" }
    if !body.isEmpty || method == "POST" { request += "Content-Length: \(body.utf8.count)\r\n" }
    try client.send(request + "\r\n" + body)
    let text = try client.readAll().joined(separator: "\n")
    let parts = text.components(separatedBy: "\r\n\r\n")
    let head = parts[0].components(separatedBy: "\r\n")
    var fields: [String: String] = [:]
    for line in head.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
        in: .whitespaces)
    }
    let status = Int(head[0].split(separator: " ").dropFirst().first ?? "") ?? 0
    return HTTPResponse(
      status: status, headers: fields, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
  }

  static func start(_ arguments: [String] = []) throws -> ServerProcess {
    let server = try ServerProcess.start(["--http"] + arguments)
    // Hummingbird's own log line ("Server started and listening on …") can come first.
    #expect(server.logShows("listening on http://127.0.0.1:\(server.port)\n"))
    return server
  }

  /// The socket still answers a plain question.
  static func stillServes(_ port: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let ws = try WebSocketClient(port: port, timeout: 10)
    try ws.sendText("when is CSW 2027?")
    #expect(try ws.readRecord()["dates"] != nil, sourceLocation: sourceLocation)
  }

  @Test func thePageAndItsFilesCarryTheContentSecurityPolicy() throws {
    let server = try Self.start()
    defer { server.stop() }
    let page = try Self.http(port: server.port, "/")
    #expect(page.status == 200)
    #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
    #expect(page.headers["content-security-policy"] == "default-src 'self'")
    #expect(page.headers["x-content-type-options"] == "nosniff")
    // No inline script or style: each script is a same-origin file, as the policy requires.
    #expect(page.body.contains("<script src=\"/app.js\" defer></script>"))
    #expect(page.body.components(separatedBy: "<script").count == 2)
    #expect(!page.body.contains("<style") && !page.body.contains("style=") && !page.body.contains("onclick"))
    #expect(page.body.contains("aria-live=\"polite\""))
    let script = try Self.http(port: server.port, "/app.js")
    #expect(script.status == 200 && script.headers["content-type"]?.hasPrefix("text/javascript") == true)
    #expect(script.headers["content-security-policy"] == "default-src 'self'")
    #expect(!script.body.contains("innerHTML") && !script.body.contains("insertAdjacentHTML"))
    #expect(script.body.contains("textContent"))
    let style = try Self.http(port: server.port, "/app.css")
    #expect(style.status == 200 && style.headers["content-type"]?.hasPrefix("text/css") == true)
    #expect(style.body.contains("prefers-color-scheme: dark"))
    #expect(try Self.http(port: server.port, "/nothing-here").status == 404)
  }

  @Test func headAnswersAsGetWithoutABodyAndOtherMethodsGet405() throws {
    let server = try Self.start()
    defer { server.stop() }
    for path in ["/", "/app.js", "/app.css"] {
      let get = try Self.http(port: server.port, path)
      let head = try Self.http(port: server.port, path, method: "HEAD")
      #expect(head.status == 200, "HEAD \(path)")
      #expect(head.body.isEmpty, "HEAD \(path) sent a body")
      #expect(head.headers["content-type"] == get.headers["content-type"], "HEAD \(path)")
      #expect(head.headers["content-length"] == get.headers["content-length"], "HEAD \(path)")
      #expect(Int(head.headers["content-length"] ?? "") ?? 0 >= get.body.utf8.count, "HEAD \(path)")
      #expect(head.headers["content-security-policy"] == "default-src 'self'", "HEAD \(path)")
    }
    for (method, path, allow) in [
      ("PUT", "/", "GET, HEAD"), ("DELETE", "/app.js", "GET, HEAD"), ("POST", "/app.css", "GET, HEAD"),
      ("OPTIONS", "/", "GET, HEAD"), ("GET", "/ask", "POST"), ("PATCH", "/ask", "POST"),
      ("POST", "/chat", "GET, HEAD"),
    ] {
      let r = try Self.http(port: server.port, path, method: method)
      #expect(r.status == 405, "\(method) \(path): \(r.status)")
      #expect(r.headers["allow"] == allow, "\(method) \(path): \(r.headers["allow"] ?? "no Allow")")
      #expect(r.headers["content-security-policy"] == "default-src 'self'", "\(method) \(path)")
    }
    // A path the server does not have is still 404, whatever the method.
    #expect(try Self.http(port: server.port, "/nothing-here", method: "PUT").status == 404)
    #expect(try Self.http(port: server.port, "/nothing-here", method: "HEAD").status == 404)
    try Self.stillServes(server.port)
  }

  @Test func theSocketCarriesTheLineServersRecordsInOrder() throws {
    let server = try Self.start()
    defer { server.stop() }
    let lines = [
      "ideas for 12 people under $300", "more", "cheaper", "plan the week for 20 people with $1500",
    ]
    let piped = try ConfettiProcess.run(["--json"], input: lines.joined(separator: "\n") + "\n")
    let ws = try WebSocketClient(port: server.port, origin: "http://127.0.0.1:\(server.port)")
    for line in lines { try ws.sendText(line) }
    var answered: [String] = []
    for _ in lines {
      let frame = try #require(try ws.readFrame())
      #expect(frame.opcode == WebSocketClient.Opcode.text.rawValue)
      answered.append(String(decoding: frame.payload, as: UTF8.self))
    }
    #expect(answered == piped.lines)
    // Each socket is its own conversation: the team size and budget of the first do not carry over.
    let other = try WebSocketClient(port: server.port)
    try other.sendText("what about remote?")
    let context = try other.readRecord().context
    #expect(context["team_size"] == nil && context["budget"] == nil)
  }

  @Test func aCalendarExportComesBackInTheRecord() throws {
    let server = try Self.start()
    defer { server.stop() }
    let ws = try WebSocketClient(port: server.port)
    try ws.sendText("plan the week for 20 people with $1500")
    #expect(try ws.readRecord()["plan"] != nil)
    try ws.sendText("export the plan to csw.ics")
    let export = try #require(try ws.readRecord()["export"] as? [String: Any])
    #expect(export["filename"] as? String == "csw.ics")
    #expect((export["ics"] as? String)?.hasPrefix("BEGIN:VCALENDAR\r\n") == true)
  }

  @Test func aBinaryMessageGetsAnErrorRecordAndTheSocketGoesOn() throws {
    let server = try Self.start()
    defer { server.stop() }
    let ws = try WebSocketClient(port: server.port)
    try ws.send(.binary, Array("ideas for 12 people".utf8))
    #expect(try ws.readRecord().errorCode == "binary_message")
    try ws.sendText("when is CSW 2027?")
    #expect(try ws.readRecord()["dates"] != nil)
  }

  @Test func textThatIsNotUTF8GetsTheLineServersErrorRecord() throws {
    let server = try Self.start()
    defer { server.stop() }
    let ws = try WebSocketClient(port: server.port)
    try ws.send(.text, [0x69, 0x64, 0xFF, 0xFE, 0x61])
    #expect(try ws.readRecord().errorCode == "invalid_utf8")
    try ws.send(.text, Array("a\u{0}b".utf8))
    #expect(try ws.readRecord().errorCode == "nul_byte")
    try ws.sendText("when is CSW 2027?")
    #expect(try ws.readRecord()["dates"] != nil)
  }

  @Test func anOversizedMessageIsRefusedAndTheServerGoesOn() throws {
    let server = try Self.start()
    defer { server.stop() }
    let ws = try WebSocketClient(port: server.port)
    // Over 1 MiB in three fragments: the line_too_long record, and the socket goes on.
    let piece = [UInt8](repeating: 0x61, count: 400_000)
    try ws.send(.text, piece, fin: false)
    try ws.send(.continuation, piece, fin: false)
    try ws.send(.continuation, piece)
    let record = try ws.readRecord()
    #expect(record.errorCode == "line_too_long")
    #expect(record["input"] as? String == "")
    try ws.sendText("when is CSW 2027?")
    #expect(try ws.readRecord()["dates"] != nil)
    // One frame over the frame limit (2 MiB): the socket is closed with 1009 (message too big). The
    // server closes while the client is still sending, so the kernel may reset the connection and
    // drop the close frame before it is read: a reset is a refusal too, but never an answer.
    let huge = try WebSocketClient(port: server.port)
    try? huge.send(.text, [UInt8](repeating: 0x61, count: 3 << 20))
    let code = try huge.readCloseCode()
    #expect(code == 1009 || code == nil, "closed with \(code.map(String.init) ?? "a reset")")
    try Self.stillServes(server.port)
  }

  @Test func aSocketOverTheLimitGetsTheBusyRecord() throws {
    let server = try Self.start(["--max-connections", "2"])
    defer { server.stop() }
    var open = [try WebSocketClient(port: server.port), try WebSocketClient(port: server.port)]
    for ws in open {
      try ws.sendText("hi")
      _ = try ws.readRecord()
    }
    let third = try WebSocketClient(port: server.port)
    #expect(try third.readRecord().errorCode == "busy")
    #expect(try third.readCloseCode() == 1013)
    open.removeFirst()  // closes one
    var served = false
    for _ in 0..<50 where !served {
      usleep(100_000)
      if let ws = try? WebSocketClient(port: server.port, timeout: 5) {
        try ws.sendText("when is CSW 2027?")
        served = (try? ws.readRecord())?["dates"] != nil
      }
    }
    #expect(served)
  }

  @Test func aForeignOriginIsRefused() throws {
    let server = try Self.start()
    defer { server.stop() }
    // Refused at the handshake with 403, as POST /ask: no 101, so no socket.
    for origin in ["http://evil.example", "http://127.0.0.1:1", "https://127.0.0.1.evil.example"] {
      do {
        _ = try WebSocketClient(port: server.port, origin: origin)
        Issue.record("a WebSocket from \(origin) was accepted")
      } catch let refused as WebSocketClient.Refused {
        #expect(refused.status == 403, "\(origin)")
      }
    }
    // The refusal says why and carries the security headers, like every other answer.
    let handshake = try Self.http(
      port: server.port, "/chat",
      headers: [
        "Origin": "http://evil.example", "Upgrade": "websocket", "Connection": "Upgrade",
        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version": "13",
      ])
    #expect(handshake.status == 403 && handshake.body.contains("another origin"))
    #expect(handshake.headers["content-security-policy"] == "default-src 'self'")
    // A socket the server declines for another reason (no such path) keeps the library's 400.
    do {
      _ = try WebSocketClient(port: server.port, path: "/elsewhere")
      Issue.record("a WebSocket to /elsewhere was accepted")
    } catch let refused as WebSocketClient.Refused {
      #expect(refused.status == 400)
    }
    // The same request without the upgrade says why.
    let plain = try Self.http(port: server.port, "/chat", headers: ["Origin": "http://evil.example"])
    #expect(plain.status == 403 && plain.body.contains("another origin"))
    let post = try Self.http(
      port: server.port, "/ask", method: "POST", body: "when is CSW 2027?",
      headers: ["Origin": "http://evil.example"]
    )
    #expect(post.status == 403)
    // The page's own origin is welcome.
    let own = try WebSocketClient(port: server.port, origin: "http://127.0.0.1:\(server.port)")
    try own.sendText("when is CSW 2027?")
    #expect(try own.readRecord()["dates"] != nil)
  }

  @Test func askAnswersOneQuestionWithOneRecord() throws {
    let server = try Self.start()
    defer { server.stop() }
    let question = "ideas for 12 people under $300"
    let r = try Self.http(port: server.port, "/ask", method: "POST", body: question)
    #expect(r.status == 200 && r.headers["content-type"] == "application/json")
    let piped = try ConfettiProcess.run(["--json"], input: question + "\n")
    #expect(r.body.trimmingCharacters(in: .newlines) == piped.lines.first)
    let long = try Self.http(
      port: server.port, "/ask", method: "POST", body: String(repeating: "a", count: (1 << 20) + 5))
    #expect(long.body.contains("line_too_long"))
  }

  @Test func anIdleSocketIsClosed() throws {
    let server = try Self.start(["--idle-timeout", "1"])
    defer { server.stop() }
    let ws = try WebSocketClient(port: server.port, timeout: 10)
    let started = Date()
    #expect(try ws.readCloseCode() == 1001)
    #expect(Date().timeIntervalSince(started) < 10)
    try Self.stillServes(server.port)
  }

  @Test func httpWithAUnixSocketIsAUsageError() throws {
    let r = try ConfettiProcess.run(["serve", "--http", "--unix", "/tmp/x.sock"], input: "")
    #expect(r.status == 64)
    #expect(r.errorText.contains("--http"))
  }
}
