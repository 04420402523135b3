import HTTPTypes
import Hummingbird

/// Adds ``SecurityPolicy``'s headers to every response of the router, errors included.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
    async throws -> Response
  {
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as HTTPError {
      response = WebAsset.text(error.body ?? "\(error.status.reasonPhrase)", status: error.status)
    }
    for (name, value) in SecurityPolicy.fields {
      if let field = HTTPField.Name(name) { response.headers[field] = value }
    }
    return response
  }
}
