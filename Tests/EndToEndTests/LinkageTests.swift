import Foundation
import Testing

/// Each program carries only its own libraries: the server links no libedit (the REPL's), and the
/// plain command line carries no networking code (SwiftNIO, Hummingbird). Checked on the built
/// binaries: `ldd` for shared libraries, the binary's bytes for the Swift modules linked into it.
@Suite struct LinkageTests {
  static func ldd(_ program: String) throws -> String {
    let r = try ConfettiProcess.run(
      [ConfettiProcess.productsDirectory.appendingPathComponent(program).path], input: Data(),
      executable: URL(fileURLWithPath: "/usr/bin/ldd"))
    #expect(r.status == 0, "ldd \(program): \(r.errorText)")
    return r.text
  }

  static func bytes(_ program: String) throws -> Data {
    try Data(contentsOf: ConfettiProcess.productsDirectory.appendingPathComponent(program))
  }

  /// Module names as they appear in Swift's mangled symbol and metadata names ("7NIOCore").
  static func mentions(_ binary: Data, module: String) -> Bool {
    binary.range(of: Data("\(module.count)\(module)".utf8)) != nil
  }

  @Test func theServerLinksNoLibedit() throws {
    let server = try Self.ldd("confetti-server")
    #expect(!server.contains("libedit"), "confetti-server links libedit:\n\(server)")
    // The check can fail: the command line does link it.
    #expect(try Self.ldd("confetti").contains("libedit"))
  }

  @Test func theCommandLineCarriesNoNetworking() throws {
    let cli = try Self.bytes("confetti")
    let server = try Self.bytes("confetti-server")
    for module in ["NIOCore", "NIOPosix", "Hummingbird", "HummingbirdWebSocket"] {
      #expect(!Self.mentions(cli, module: module), "confetti carries \(module)")
    }
    // The check can fail: the server does carry NIO.
    #expect(Self.mentions(server, module: "NIOPosix"))
  }
}
