import DossierCrossRef
import DossierExtraction
import GRDB

/// What one linking run did.
public struct LinkingSummary: Sendable, Equatable {
    public var articles = 0
    public var claims = 0
    public var links = 0

    public init() {}
}

extension DossierStore {
    /// Articles per linking transaction: the queue shrinks in steps, so an interrupted run
    /// keeps what it finished.
    static let linkingBatch = 256

    /// Cross-references the claims of every article stored since the last run (the ingest
    /// pipeline calls this after each write batch). Each claim is compared with the claims
    /// full-text search ranks closest to it and with the other relays of its report.
    @discardableResult
    public func crossReferenceNewArticles(matcher: ClaimMatcher = ClaimMatcher()) throws -> LinkingSummary {
        var summary = LinkingSummary()
        while true {
            let done = try write { db -> Bool in
                let articles = try Int64.fetchAll(db, sql: "SELECT article_id FROM xref_queue ORDER BY article_id LIMIT ?", arguments: [Self.linkingBatch])
                guard !articles.isEmpty else { return true }
                var linker = ClaimLinker(db: db, matcher: matcher)
                for article in articles {
                    try linker.link(article: article, into: &summary)
                    try db.execute(sql: "DELETE FROM xref_queue WHERE article_id = ?", arguments: [article])
                }
                summary.articles += articles.count
                return false
            }
            if done { return summary }
        }
    }

    /// Drops every link and cross-references all articles again.
    @discardableResult
    public func rebuildCrossReferences(matcher: ClaimMatcher = ClaimMatcher()) throws -> LinkingSummary {
        try write { db in
            try db.execute(sql: "DELETE FROM claim_link")
            try db.execute(sql: "INSERT OR IGNORE INTO xref_queue (article_id) SELECT id FROM article")
        }
        return try crossReferenceNewArticles(matcher: matcher)
    }
}

/// Finds and stores the links of one article's claims, inside an open transaction.
struct ClaimLinker {
    let db: Database
    let matcher: ClaimMatcher
    /// How many full-text candidates each claim is compared with.
    static let candidates = 40
    private var facts: [Int64: ClaimFacts?] = [:]

    init(db: Database, matcher: ClaimMatcher) {
        self.db = db
        self.matcher = matcher
    }

    mutating func link(article: Int64, into summary: inout LinkingSummary) throws {
        let claims = try Int64.fetchAll(db, sql: "SELECT claim_id FROM attribution WHERE claim_id IN (SELECT id FROM claim WHERE article_id = ?) ORDER BY claim_id", arguments: [article])
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO claim_link (claim_a, claim_b, relation, score, method) VALUES (?, ?, ?, ?, ?)
            """)
        for claim in claims {
            guard let subject = try facts(of: claim) else { continue }
            summary.claims += 1
            for candidate in try candidates(for: subject) {
                guard let other = try facts(of: candidate), let match = matcher.match(subject, other) else { continue }
                try insert.execute(arguments: [min(claim, candidate), max(claim, candidate), match.relation.rawValue, match.score, match.method])
                summary.links += db.changesCount
            }
        }
    }

    /// Claims worth comparing with `subject`: the best full-text matches of its terms, and
    /// the claims of its own report seen in other articles.
    private func candidates(for subject: ClaimFacts) throws -> [Int64] {
        var result: [Int64] = []
        if let query = Self.fullTextQuery(subject.proposition) {
            result = try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT ?
                """), arguments: [query, Self.candidates])
        }
        result += try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT at.claim_id FROM attribution at JOIN claim c ON c.id = at.claim_id
            WHERE at.report_id = ? AND c.article_id <> ? LIMIT ?
            """), arguments: [subject.reportID, subject.articleID, Self.candidates])
        return result.filter { $0 != subject.id }
    }

    /// An FTS5 query matching any word of the proposition or of its synonym classes.
    static func fullTextQuery(_ proposition: Proposition) -> String? {
        let words = proposition.searchWords
        guard !words.isEmpty else { return nil }
        return words.sorted().map { "\"\($0)\"" }.joined(separator: " OR ")
    }

    /// The facts of a stored claim, read once per run; nil for a claim without a report.
    mutating func facts(of claim: Int64) throws -> ClaimFacts? {
        if let known = facts[claim] { return known }
        let found = try Self.loadFacts(db, claim: claim)
        facts[claim] = found
        return found
    }

    static func loadFacts(_ db: Database, claim: Int64) throws -> ClaimFacts? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT c.id, c.article_id, at.report_id, coalesce(r.reported_on, a.published) AS day, c.text, c.stance,
                   (SELECT group_concat(entity_id) FROM claim_entity WHERE claim_id = c.id) AS entities,
                   (SELECT group_concat(value, ' ') FROM claim_date WHERE claim_id = c.id AND value IS NOT NULL) AS dates
            FROM claim c
            JOIN attribution at ON at.claim_id = c.id
            JOIN report r ON r.id = at.report_id
            JOIN article a ON a.id = c.article_id
            WHERE c.id = ?
            """), arguments: [claim]) else { return nil }
        let entities: String? = row["entities"]
        let dates: String? = row["dates"]
        let day: String? = row["day"]
        return ClaimFacts(
            id: row[0], articleID: row[1], reportID: row[2], accountDay: day.flatMap(SimpleDate.init(prefix:)),
            text: row[4], stance: Stance(rawValue: row[5]) ?? .asserted,
            entities: Set((entities ?? "").split(separator: ",").compactMap { Int64($0) }),
            dates: (dates ?? "").split(separator: " ").map(String.init))
    }
}

extension SimpleDate {
    /// The first day of an ISO 8601 prefix: `2021-11` is 2021-11-01, `2024` is 2024-01-01.
    init?(prefix: String) {
        switch prefix.count {
        case 4: self.init(iso: prefix + "-01-01")
        case 7: self.init(iso: prefix + "-01")
        default: self.init(iso: prefix)
        }
    }
}
