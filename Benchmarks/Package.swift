// swift-tools-version:6.1
// In-process benchmarks of Confetti (ordo-one/benchmark): matcher latency
// (p50/p99 per question) and allocations per question. Run with
//   swift package --package-path Benchmarks benchmark
// or, with the start-up, throughput and memory figures, `make bench`.
// Not part of `make test`: the root package does not depend on this one.
import PackageDescription

let package = Package(
  name: "ConfettiBenchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    // The main package, by path; named so the products below do not depend on
    // the checkout's directory name (a path dependency's identity).
    .package(name: "Confetti", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "ConfettiBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "ConfettiCore", package: "Confetti"),
        .product(name: "ConfettiSession", package: "Confetti"),
      ],
      path: "Benchmarks/ConfettiBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
