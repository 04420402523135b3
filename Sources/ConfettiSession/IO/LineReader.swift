#if canImport(Glibc)
  import Glibc
#endif

/// Reads lines of bytes from a file descriptor with bounded memory.
///
/// A line longer than `limit` bytes is not kept: its bytes are counted and
/// dropped until its newline, and it comes back as ``Line/tooLong(_:)``. A
/// trailing `\r` (CRLF input) is removed. A last line without a newline is
/// still returned.
///
/// ```swift
/// var reader = LineReader(fd: 0)
/// while let line = try reader.next() { … }
/// ```
public struct LineReader {
  public enum Line: Equatable {
    case bytes([UInt8])
    /// A line over the limit, with its length in bytes.
    case tooLong(Int)
  }

  /// Thrown when a read is interrupted by a signal that asks us to stop.
  public struct Interrupted: Error {}

  let fd: Int32
  let limit: Int
  private var buffer: [UInt8]
  private var start = 0
  private var end = 0
  private var eof = false
  /// Bytes of a line being discarded because it is too long.
  private var discarding: Int?
  /// Called after an interrupted read; returns true to stop reading.
  let shouldStop: () -> Bool

  public init(
    fd: Int32, limit: Int = 1 << 20, chunk: Int = 1 << 16, shouldStop: @escaping () -> Bool = { false }
  ) {
    self.fd = fd
    self.limit = limit
    self.buffer = [UInt8](repeating: 0, count: max(chunk, 16))
    self.shouldStop = shouldStop
  }

  private var current: [UInt8] = []

  public mutating func next() throws -> Line? {
    while true {
      // Look for a newline in what is buffered.
      if start < end {
        let newline: Int? = buffer.withUnsafeBytes { raw in
          memchr(raw.baseAddress! + start, 0x0A, end - start).map { UnsafeRawPointer($0) - raw.baseAddress! }
        }
        let stop = newline ?? end
        let count = stop - start
        if let d = discarding {
          discarding = d + count
        } else if current.count + count > limit {
          discarding = current.count + count
          current = []
        } else {
          current.append(contentsOf: buffer[start..<stop])
        }
        start = stop
        if newline != nil {
          start += 1
          return finishLine()
        }
      }
      if eof {
        if discarding != nil || !current.isEmpty { return finishLine() }
        return nil
      }
      start = 0
      end = 0
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR {
          if shouldStop() { throw Interrupted() }
          continue
        }
        eof = true
      } else if n == 0 {
        eof = true
      } else {
        end = n
      }
    }
  }

  private mutating func finishLine() -> Line {
    if let d = discarding {
      discarding = nil
      current = []
      return .tooLong(d)
    }
    var line = current
    current = []
    if line.last == 0x0D { line.removeLast() }
    return .bytes(line)
  }
}
