import ConfettiSession
import Foundation
import Testing

@Suite struct LineReaderTests {
  /// Reads every line of `bytes` through a pipe.
  func lines(_ bytes: [UInt8], limit: Int = 16, chunk: Int = 4) throws -> [LineReader.Line] {
    let pipe = Pipe()
    let writer = pipe.fileHandleForWriting
    let data = Data(bytes)
    let thread = Thread {
      try? writer.write(contentsOf: data)
      try? writer.close()
    }
    thread.start()
    var reader = LineReader(fd: pipe.fileHandleForReading.fileDescriptor, limit: limit, chunk: chunk)
    var out: [LineReader.Line] = []
    while let l = try reader.next() { out.append(l) }
    return out
  }

  @Test func splitsLinesAcrossChunksAndStripsCR() throws {
    let out = try lines(Array("hello world\r\nsecond\n\nlast".utf8))
    #expect(
      out == [
        .bytes(Array("hello world".utf8)), .bytes(Array("second".utf8)), .bytes([]),
        .bytes(Array("last".utf8)),
      ])
  }

  @Test func tooLongLinesAreCountedNotKept() throws {
    let long = [UInt8](repeating: 0x61, count: 40)
    let out = try lines(long + [0x0A] + Array("ok\n".utf8) + long)
    #expect(out == [.tooLong(40), .bytes(Array("ok".utf8)), .tooLong(40)])
  }

  @Test func exactlyAtTheLimitIsKept() throws {
    let line = [UInt8](repeating: 0x62, count: 16)
    #expect(try lines(line + [0x0A]) == [.bytes(line)])
  }

  @Test func emptyInputHasNoLines() throws {
    #expect(try lines([]).isEmpty)
  }
}
