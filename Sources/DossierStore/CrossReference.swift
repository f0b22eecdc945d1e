import DossierCrossRef

/// The accounts of one entity side by side: its reports in the order of their own dates,
/// how their claims relate, and how many independent reports back each proposition.
public struct CrossReference: Sendable, Equatable, Encodable {
    /// The entity's name in the knowledge base.
    public var entity: String
    public var reports: [Report]
    /// Reports about the entity in the date range that were left out by the limit.
    public var omittedReports: Int
    /// Links between the claims listed under `reports`.
    public var links: [Link]
    /// Claims joined by `corroborates` and `repeats` links, most independently backed first.
    public var propositions: [Proposition]
    /// The articles the reports are seen through.
    public var articles: [Article]

    /// How many reports `xref` and `timeline` show unless told otherwise: a screenful.
    public static let defaultLimit = 20

    enum CodingKeys: String, CodingKey {
        case entity, reports, links, propositions, articles
        case omittedReports = "omitted_reports"
    }

    /// One account by one reporter on one date, however many articles relay it.
    public struct Report: Sendable, Equatable, Encodable {
        public var id: Int64
        public var reporter: String
        public var reportedOn: String?
        /// The sources it cites, in order of first appearance.
        public var cited: [String]
        /// The reporter's own article, when ingested; nil while the report is known only second-hand.
        public var primaryArticle: Int64?
        /// Other articles that relay it.
        public var relayedBy: [Int64]
        public var claims: [Claim]

        enum CodingKeys: String, CodingKey {
            case id, reporter, cited, claims
            case reportedOn = "reported_on"
            case primaryArticle = "primary_article"
            case relayedBy = "relayed_by"
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(reporter, forKey: .reporter)
            try container.encode(reportedOn, forKey: .reportedOn)
            try container.encode(cited, forKey: .cited)
            try container.encode(primaryArticle, forKey: .primaryArticle)
            try container.encode(relayedBy, forKey: .relayedBy)
            try container.encode(claims, forKey: .claims)
        }
    }

    public struct Claim: Sendable, Equatable, Encodable {
        public var id: Int64
        public var text: String
        public var stance: String
        public var article: Int64
    }

    public struct Link: Sendable, Equatable, Encodable {
        public var relation: LinkRelation
        public var a: Int64
        public var b: Int64
        public var score: Double
        public var method: String
        /// Why the claims were linked; filled on request.
        public var explanation: Explanation?

        enum CodingKeys: String, CodingKey { case relation, a, b, score, method, explanation }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(relation, forKey: .relation)
            try container.encode(a, forKey: .a)
            try container.encode(b, forKey: .b)
            try container.encode(score, forKey: .score)
            try container.encode(method, forKey: .method)
            try container.encodeIfPresent(explanation, forKey: .explanation)
        }
    }

    /// What two linked claims share, as the matcher saw it when asked again.
    public struct Explanation: Sendable, Equatable, Encodable {
        public var sharedTerms: [String]
        public var sharedEntities: [String]
        /// Polarity of `a` and of `b`: positive, negative or pending.
        public var polarities: [String]
        public var negations: [String]
        public var daysApart: Int?

        enum CodingKeys: String, CodingKey {
            case polarities, negations
            case sharedTerms = "shared_terms"
            case sharedEntities = "shared_entities"
            case daysApart = "days_apart"
        }
    }

    public struct Proposition: Sendable, Equatable, Encodable {
        public var claims: [Int64]
        public var reports: [Int64]
        public var independentReports: Int

        enum CodingKeys: String, CodingKey {
            case claims, reports
            case independentReports = "independent_reports"
        }
    }

    public struct Article: Sendable, Equatable, Encodable {
        public var id: Int64
        public var outlet: String?
        public var published: String?
        public var title: String?
    }
}
