import DossierExtraction

/// What the matcher needs to know about one stored claim.
public struct ClaimFacts: Sendable, Equatable {
    public let id: Int64
    public let articleID: Int64
    public let reportID: Int64
    /// The day of the account (not of the article relaying it), when known.
    public let accountDay: SimpleDate?
    public let text: String
    public let stance: Stance
    /// Knowledge-base ids of the entities the claim mentions.
    public let entities: Set<Int64>
    /// ISO 8601 prefixes of the dates the claim mentions.
    public let dates: [String]
    /// What the claim states, clause by clause.
    public let clauses: [Proposition]
    /// The terms of all its clauses.
    public let terms: Set<String>

    public init(
        id: Int64, articleID: Int64, reportID: Int64, accountDay: SimpleDate?, text: String, stance: Stance,
        entities: Set<Int64>, dates: [String]
    ) {
        self.id = id
        self.articleID = articleID
        self.reportID = reportID
        self.accountDay = accountDay
        self.text = text
        self.stance = stance
        self.entities = entities
        self.dates = dates
        clauses = Proposition.clauses(of: text, stance: stance)
        terms = clauses.reduce(into: []) { $0.formUnion($1.terms) }
    }
}
