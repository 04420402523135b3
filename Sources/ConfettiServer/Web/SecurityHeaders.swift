import HTTPTypes
import Hummingbird

/// The headers every response carries: the page may load only its own files (no inline script,
/// no other origin), may not be framed, and its types are not sniffed.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
  static var policy: String { "default-src 'self'" }
  static var frameOptions: HTTPField.Name { HTTPField.Name("X-Frame-Options")! }
  static var referrerPolicy: HTTPField.Name { HTTPField.Name("Referrer-Policy")! }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
    async throws -> Response
  {
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as HTTPError {
      response = WebAsset.text(error.body ?? "\(error.status.reasonPhrase)", status: error.status)
    }
    response.headers[.contentSecurityPolicy] = Self.policy
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[Self.frameOptions] = "DENY"
    response.headers[Self.referrerPolicy] = "no-referrer"
    return response
  }
}
