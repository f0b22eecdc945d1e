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
    /// Rank only the last this many matches stored, when no filter narrows the search and the
    /// limit fits in them: BM25 over every match of a common word in a million claims takes
    /// a tenth of a second, over a thousand a millisecond. `nil` ranks every match.
    public var rankLatest: Int?
    public static let defaultRankLatest = 1000
    /// What the snippet puts around each match, e.g. `[` and `]`.
    public var highlight: (open: String, close: String)

    public init(
        text: String, entity: String? = nil, reporter: String? = nil, since: String? = nil, until: String? = nil,
        stance: String? = nil, articles: Bool = false, limit: Int? = nil, rankLatest: Int? = defaultRankLatest,
        highlight: (open: String, close: String) = ("[", "]")
    ) {
        self.text = text
        self.entity = entity
        self.reporter = reporter
        self.since = since
        self.until = until
        self.stance = stance
        self.articles = articles
        self.limit = limit
        self.rankLatest = rankLatest
        self.highlight = highlight
    }
}

/// How a search was ranked.
public struct SearchRanking: Sendable, Equatable {
    /// Set when there were more matches than `SearchQuery.rankLatest` and only the last
    /// that many stored were ranked; `nil` when every match was.
    public var rankedLatest: Int?
}
