#if canImport(Glibc)
  import Glibc
#endif

/// Writes whole answers to a file descriptor, unbuffered, so each answer is out
/// (flushed) before the next line is read.
///
/// A write either completes or fails: interrupted writes are resumed, so a
/// signal never leaves half a JSON record. When the reader has gone away
/// (EPIPE; SIGPIPE is ignored) it throws ``Closed``.
public struct OutputChannel: Sendable {
  public struct Closed: Error {}

  public let fd: Int32

  public init(fd: Int32) { self.fd = fd }

  public static let standardOutput = OutputChannel(fd: 1)
  public static let standardError = OutputChannel(fd: 2)

  public func write(_ text: String) throws(Closed) {
    var copy = text
    let ok = copy.withUTF8 { writeAll($0) }
    if !ok { throw Closed() }
  }

  public func write(_ bytes: [UInt8]) throws(Closed) {
    let ok = bytes.withUnsafeBufferPointer { writeAll($0) }
    if !ok { throw Closed() }
  }

  /// Writes every byte, resuming after interruptions; false when the reader has gone.
  private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
      if n < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return false
      }
      offset += n
    }
    return true
  }

  /// Writes, ignoring failure (for diagnostics on standard error).
  public func writeQuietly(_ text: String) {
    try? write(text)
  }
}
