/// Compact JSON written straight into a byte buffer, value by value: the one JSON writer
/// (``JSONValue`` serialises through it, and the `--json` records stream through it without
/// building a tree). It places the commas; the caller opens and closes objects and arrays in
/// order and names each object field with ``key(_:)`` before its value.
///
/// ```swift
/// var out: [UInt8] = []
/// JSONWriter.write(into: &out) { w in
///   w.beginObject()
///   w.key("a"); w.int(1)
///   w.key("b"); w.beginArray(); w.string("x\n"); w.null(); w.endArray()
///   w.endObject()
/// }
/// // out holds {"a":1,"b":["x\n",null]}
/// ```
public struct JSONWriter {
  /// The text written so far, as UTF-8 bytes.
  public var bytes: [UInt8]
  /// True when the next value or key needs a comma before it.
  private var needsComma = false

  public init(bytes: [UInt8] = []) {
    self.bytes = bytes
  }

  /// Writes into `out` (appending to what it holds) without copying it.
  public static func write(into out: inout [UInt8], _ body: (inout JSONWriter) -> Void) {
    var w = JSONWriter()
    swap(&w.bytes, &out)
    body(&w)
    swap(&w.bytes, &out)
  }

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  public mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  public mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  public mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
  }

  public mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// An object field's name; its value comes next.
  public mutating func key(_ name: String) {
    separate()
    appendQuoted(name)
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  /// An object field with a string value: ``key(_:)`` then ``string(_:)``.
  public mutating func field(_ name: String, _ value: String) {
    key(name)
    string(value)
  }

  public mutating func field(_ name: String, _ value: Int) {
    key(name)
    int(value)
  }

  public mutating func field(_ name: String, _ value: Double) {
    key(name)
    double(value)
  }

  public mutating func field(_ name: String, _ value: Bool) {
    key(name)
    bool(value)
  }

  public mutating func null() {
    separate()
    bytes.append(contentsOf: "null".utf8)
    needsComma = true
  }

  public mutating func bool(_ b: Bool) {
    separate()
    bytes.append(contentsOf: (b ? "true" : "false").utf8)
    needsComma = true
  }

  public mutating func int(_ i: Int) {
    separate()
    JSONWriter.appendInt(i, to: &bytes)
    needsComma = true
  }

  /// Whole numbers below 1e15 as integers; others rounded to 3 decimals (see ``appendNumber(_:to:)``).
  public mutating func double(_ d: Double) {
    separate()
    JSONWriter.appendNumber(d, to: &bytes)
    needsComma = true
  }

  public mutating func string(_ s: String) {
    separate()
    appendQuoted(s)
    needsComma = true
  }

  /// One string made of `parts` with `separator` between them (a reply's lines), escaped
  /// as it is written, without joining them first.
  public mutating func string(joining parts: some Sequence<String>, separator: String) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    var first = true
    for part in parts {
      if !first { JSONWriter.appendEscaped(separator, to: &bytes) }
      first = false
      JSONWriter.appendEscaped(part, to: &bytes)
    }
    bytes.append(UInt8(ascii: "\""))
    needsComma = true
  }

  /// JSON text already written: one whole value, or (inside an object) a run of fields
  /// `"k":v,…` without braces, such as an idea's cached fixed fields.
  public mutating func raw(_ text: [UInt8]) {
    separate()
    bytes.append(contentsOf: text)
    needsComma = true
  }

  private mutating func appendQuoted(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    JSONWriter.appendEscaped(s, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Decimal digits straight into the buffer (no intermediate String).
  static func appendInt(_ value: Int, to out: inout [UInt8]) {
    if value < 0 {
      guard value != .min else {
        out.append(contentsOf: String(value).utf8)
        return
      }
      out.append(UInt8(ascii: "-"))
    }
    var v = value.magnitude
    if v < 10 {
      out.append(UInt8(ascii: "0") &+ UInt8(v))
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
    withUnsafeMutableBytes(of: &digits) { raw in
      var i = raw.count
      while v > 0 {
        i -= 1
        raw[i] = UInt8(ascii: "0") &+ UInt8(v % 10)
        v /= 10
      }
      out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[i...]))
    }
  }

  /// Whole numbers below 1e15 as integers; others rounded to 3 decimals, written as Swift's
  /// shortest form would write them ("2.5", "0.125", "-3.0" for a tiny fraction that rounds away).
  static func appendNumber(_ d: Double, to out: inout [UInt8]) {
    guard d.isFinite else {
      out.append(contentsOf: "null".utf8)
      return
    }
    if d == d.rounded() && abs(d) < 1e15 {
      appendInt(Int(d), to: &out)
      return
    }
    let scaled = (d * 1000).rounded() / 1000
    // Below 2^53 / 1000 the thousandths are exact integers and their digits are the shortest form.
    guard abs(scaled) < 1e12 else {
      out.append(contentsOf: String(scaled).utf8)
      return
    }
    let thousandths = Int((scaled * 1000).rounded())
    if scaled.sign == .minus { out.append(UInt8(ascii: "-")) }
    let magnitude = thousandths.magnitude
    appendInt(Int(magnitude / 1000), to: &out)
    out.append(UInt8(ascii: "."))
    var fraction = Int(magnitude % 1000)
    if fraction == 0 {
      out.append(UInt8(ascii: "0"))
      return
    }
    var digits = 3
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    var divisor = digits == 3 ? 100 : digits == 2 ? 10 : 1
    while divisor > 0 {
      out.append(UInt8(ascii: "0") &+ UInt8(fraction / divisor % 10))
      divisor /= 10
    }
  }

  static let hexDigits = Array("0123456789abcdef".utf8)

  /// 1 for the bytes `appendEscaped` looks at: controls, quote, backslash, DEL, and the lead
  /// bytes of C1 controls (0xC2) and of U+2028/U+2029 (0xE2).
  static let special: [UInt8] = (0..<256).map { b in
    b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 || b == 0xE2 ? 1 : 0
  }

  /// True when one of the eight bytes of `word` is one ``special`` marks: below 0x20, a quote,
  /// a backslash, DEL, 0xC2 or 0xE2; false means all eight are copied as they are. Each test is
  /// exact for "any byte": `(v - 0x01…) & ~v & 0x80…` is nonzero when a byte of `v` is zero.
  @inline(__always)
  static func hasSpecial(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
    let below = (word &- ones &* 0x20) & ~word & highs
    let quote = hasZero(word ^ (ones &* 0x22))
    let backslash = hasZero(word ^ (ones &* 0x5C))
    let delete = hasZero(word ^ (ones &* 0x7F))
    let c2 = hasZero(word ^ (ones &* 0xC2))
    let e2 = hasZero(word ^ (ones &* 0xE2))
    return below | quote | backslash | delete | c2 | e2 != 0
  }

  /// A string's text inside quotes, escaped by bytes: quotes, backslashes, C0 and C1 controls,
  /// DEL, U+2028 and U+2029; other text is copied as is.
  static func appendEscaped(_ s: String, to out: inout [UInt8]) {
    var copy = s
    copy.withUTF8 { bytes in
      var i = 0
      let n = bytes.count
      func escapeU(_ value: UInt32) {
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) {
          out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
        }
      }
      var runStart = 0
      // Bytes that need no escape are copied in runs.
      func flush(_ end: Int) {
        if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
      }
      let special = JSONWriter.special
      let raw = UnsafeRawBufferPointer(bytes)
      while i < n {
        // Eight bytes at a time while none is special; then byte by byte up to the one that is.
        if i + 8 <= n && !JSONWriter.hasSpecial(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
          i += 8
          continue
        }
        let stop = min(i + 8, n)
        while i < stop && special[Int(bytes[i])] == 0 { i += 1 }
        guard i < stop else { continue }
        let b = bytes[i]
        // The lead bytes of "·" or "—" are special only in front of a C1 control or U+2028/9.
        if b == 0xC2 && !(i + 1 < n && (0x80...0x9F).contains(bytes[i + 1])) {
          i += 1
          continue
        }
        if b == 0xE2 && !(i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9))
        {
          i += 1
          continue
        }
        flush(i)
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
          out.append(UInt8(ascii: "\\"))
          out.append(b)
        case 0x0A:
          out.append(UInt8(ascii: "\\"))
          out.append(UInt8(ascii: "n"))
        case 0x0D:
          out.append(UInt8(ascii: "\\"))
          out.append(UInt8(ascii: "r"))
        case 0x09:
          out.append(UInt8(ascii: "\\"))
          out.append(UInt8(ascii: "t"))
        case 0xC2:
          escapeU(UInt32(bytes[i + 1]))
          i += 1
        case 0xE2:
          escapeU(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)
          i += 2
        default: escapeU(UInt32(b))
        }
        i += 1
        runStart = i
      }
      flush(n)
    }
  }
}
