// libFuzzer entry point: the whole pipe-mode path of `confetti --json`, from
// raw bytes to one JSON record per line, with its invariants checked.
//
// Built with `-sanitize=fuzzer,address -parse-as-library` (libFuzzer supplies
// `main`); see ../../README.md. Any broken invariant is a `fatalError`, which
// libFuzzer reports as a crash and saves as crash-<sha1>.

import ConfettiSession
import ConfettiCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fixed "today", so a crash replays the same way on any day.
let fuzzToday = CivilDate(year: 2026, month: 11, day: 23)

/// Line limit for the fuzzer's LineReader. Pipe mode uses 1 MiB; a small limit
/// makes the too-long path reachable with `-max_len=4096`.
let lineLimit = 1000

/// Read size: small and odd, so lines (and UTF-8 sequences) span reads.
let readChunk = 61

/// One fresh session, copied for every input (building the matcher's lexicon
/// once keeps the fuzzer fast; a copy starts with empty constraints).
nonisolated(unsafe) let pristine: Session = {
  var s = Session(catalogue: .builtin, today: fuzzToday, json: true, style: TerminalStyle(useColor: false))
  s.writesFiles = false  // a fuzzer must not create files named by its input
  return s
}()

func fail(_ what: String, _ detail: @autoclosure () -> String = "") -> Never {
  fatalError("confetti-fuzz invariant: \(what)\(detail().isEmpty ? "" : ": " + detail())")
}

/// The lines pipe mode must see in `bytes`, worked out independently of LineReader.
func expectedLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [LineReader.Line] {
  var out: [LineReader.Line] = []
  var start = 0
  func add(_ end: Int) {
    let count = end - start
    if count > lineLimit {
      out.append(.tooLong(count))
    } else {
      var line = Array(bytes[start..<end])
      if line.last == 0x0D { line.removeLast() }
      out.append(.bytes(line))
    }
  }
  for i in 0..<bytes.count where bytes[i] == 0x0A {
    add(i)
    start = i + 1
  }
  if start < bytes.count { add(bytes.count) }
  return out
}

/// libFuzzer's driver, for when the linker's `main` is ours (see below).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

/// SwiftPM links an executable target with `main` defined as `<module>_main`
/// (`--defsym main=confetti_fuzz_main`), which would leave libFuzzer's own
/// `main` unused; so this is that entry point, and it runs libFuzzer's driver
/// with the same arguments. (Without the defsym, libFuzzer's `main` runs and
/// this function is simply never called.)
@_cdecl("confetti_fuzz_main")
public func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv, fuzz)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  var fds: [Int32] = [-1, -1]
  guard pipe(&fds) == 0 else { fail("pipe() failed", String(errno)) }
  defer { close(fds[0]) }
  // Grow the pipe so the whole input fits before anyone reads (F_SETPIPE_SZ,
  // F_GETPIPE_SZ); a larger input is cut to what fits, and checked as such.
  _ = fcntl(fds[1], 1031, Int32(1 << 20))
  let capacity = Int(fcntl(fds[1], 1032))
  let n = min(size, capacity > 0 ? capacity : 65536)
  var written = 0
  while written < n {
    let w = write(fds[1], data + written, n - written)
    if w < 0 && errno == EINTR { continue }
    guard w > 0 else { fail("write to pipe failed", String(errno)) }
    written += w
  }
  close(fds[1])
  let expected = expectedLines(UnsafeBufferPointer(start: data, count: n))

  var reader = LineReader(fd: fds[0], limit: lineLimit, chunk: readChunk)
  var session = pristine
  var count = 0
  while let line = try! reader.next() {
    guard count < expected.count else {
      fail("more lines than newlines allow", "\(count + 1) > \(expected.count)")
    }
    guard line == expected[count] else {
      fail("line \(count + 1) read as \(line), expected \(expected[count])")
    }
    count += 1
    let text = session.answer(line).text
    check(record: text, for: line, number: count)
  }
  guard count == expected.count else { fail("fewer lines than expected", "\(count) < \(expected.count)") }
  return 0
}

/// One answer must be one line of one valid JSON object, with the keys the
/// `--json` schema promises, and echo the line it answers.
func check(record text: String, for line: LineReader.Line, number: Int) {
  let bytes = Array(text.utf8)
  for (i, b) in bytes.enumerated() {
    if b == 0x0A || b == 0x0D { fail("record \(number) is not one line", "byte \(i) is \(b): \(text)") }
    // U+2028 / U+2029 end lines for some readers; the renderer escapes them.
    if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
      fail("record \(number) has a raw U+2028/U+2029", text)
    }
  }
  var parser = JSONParser(bytes)
  let value: JSONParser.Value
  do {
    value = try parser.parseDocument()
  } catch {
    fail("record \(number) is not valid JSON (\(error))", text)
  }
  guard case .object(let fields) = value else { fail("record \(number) is not a JSON object", text) }
  let keys = fields.map(\.0)
  guard keys.first == "input", case .string(let input)? = fields.first?.1 else {
    fail("record \(number) does not start with a string \"input\"", text)
  }
  switch line {
  case .tooLong:
    guard case .object(let error)? = fields.first(where: { $0.0 == "error" })?.1,
      case .string("line_too_long")? = error.first(where: { $0.0 == "code" })?.1
    else { fail("record \(number): a too-long line without error code line_too_long", text) }
  case .bytes(let raw):
    switch InputProblem.decode(raw) {
    case .success(let decoded):
      guard input == decoded else {
        fail("record \(number): input \(input.debugDescription) != line \(decoded.debugDescription)")
      }
      guard keys.contains("reply"), keys.contains("context"), keys.contains("intent"), !keys.contains("error")
      else {
        fail("record \(number): an answer without reply/context/intent", text)
      }
    case .failure(let problem):
      guard case .object(let error)? = fields.first(where: { $0.0 == "error" })?.1,
        case .string(problem.code.rawValue)? = error.first(where: { $0.0 == "code" })?.1,
        case .string? = error.first(where: { $0.0 == "message" })?.1
      else { fail("record \(number): a bad line without error code \(problem.code.rawValue)", text) }
    }
  }
}

/// A strict RFC 8259 parser: no trailing commas, no leading zeros, no raw
/// control characters in strings, no lone surrogates, no duplicate keys, one
/// value and nothing after it.
struct JSONParser {
  enum Value: Equatable {
    case null, bool(Bool), number, string(String), array([Value]), object([(String, Value)])

    static func == (a: Value, b: Value) -> Bool {
      switch (a, b) {
      case (.null, .null), (.number, .number): return true
      case (.bool(let x), .bool(let y)): return x == y
      case (.string(let x), .string(let y)): return x == y
      case (.array(let x), .array(let y)): return x == y
      case (.object(let x), .object(let y)): return x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
      default: return false
      }
    }
  }

  struct Failure: Error, CustomStringConvertible {
    var offset: Int
    var reason: String
    var description: String { "\(reason) at byte \(offset)" }
  }

  let b: [UInt8]
  var i = 0

  init(_ bytes: [UInt8]) { b = bytes }

  mutating func parseDocument() throws(Failure) -> Value {
    skipSpace()
    let v = try value(depth: 0)
    skipSpace()
    guard i == b.count else { throw Failure(offset: i, reason: "text after the value") }
    return v
  }

  mutating func skipSpace() {
    while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
  }

  func peek() -> UInt8? { i < b.count ? b[i] : nil }

  mutating func expect(_ c: UInt8) throws(Failure) {
    guard peek() == c else { throw Failure(offset: i, reason: "expected '\(Character(Unicode.Scalar(c)))'") }
    i += 1
  }

  mutating func value(depth: Int) throws(Failure) -> Value {
    guard depth < 100 else { throw Failure(offset: i, reason: "nested too deep") }
    switch peek() ?? 0 {
    case UInt8(ascii: "{"):
      i += 1
      var fields: [(String, Value)] = []
      var seen = Set<String>()
      skipSpace()
      if peek() == UInt8(ascii: "}") {
        i += 1
        return .object(fields)
      }
      while true {
        skipSpace()
        let keyAt = i
        let key = try string()
        guard seen.insert(key).inserted else {
          throw Failure(offset: keyAt, reason: "duplicate key \"\(key)\"")
        }
        skipSpace()
        try expect(UInt8(ascii: ":"))
        skipSpace()
        fields.append((key, try value(depth: depth + 1)))
        skipSpace()
        if peek() == UInt8(ascii: ",") {
          i += 1
          continue
        }
        try expect(UInt8(ascii: "}"))
        return .object(fields)
      }
    case UInt8(ascii: "["):
      i += 1
      var items: [Value] = []
      skipSpace()
      if peek() == UInt8(ascii: "]") {
        i += 1
        return .array(items)
      }
      while true {
        skipSpace()
        items.append(try value(depth: depth + 1))
        skipSpace()
        if peek() == UInt8(ascii: ",") {
          i += 1
          continue
        }
        try expect(UInt8(ascii: "]"))
        return .array(items)
      }
    case UInt8(ascii: "\""):
      return .string(try string())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      try number()
      return .number
    default:
      throw Failure(offset: i, reason: "no value")
    }
  }

  mutating func literal(_ word: String) throws(Failure) {
    for c in word.utf8 { try expect(c) }
  }

  mutating func digits() throws(Failure) {
    guard let c = peek(), c >= 0x30 && c <= 0x39 else { throw Failure(offset: i, reason: "expected a digit") }
    while let c = peek(), c >= 0x30 && c <= 0x39 { i += 1 }
  }

  mutating func number() throws(Failure) {
    if peek() == UInt8(ascii: "-") { i += 1 }
    if peek() == UInt8(ascii: "0") {
      i += 1
    } else {
      try digits()
    }
    if peek() == UInt8(ascii: ".") {
      i += 1
      try digits()
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      i += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { i += 1 }
      try digits()
    }
  }

  mutating func hex4() throws(Failure) -> UInt32 {
    var v: UInt32 = 0
    for _ in 0..<4 {
      guard let c = peek() else { throw Failure(offset: i, reason: "short \\u escape") }
      let d: UInt32
      switch c {
      case 0x30...0x39: d = UInt32(c - 0x30)
      case 0x41...0x46: d = UInt32(c - 0x41 + 10)
      case 0x61...0x66: d = UInt32(c - 0x61 + 10)
      default: throw Failure(offset: i, reason: "bad hex digit in \\u escape")
      }
      v = v << 4 | d
      i += 1
    }
    return v
  }

  mutating func string() throws(Failure) -> String {
    try expect(UInt8(ascii: "\""))
    var out: [UInt8] = []
    while true {
      guard let c = peek() else { throw Failure(offset: i, reason: "unterminated string") }
      i += 1
      switch c {
      case UInt8(ascii: "\""):
        guard let s = String(validating: out, as: UTF8.self) else {
          throw Failure(offset: i, reason: "string is not valid UTF-8")
        }
        return s
      case UInt8(ascii: "\\"):
        guard let e = peek() else { throw Failure(offset: i, reason: "unterminated escape") }
        i += 1
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var scalar = try hex4()
          if (0xD800...0xDBFF).contains(scalar) {
            guard peek() == UInt8(ascii: "\\") else {
              throw Failure(offset: i, reason: "lone high surrogate")
            }
            i += 1
            try expect(UInt8(ascii: "u"))
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else {
              throw Failure(offset: i, reason: "bad low surrogate")
            }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          } else if (0xDC00...0xDFFF).contains(scalar) {
            throw Failure(offset: i, reason: "lone low surrogate")
          }
          out.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        default:
          throw Failure(offset: i - 1, reason: "bad escape")
        }
      case 0x00..<0x20:
        throw Failure(offset: i - 1, reason: "raw control character \(c) in a string")
      default:
        out.append(c)
      }
    }
  }
}
