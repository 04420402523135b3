import Foundation

/// A blocking socket client for the line protocol, with bounded waits.
///
/// ```swift
/// let c = try LineClient(port: server.port)
/// try c.send("when is CSW 2027?\n")
/// let record = try c.readRecord()
/// ```
final class LineClient {
  let fd: Int32
  private var pending: [UInt8] = []
  private(set) var sawEOF = false

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Connects to 127.0.0.1:`port`; reads wait at most `timeout` seconds.
  init(port: Int, timeout: TimeInterval = 20) throws {
    fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let rc = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard rc == 0 else {
      close(fd)
      throw Failure(description: "connect: \(String(cString: strerror(errno)))")
    }
    setTimeout(timeout)
  }

  /// Connects to a Unix socket at `path`.
  init(unixPath path: String, timeout: TimeInterval = 20) throws {
    fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (i, b) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = b }
    }
    let rc = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard rc == 0 else {
      close(fd)
      throw Failure(description: "connect: \(String(cString: strerror(errno)))")
    }
    setTimeout(timeout)
  }

  deinit { close(fd) }

  func setTimeout(_ seconds: TimeInterval) {
    var tv = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - seconds.rounded(.down)) * 1e6))
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
  }

  func send(_ text: String) throws { try send(Data(text.utf8)) }

  func send(_ data: Data) throws {
    try data.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let n = Foundation.send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
        if n < 0 {
          if errno == EINTR { continue }
          throw Failure(description: "send: \(String(cString: strerror(errno)))")
        }
        offset += n
      }
    }
  }

  /// Sends without blocking; returns how many bytes the kernel took (0 when it is full).
  func sendSome(_ data: [UInt8]) -> Int {
    let n = data.withUnsafeBytes {
      Foundation.send(fd, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
    }
    return max(n, 0)
  }

  /// Ends our side of the conversation (the server answers what it has, then closes).
  func finishSending() { shutdown(fd, Int32(SHUT_WR)) }

  /// The next line (without its newline), or nil at end of stream; throws on timeout.
  func readLine() throws -> String? {
    while true {
      if let nl = pending.firstIndex(of: 0x0A) {
        let line = String(decoding: pending[..<nl], as: UTF8.self)
        pending.removeSubrange(...nl)
        return line
      }
      if sawEOF {
        if pending.isEmpty { return nil }
        throw Failure(description: "partial record at end of stream: \(pending.count) bytes")
      }
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      let n = recv(fd, &chunk, chunk.count, 0)
      if n < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN || errno == EWOULDBLOCK {
          throw Failure(description: "timed out waiting for a line")
        }
        if errno == ECONNRESET {
          sawEOF = true
          continue
        }
        throw Failure(description: "recv: \(String(cString: strerror(errno)))")
      }
      if n == 0 { sawEOF = true } else { pending.append(contentsOf: chunk[0..<n]) }
    }
  }

  /// The next line as a JSON object.
  func readRecord() throws -> [String: Any] {
    guard let line = try readLine() else { throw Failure(description: "connection closed before a record") }
    guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
      throw Failure(description: "not a JSON object: \(line)")
    }
    return object
  }

  /// Every remaining line up to the end of the stream.
  func readAll() throws -> [String] {
    var lines: [String] = []
    while let line = try readLine() { lines.append(line) }
    return lines
  }
}

extension [String: Any] {
  /// `record["error"]["code"]`.
  var errorCode: String? { (self["error"] as? [String: Any])?["code"] as? String }
  var context: [String: Any] { self["context"] as? [String: Any] ?? [:] }
}
