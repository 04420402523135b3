#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Reads lines from standard input and answers each with one JSON object on
// one line, written (and so flushed) with one write(2) per answer: the same
// I/O pattern as `confetti --json` in pipe mode, without understanding.
while let line = readLine(strippingNewline: true) {
  var out = "{\"input\":\"" + line + "\",\"reply\":\"ok\"}\n"
  out.withUTF8 { bytes in
    var offset = 0
    while offset < bytes.count {
      let n = write(1, bytes.baseAddress! + offset, bytes.count - offset)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { exit(1) }
      offset += n
    }
  }
}
