/// An entity the knowledge base already knows (curated or seen before), offered to
/// extraction so that its names and aliases are recognised and typed as curated.
public struct KnownEntity: Sendable, Equatable {
    public var name: String
    public var type: EntityType
    public var aliases: [String]
    public var tickers: [String]

    public init(name: String, type: EntityType, aliases: [String] = [], tickers: [String] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.tickers = tickers
    }
}
