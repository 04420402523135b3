// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Confetti",
  products: [
    .executable(name: "confetti", targets: ["confetti"]),
    // `confetti serve` runs this: the server has its own executable, so the plain CLI never loads SwiftNIO.
    .executable(name: "confetti-server", targets: ["confetti-server"]),
    .library(name: "ConfettiCore", targets: ["ConfettiCore"]),
    .library(name: "ConfettiSession", targets: ["ConfettiSession"]),
    .library(name: "ConfettiCLI", targets: ["ConfettiCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // The server (`confetti serve`) only.
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    // `confetti serve --http` only: the chat page and its WebSocket (see the README for why this stack).
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
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
    // Build-time learning: the model builder and trainer behind `confetti-generate`.
    .target(
      name: "ConfettiTraining",
      dependencies: ["ConfettiCore"]
    ),

    // One conversation and its records, shared by the command line and the server: the session,
    // pipe mode, text and JSON rendering, the line reader, export files, the serve options.
    // No libedit and no networking.
    .target(
      name: "ConfettiSession",
      dependencies: [
        "ConfettiCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Measuring the language understanding, the suggestions and whole dialogues (`confetti eval`):
    // reading the annotated files, the reports as text and JSON, the gates.
    .target(
      name: "ConfettiEvaluation",
      dependencies: ["ConfettiCore", "ConfettiSession"]
    ),
    // Command line: arguments, REPL (libedit).
    .target(
      name: "ConfettiCLI",
      dependencies: [
        "ConfettiCore",
        "ConfettiSession",
        "ConfettiEvaluation",
        "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The thin executable.
    .executableTarget(
      name: "confetti",
      dependencies: ["ConfettiCLI"]
    ),
    // The line protocol over TCP or a Unix socket, on SwiftNIO; with --http the chat page on Hummingbird.
    .target(
      name: "ConfettiServer",
      dependencies: [
        "ConfettiCore",
        "ConfettiSession",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdCore", package: "hummingbird"),
        .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
      ]
    ),
    // The thin server executable that `confetti serve` runs.
    .executableTarget(
      name: "confetti-server",
      dependencies: ["ConfettiServer"]
    ),
    // Build-time generator: compiles Catalogue/ and Intents/ into Swift sources.
    .executableTarget(
      name: "confetti-generate",
      dependencies: ["ConfettiCore", "ConfettiTraining"]
    ),
    .testTarget(
      name: "ConfettiCoreTests",
      dependencies: [
        "ConfettiCore", "ConfettiTraining", "ConfettiEvaluation", .product(name: "Yams", package: "Yams"),
      ]
    ),
    .testTarget(
      name: "ConfettiCLITests",
      dependencies: ["ConfettiCLI", "ConfettiSession"]
    ),
    // Drive the built `confetti` binary: pipe mode, --json, subcommands, bad input.
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["confetti", "confetti-server", "confetti-generate"],
      exclude: ["Snapshots"]
    ),
    // Drive the real REPL through a pseudo-terminal.
    .testTarget(
      name: "REPLTests",
      dependencies: ["confetti", "ConfettiCLI", "ConfettiSession", "ConfettiCore"]
    ),
  ]
)
