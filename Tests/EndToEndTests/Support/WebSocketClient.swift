import Foundation

/// A small blocking WebSocket client (RFC 6455) over a ``LineClient`` socket, for tests that need
/// what a browser will not send: binary and malformed frames, a foreign Origin, oversized messages.
///
/// ```swift
/// let ws = try WebSocketClient(port: server.port)
/// try ws.sendText("when is CSW 2027?")
/// let record = try ws.readRecord()
/// ```
final class WebSocketClient {
  let socket: LineClient
  private var pending: [UInt8] = []

  enum Opcode: UInt8 {
    case continuation = 0
    case text = 1
    case binary = 2
    case close = 8
    case ping = 9
    case pong = 10
  }

  /// What the server said to the upgrade request: its status line and headers.
  private(set) var response = ""

  struct Refused: Error, CustomStringConvertible {
    var status: Int
    var response: String
    var description: String { "upgrade refused with \(status): \(response)" }
  }

  /// Connects and upgrades `/chat`; `origin` nil sends no Origin header. Throws ``Refused`` when
  /// the server answers anything but 101.
  init(port: Int, path: String = "/chat", origin: String? = nil, timeout: TimeInterval = 20) throws {
    socket = try LineClient(port: port, timeout: timeout)
    var request =
      "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
    if let origin { request += "Origin: \(origin)\r\n" }
    try socket.send(request + "\r\n")
    while true {
      if let end = find([13, 10, 13, 10]) {
        response = String(decoding: pending[..<end], as: UTF8.self)
        pending.removeSubrange(..<(end + 4))
        break
      }
      guard try fill() else { throw Refused(status: 0, response: "closed before a response") }
    }
    let status = Int(response.split(separator: " ").dropFirst().first ?? "") ?? 0
    guard status == 101 else { throw Refused(status: status, response: response) }
  }

  private func find(_ needle: [UInt8]) -> Int? {
    guard pending.count >= needle.count else { return nil }
    for i in 0...(pending.count - needle.count) where Array(pending[i..<(i + needle.count)]) == needle {
      return i
    }
    return nil
  }

  /// Reads more bytes; false at end of stream.
  private func fill() throws -> Bool {
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = recv(socket.fd, &chunk, chunk.count, 0)
      if n < 0 && errno == EINTR { continue }
      if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
        throw LineClient.Failure(description: "timed out waiting for a frame")
      }
      if n <= 0 { return false }
      pending.append(contentsOf: chunk[0..<n])
      return true
    }
  }

  /// One frame, masked as a client's must be.
  func send(_ opcode: Opcode, _ payload: [UInt8], fin: Bool = true) throws {
    var frame: [UInt8] = [(fin ? 0x80 : 0) | opcode.rawValue]
    if payload.count < 126 {
      frame.append(0x80 | UInt8(payload.count))
    } else if payload.count <= 0xFFFF {
      frame.append(0x80 | 126)
      frame += [UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)]
    } else {
      frame.append(0x80 | 127)
      frame += (0..<8).reversed().map { UInt8((payload.count >> ($0 * 8)) & 0xFF) }
    }
    let mask: [UInt8] = [0x12, 0x34, 0x56, 0x78]
    frame += mask
    frame += payload.enumerated().map { $0.element ^ mask[$0.offset % 4] }
    try socket.send(Data(frame))
  }

  func sendText(_ text: String) throws { try send(.text, Array(text.utf8)) }

  /// The next frame from the server (its opcode and payload), or nil at end of stream.
  func readFrame() throws -> (opcode: UInt8, payload: [UInt8])? {
    while true {
      if pending.count >= 2 {
        var length = Int(pending[1] & 0x7F)
        var offset = 2
        if length == 126, pending.count >= 4 {
          length = Int(pending[2]) << 8 | Int(pending[3])
          offset = 4
        } else if length == 127, pending.count >= 10 {
          length = (2..<10).reduce(0) { $0 << 8 | Int(pending[$1]) }
          offset = 10
        } else if length >= 126 {
          length = Int.max
        }
        if length != Int.max, pending.count >= offset + length {
          let opcode = pending[0] & 0x0F
          let payload = Array(pending[offset..<(offset + length)])
          pending.removeSubrange(..<(offset + length))
          return (opcode, payload)
        }
      }
      guard try fill() else { return nil }
    }
  }

  /// The next text message as a JSON object (pings skipped); throws on a close or the end.
  func readRecord() throws -> [String: Any] {
    while let frame = try readFrame() {
      if frame.opcode == Opcode.ping.rawValue { continue }
      guard frame.opcode == Opcode.text.rawValue else {
        throw LineClient.Failure(
          description: "frame \(frame.opcode) instead of a record: \(closeReason(frame))")
      }
      guard let object = try JSONSerialization.jsonObject(with: Data(frame.payload)) as? [String: Any] else {
        throw LineClient.Failure(description: "not a JSON object")
      }
      return object
    }
    throw LineClient.Failure(description: "closed before a record")
  }

  /// The close frame's code, reading past anything else; nil when the stream ends without one.
  func readCloseCode() throws -> Int? {
    while let frame = try readFrame() {
      if frame.opcode == Opcode.close.rawValue {
        return frame.payload.count >= 2 ? Int(frame.payload[0]) << 8 | Int(frame.payload[1]) : 1005
      }
    }
    return nil
  }

  private func closeReason(_ frame: (opcode: UInt8, payload: [UInt8])) -> String {
    guard frame.opcode == Opcode.close.rawValue, frame.payload.count >= 2 else { return "" }
    return "close \(Int(frame.payload[0]) << 8 | Int(frame.payload[1]))"
  }
}
