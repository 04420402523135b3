/// 64-bit FNV-1a over bytes: the hash the word tables use (``WordSet``, ``SpellingCorrector``).
/// A few instructions a byte, no seed, so a table is the same in every run.
///
/// ```swift
/// FNV1a.hash("ideas".utf8) == FNV1a.hash(Array("idleas".utf8), skipping: 2)  // true
/// ```
enum FNV1a {
  static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  /// The hash of `bytes`.
  static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var h = basis
    for b in bytes { h = (h ^ UInt64(b)) &* prime }
    return h
  }

  /// The hash of `bytes` without the byte at `skip`.
  static func hash(_ bytes: [UInt8], skipping skip: Int) -> UInt64 {
    var h = basis
    for (i, b) in bytes.enumerated() where i != skip { h = (h ^ UInt64(b)) &* prime }
    return h
  }
}
