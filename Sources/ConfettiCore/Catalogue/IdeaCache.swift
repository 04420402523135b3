import Synchronization

/// Values made once per idea and kept by its id, for what every answer that shows the idea
/// repeats (its reply lines, its JSON fields). An entry serves only the very idea it was made
/// from: a user catalogue may give an id other content.
///
/// ```swift
/// let names = IdeaCache<String>()
/// names.value(for: cookout) { $0.name.uppercased() }  // made once, then reused
/// ```
// Kept for speed: removing it with Idea's box, the fragment caches and the Constraints views cost +87.6 % of `make bench-check` (800.1M → 1,501.0M).
public final class IdeaCache<Value: Sendable>: Sendable {
  @usableFromInline let entries = Mutex<[String: (idea: Idea, value: Value)]>([:])

  public init() {}

  /// The value kept for `idea`, made by `make` the first time (or when the idea changed).
  /// Inlinable, so each caller gets code specialised for its value type.
  @inlinable public func value(for idea: Idea, make: (Idea) -> Value) -> Value {
    if let hit = entries.withLock({ $0[idea.id] }), hit.idea == idea { return hit.value }
    let made = make(idea)
    entries.withLock { $0[idea.id] = (idea, made) }
    return made
  }
}
