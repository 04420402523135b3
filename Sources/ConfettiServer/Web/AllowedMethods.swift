import HTTPTypes
import Hummingbird

/// A request for one of the server's paths with a method that path does not take gets
/// 405 Method Not Allowed with an `Allow` header, not the router's 404. A path that answers GET
/// also answers HEAD (the router makes the HEAD answer from the GET one, without the body).
struct AllowedMethods<Context: RequestContext>: RouterMiddleware {
  /// The methods of each path, as registered on the router.
  let methods: [String: [HTTPRequest.Method]]

  /// "GET, HEAD" for a GET path; nil for a path the server does not have.
  func allow(_ path: String) -> String? {
    guard var list = methods[path] else { return nil }
    if list.contains(.get) && !list.contains(.head) { list.append(.head) }
    return list.map(\.rawValue).joined(separator: ", ")
  }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
    async throws -> Response
  {
    do {
      return try await next(request, context)
    } catch let error as HTTPError where error.status == .notFound {
      guard let allow = allow(request.uri.path) else { throw error }
      var response = WebAsset.text(
        "\(request.uri.path) takes \(allow) only.", status: .methodNotAllowed)
      response.headers[.allow] = allow
      return response
    }
  }
}
