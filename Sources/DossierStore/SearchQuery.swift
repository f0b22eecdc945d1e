/// What `dossier search` looks for: an FTS5 query over claims (or whole articles) and
/// filters that narrow it.
public struct SearchQuery: Sendable {
    /// FTS5 syntax: words, "phrases", prefix*, AND, OR, NOT, NEAR(...).
    public var text: String
    /// Only claims (or articles) that mention this entity, by any of its names.
    public var entity: String?
    /// Only claims credited to this reporter (for articles: published by this outlet).
    public var reporter: String?
    /// Only accounts dated on or after this ISO 8601 prefix (`2022`, `2022-08`, `2022-08-26`).
    public var since: String?
    /// Only accounts dated on or before this prefix, the whole month or year included.
    public var until: String?
    /// Only claims of this stance.
    public var stance: String?
    /// Search whole articles instead of claims.
    public var articles: Bool
    public var limit: Int?
    /// What the snippet puts around each match, e.g. `[` and `]`.
    public var highlight: (open: String, close: String)

    public init(
        text: String, entity: String? = nil, reporter: String? = nil, since: String? = nil, until: String? = nil,
        stance: String? = nil, articles: Bool = false, limit: Int? = nil, highlight: (open: String, close: String) = ("[", "]")
    ) {
        self.text = text
        self.entity = entity
        self.reporter = reporter
        self.since = since
        self.until = until
        self.stance = stance
        self.articles = articles
        self.limit = limit
        self.highlight = highlight
    }
}
