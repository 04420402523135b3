// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Confetti",
  products: [
    .executable(name: "confetti", targets: ["confetti"]),
    .library(name: "ConfettiCore", targets: ["ConfettiCore"]),
    .library(name: "ConfettiCLI", targets: ["ConfettiCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // Test-only: cross-checks Confetti's own small YAML reader against a full YAML parser.
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // libedit, through pkg-config, with a header of small inline shims for its
    // variadic functions and for the C stdio globals Swift 6 cannot reach.
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // Language understanding, catalogue, dialogue and planning. No Foundation.
    .target(
      name: "ConfettiCore",
      exclude: ["README.md"]
    ),
    // Command line: arguments, REPL, pipe mode, rendering.
    .target(
      name: "ConfettiCLI",
      dependencies: [
        "ConfettiCore",
        "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The thin executable.
    .executableTarget(
      name: "confetti",
      dependencies: ["ConfettiCLI"]
    ),
    // Build-time generator: compiles Catalogue/ and Intents/ into Swift sources.
    .executableTarget(
      name: "confetti-generate",
      dependencies: ["ConfettiCore"]
    ),
    .testTarget(
      name: "ConfettiCoreTests",
      dependencies: ["ConfettiCore", .product(name: "Yams", package: "Yams")]
    ),
    .testTarget(
      name: "ConfettiCLITests",
      dependencies: ["ConfettiCLI"]
    ),
    // Drive the built `confetti` binary: pipe mode, --json, subcommands, bad input.
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["confetti", "confetti-generate"]
    ),
    // Drive the real REPL through a pseudo-terminal.
    .testTarget(
      name: "REPLTests",
      dependencies: ["confetti", "ConfettiCLI", "ConfettiCore"]
    ),
  ]
)
