/// The same-origin rule for the chat socket and `POST /ask`: a browser names the page that opened
/// the connection in `Origin`; only a page served from this same host and port may talk to the
/// server. A client that sends no Origin (curl, a script) is no browser page and is allowed.
///
/// ```swift
/// OriginCheck.allows(origin: "http://127.0.0.1:8080", host: "127.0.0.1:8080")  // true
/// OriginCheck.allows(origin: "https://evil.example", host: "127.0.0.1:8080")   // false
/// ```
enum OriginCheck {
  static func allows(origin: String?, host: String?) -> Bool {
    guard let origin else { return true }
    guard let host, !host.isEmpty else { return false }
    let given = origin.lowercased()
    let own = host.lowercased()
    // Behind a reverse proxy with TLS the page is https:// on the host the proxy passes on.
    return given == "http://" + own || given == "https://" + own
  }
}
