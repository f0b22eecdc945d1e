/// How two claims of different accounts relate.
public enum LinkRelation: String, Sendable, Equatable, CaseIterable, Codable {
    /// Same proposition, compatible stance, from another report.
    case corroborates
    /// Same proposition, opposite stance.
    case contradicts
    /// The same account again: the same report relayed by another article, or its text copied.
    case repeats
}
