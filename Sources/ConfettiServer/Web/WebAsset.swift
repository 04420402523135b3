import HTTPTypes
import Hummingbird
import NIOCore

/// The page's three files, compiled into the program (no CDN, no build step), and the server's
/// other small responses.
enum WebAsset {
  case page
  case script
  case style

  var contentType: String {
    switch self {
    case .page: return "text/html; charset=utf-8"
    case .script: return "text/javascript; charset=utf-8"
    case .style: return "text/css; charset=utf-8"
    }
  }

  var body: String {
    switch self {
    case .page: return WebPage.html
    case .script: return WebScript.source
    case .style: return WebStyle.source
    }
  }

  var response: Response {
    Response(
      status: .ok, headers: [.contentType: contentType, .cacheControl: "no-cache"],
      body: .init(byteBuffer: ByteBuffer(string: body)))
  }

  static func text(_ text: String, status: HTTPResponse.Status) -> Response {
    Response(
      status: status, headers: [.contentType: "text/plain; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
  }

  static func json(_ record: [UInt8]) -> Response {
    Response(
      status: .ok, headers: [.contentType: "application/json"],
      body: .init(byteBuffer: ByteBuffer(bytes: record)))
  }
}
