/// Everything the knowledge base holds about one entity, for `dossier entity show`.
public struct EntityProfile: Sendable, Equatable, Encodable {
    /// How often one outlet's articles mention the entity, and over which dates.
    public struct OutletMentions: Sendable, Equatable, Encodable {
        public var outlet: String
        public var mentions: Int
        public var articles: Int
        public var firstSeen: String?
        public var lastSeen: String?
    }

    public var id: Int64
    public var name: String
    public var type: String
    /// True once a person named, typed or merged it.
    public var curated: Bool
    /// Every other name it goes by, sorted.
    public var aliases: [String]
    public var tickers: [String]
    public var mentions: Int
    public var claims: Int
    /// Publication dates of the first and last article that mention it.
    public var firstSeen: String?
    public var lastSeen: String?
    /// Most mentions first.
    public var outlets: [OutletMentions]
}
