// swift-tools-version:6.0
// A libFuzzer target over Confetti's whole pipe-mode path: raw bytes -> lines
// (LineReader over a pipe) -> Session.answer -> one JSON record per line.
// Build and run: `make fuzz` (see README.md). Not part of `make test`.
import PackageDescription

let package = Package(
  name: "ConfettiFuzz",
  dependencies: [
    // The main package, by path; named so the products below do not depend on
    // the checkout's directory name (a path dependency's identity).
    .package(name: "Confetti", path: "..")
  ],
  targets: [
    .executableTarget(
      name: "confetti-fuzz",
      dependencies: [
        .product(name: "ConfettiCore", package: "Confetti"),
        .product(name: "ConfettiSession", package: "Confetti"),
      ]
    )
  ]
)
