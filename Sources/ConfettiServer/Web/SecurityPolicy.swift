/// The headers every response of the chat server carries: the page may load only its own files
/// (no inline script, no other origin), may not be framed, sends no referrer, and its types are
/// not sniffed. ``SecurityHeaders`` adds them to the router's answers and ``RefusedOriginHandler``
/// to the handshake refusal, which never reaches the router.
enum SecurityPolicy {
  static let fields: [(name: String, value: String)] = [
    ("Content-Security-Policy", "default-src 'self'"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
  ]
}
