import ConfettiCore
import Testing

@testable import ConfettiTraining

@Suite struct FeaturizerTests {
  /// The features as their definition reads: each feature's text built, then hashed.
  static func reference(_ units: [String]) -> [Int] {
    var set = Set<Int>()
    func add(_ s: String) { set.insert(Featurizer.bucket(s)) }
    var previous = "^"
    for u in units {
      add("w=" + u)
      add("b=" + previous + "|" + u)
      previous = u
      if !u.hasPrefix("<") && u.count >= 4 { add("s=" + Stemmer.stem(u)) }
      if !u.hasPrefix("<") && u.count >= 3 {
        let chars = Array("<" + u + ">")
        if chars.count >= 3 {
          for k in 0...(chars.count - 3) { add("c=" + String(chars[k..<(k + 3)])) }
        }
        if chars.count >= 5 {
          for k in 0...(chars.count - 4) { add("d=" + String(chars[k..<(k + 4)])) }
        }
      }
    }
    add("b=" + previous + "|$")
    let n = units.count
    add("len=" + (n <= 3 ? String(n) : n <= 6 ? "4-6" : "7+"))
    return set.sorted()
  }

  /// Hashing the pieces gives the buckets of the texts, for every training sentence (which the
  /// built-in model was trained on) and for words outside ASCII.
  @Test func piecewiseHashingEqualsHashingTheFeatureTexts() throws {
    let data = try TrainingData.load(try Fixtures.intentFiles())
    let parser = EntityParser(lexicon: .builtin(catalogue: .builtin))
    for ex in data.examples {
      let units = Featurizer.units(of: parser.parse(ex.example.text, today: Fixtures.today))
      #expect(Featurizer.features(units: units) == Self.reference(units), "\(ex.example.text)")
    }
    let odd: [[String]] = [
      [], ["a"], ["ab"], ["abc"], ["café", "naïve", "crème"], ["🎉🎉🎉", "<team_size>", "e\u{301}te\u{301}"],
      ["<", "<a", "<\u{301}bc", "x<y", "12k", "we're"], Array(repeating: "ideas", count: 9),
    ]
    for units in odd { #expect(Featurizer.features(units: units) == Self.reference(units), "\(units)") }
  }
}
