import DossierExtraction

/// An entity as a person states it: a gazetteer row or `dossier entity add`.
public struct CuratedEntity: Sendable, Equatable {
    public var name: String
    public var type: EntityType
    public var aliases: [String]
    /// Listings as `EXCHANGE:SYMBOL`.
    public var tickers: [String]

    public init(name: String, type: EntityType, aliases: [String] = [], tickers: [String] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.tickers = tickers
    }
}
