#if canImport(Glibc)
  import Glibc
#endif

// A bounded load client for `confetti serve` (loopback only):
//   line-load PORT CORPUS CONNECTIONS WINDOW COUNT SECONDS
// opens CONNECTIONS connections to 127.0.0.1:PORT, keeps up to WINDOW questions in flight on
// each (pipelined), cycles through CORPUS's lines until COUNT answers or SECONDS have passed,
// and prints: answers, seconds, answers/s, p50/p99/max latency (ms, send to answer), and
// whether any connection ended early. WINDOW 1 on 1 connection measures one question at a time.

func now() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func fail(_ message: String) -> Never {
  let text = "line-load: \(message)\n"
  _ = text.withCString { write(2, $0, strlen($0)) }
  exit(2)
}

let args = CommandLine.arguments
guard args.count == 7, let port = UInt16(args[1]), let connections = Int(args[3]), let window = Int(args[4]),
  let count = Int(args[5]), let seconds = Double(args[6])
else { fail("usage: line-load PORT CORPUS CONNECTIONS WINDOW COUNT SECONDS") }
guard let file = fopen(args[2], "r") else { fail("cannot read \(args[2])") }
var lines: [[UInt8]] = []
var linePointer: UnsafeMutablePointer<CChar>?
var capacity = 0
while getline(&linePointer, &capacity, file) > 0 {
  var bytes = Array(UnsafeBufferPointer(start: linePointer, count: strlen(linePointer!)).map { UInt8(bitPattern: $0) })
  if bytes.last != 0x0A { bytes.append(0x0A) }
  lines.append(bytes)
}
guard !lines.isEmpty else { fail("empty corpus") }

struct Connection {
  var fd: Int32
  var next: Int  // corpus index of the next line to send
  var sentTimes: [Double] = []  // send times of answers still to come (FIFO)
  var head = 0
  var outstanding: Int { sentTimes.count - head }
  var pendingOut: [UInt8] = []
}

var conns: [Connection] = []
for i in 0..<connections {
  let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
  var address = sockaddr_in()
  address.sin_family = sa_family_t(AF_INET)
  address.sin_port = port.bigEndian
  address.sin_addr.s_addr = inet_addr("127.0.0.1")
  let rc = withUnsafePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
  }
  if rc != 0 { fail("connect: \(String(cString: strerror(errno)))") }
  var one: Int32 = 1
  setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
  _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
  conns.append(Connection(fd: fd, next: (i * 7919) % lines.count))
}

var latencies: [Double] = []
latencies.reserveCapacity(min(count, 5_000_000))
var sent = 0
var answered = 0
var ended = 0
let start = now()
let deadline = start + seconds
var buffer = [UInt8](repeating: 0, count: 1 << 17)
var fds = conns.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }

while answered < count && now() < deadline && ended < connections {
  // Top up every window.
  for i in conns.indices where conns[i].fd >= 0 {
    let t = now()
    while conns[i].outstanding < window && sent < count {
      conns[i].pendingOut += lines[conns[i].next]
      conns[i].next = (conns[i].next + 1) % lines.count
      conns[i].sentTimes.append(t)
      sent += 1
    }
    if !conns[i].pendingOut.isEmpty {
      let n = conns[i].pendingOut.withUnsafeBytes { send(conns[i].fd, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
      if n > 0 { conns[i].pendingOut.removeFirst(n) }
    }
    fds[i].events = Int16(POLLIN) | (conns[i].pendingOut.isEmpty ? 0 : Int16(POLLOUT))
  }
  let ready = poll(&fds, nfds_t(fds.count), 100)
  if ready <= 0 { continue }
  for i in conns.indices where conns[i].fd >= 0 && fds[i].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
    let n = recv(conns[i].fd, &buffer, buffer.count, 0)
    if n <= 0 {
      if n < 0 && (errno == EAGAIN || errno == EINTR) { continue }
      close(conns[i].fd)
      conns[i].fd = -1
      fds[i].fd = -1
      ended += 1
      continue
    }
    let t = now()
    buffer.withUnsafeBytes { raw in
      var p = raw.baseAddress!
      var left = n
      while left > 0, let hit = memchr(p, 0x0A, left) {
        let consumed = UnsafeRawPointer(hit) - p + 1
        left -= consumed
        p = UnsafeRawPointer(hit) + 1
        let c = conns[i].head
        latencies.append(t - conns[i].sentTimes[c])
        conns[i].head += 1
        answered += 1
      }
    }
    if conns[i].head > 4096 {
      conns[i].sentTimes.removeFirst(conns[i].head)
      conns[i].head = 0
    }
  }
}
let elapsed = now() - start
latencies.sort()
let sorted = latencies
func percentile(_ p: Double) -> Double {
  sorted.isEmpty ? .nan : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] * 1000
}
let p50 = percentile(0.5)
let p99 = percentile(0.99)
let worst = percentile(1.0)
print(
  "answers \(answered) seconds \(elapsed) answers_per_s \(Double(answered) / elapsed) p50_ms \(p50) "
    + "p99_ms \(p99) max_ms \(worst) ended_early \(ended)")
