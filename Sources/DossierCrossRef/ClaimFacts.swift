import DossierExtraction

/// What the matcher needs to know about one stored claim.
public struct ClaimFacts: Sendable, Equatable {
    public var id: Int64
    public var articleID: Int64
    public var reportID: Int64
    /// The day of the account (not of the article relaying it), when known.
    public var accountDay: SimpleDate?
    public var text: String
    public var stance: Stance
    /// Knowledge-base ids of the entities the claim mentions.
    public var entities: Set<Int64>
    /// ISO 8601 prefixes of the dates the claim mentions.
    public var dates: [String]
    /// What the claim states, clause by clause.
    public var clauses: [Proposition]

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
    }

    /// The terms of all its clauses.
    public var terms: Set<String> { clauses.reduce(into: []) { $0.formUnion($1.terms) } }
}
