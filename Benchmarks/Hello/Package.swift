// swift-tools-version:6.0
// Baselines for `make bench`, built with the same toolchain and flags as `confetti`.
import PackageDescription

let package = Package(
  name: "Hello",
  targets: [
    // Start-up baseline: the smallest Swift program.
    .executableTarget(name: "hello"),
    // Throughput baseline: the line protocol's I/O floor (read a line, write one
    // small JSON object with one write(2), as pipe mode does), no understanding.
    .executableTarget(name: "hello-lines"),
    // Load client for `confetti serve`: pipelined connections, answers/s and latency percentiles.
    .executableTarget(name: "line-load"),
  ]
)
