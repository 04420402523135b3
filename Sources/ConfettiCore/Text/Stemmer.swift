/// A light English suffix stripper for search terms: plurals, "-ing" and "-ed", so
/// "games", "gaming" and "gamed" meet, and "parties" meets "party".
///
/// Lighter than Porter's on purpose: it only folds inflections, never derivations,
/// so "music" and "musical" stay apart.
///
/// ```swift
/// Stemmer.stem("parties")   // "party"
/// Stemmer.stem("grilling")  // "grill"
/// Stemmer.stem("costumes")  // "costume"
/// ```
public enum Stemmer {
  public static func stem(_ word: String) -> String {
    guard word.utf8.count > 3 else { return word }
    var w = Array(word.utf8)
    let length = w.count
    // Compares in place: no array is built for a suffix (this runs for every word indexed or asked).
    func ends(_ suffix: StaticString) -> Bool {
      let n = suffix.utf8CodeUnitCount
      guard w.count > n + 1 else { return false }
      return suffix.withUTF8Buffer { s in
        for i in 0..<n where w[w.count - n + i] != s[i] { return false }
        return true
      }
    }
    if ends("ies") {
      w.removeLast(3)
      w.append(UInt8(ascii: "y"))
    } else if ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zzes") {
      w.removeLast(2)
    } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
      w.removeLast()
    }
    if w.count > 5 && ends("ing") {
      w.removeLast(3)
      undouble(&w)
    } else if w.count > 4 && ends("ed") && !ends("eed") {
      w.removeLast(2)
      undouble(&w)
    }
    return w.count == length ? word : String(decoding: w, as: UTF8.self)
  }

  /// "runn" → "run", "grill" stays (l and s and z doubles are kept).
  private static func undouble(_ w: inout [UInt8]) {
    guard w.count >= 3, w[w.count - 1] == w[w.count - 2] else { return }
    let c = w[w.count - 1]
    let vowels = Array("aeiou".utf8)
    if !vowels.contains(c) && c != UInt8(ascii: "l") && c != UInt8(ascii: "s") && c != UInt8(ascii: "z") {
      w.removeLast()
    }
  }
}
