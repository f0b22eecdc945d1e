import DossierCrossRef
import DossierExtraction
import Foundation
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
        try linkQueuedArticles(matcher: matcher, countingTerms: true)
    }

    /// Drops every link and cross-references all articles again, with term weights taken
    /// from all claims at once.
    @discardableResult
    public func rebuildCrossReferences(matcher: ClaimMatcher = ClaimMatcher()) throws -> LinkingSummary {
        try write { db in
            try db.execute(sql: "DELETE FROM claim_link")
            try db.execute(sql: "DELETE FROM xref_term")
            try db.execute(sql: "INSERT OR IGNORE INTO xref_queue (article_id) SELECT id FROM article")
            var counter = TermCounter()
            let rows = try Row.fetchCursor(db, sql: "SELECT c.text, c.stance FROM claim c JOIN attribution at ON at.claim_id = c.id")
            while let row = try rows.next() {
                let clauses = Proposition.clauses(of: row[0], stance: Stance(rawValue: row[1]) ?? .asserted)
                counter.add(clauses.reduce(into: Set<String>()) { $0.formUnion($1.terms) })
            }
            try counter.save(db)
        }
        return try linkQueuedArticles(matcher: matcher, countingTerms: false)
    }

    private func linkQueuedArticles(matcher: ClaimMatcher, countingTerms: Bool) throws -> LinkingSummary {
        var summary = LinkingSummary()
        // Readers must not wait for the write lock, nor a running ingest, when nothing is queued.
        guard try read({ db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM xref_queue)") ?? false }) else { return summary }
        while true {
            let done = try write { db -> Bool in
                let articles = try Int64.fetchAll(db, sql: "SELECT article_id FROM xref_queue ORDER BY article_id LIMIT ?", arguments: [Self.linkingBatch])
                guard !articles.isEmpty else { return true }
                var linker = ClaimLinker(db: db, matcher: matcher)
                try linker.link(articles: articles, countingTerms: countingTerms, into: &summary)
                return false
            }
            if done { return summary }
        }
    }
}

/// Term counts gathered in memory and added to `xref_term` in one go.
struct TermCounter {
    private var counts: [String: Int] = [:]
    private var claims = 0

    mutating func add(_ terms: Set<String>) {
        claims += 1
        for term in terms { counts[term, default: 0] += 1 }
    }

    func save(_ db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO xref_term (term, claims) VALUES (?, ?)
            ON CONFLICT (term) DO UPDATE SET claims = claims + excluded.claims
            """)
        try upsert.execute(arguments: ["*", claims])
        for (term, count) in counts { try upsert.execute(arguments: [term, count]) }
    }
}

/// Finds and stores the links of queued articles' claims, inside an open transaction.
struct ClaimLinker {
    let db: Database
    let matcher: ClaimMatcher
    /// How many full-text candidates each claim is compared with.
    static let candidates = 20
    /// How many of a claim's rarest terms the full-text search uses, at most: fewer when
    /// together they would match more than `rankedMatches` claims.
    static let searchTerms = 3
    /// Up to this many matching claims, full-text candidates are ranked by BM25; beyond, the
    /// ranking would cost more than it finds, and the latest are taken.
    static let rankedMatches = 300.0
    private var facts: [Int64: ClaimFacts?] = [:]
    private var weights: TermWeights

    init(db: Database, matcher: ClaimMatcher) {
        self.db = db
        self.matcher = matcher
        weights = TermWeights(db: db)
    }

    /// Links the claims of `articles` and takes them off the queue.
    mutating func link(articles: [Int64], countingTerms: Bool, into summary: inout LinkingSummary) throws {
        var claims: [ClaimFacts] = []
        for article in articles {
            for id in try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT at.claim_id FROM claim c JOIN attribution at ON at.claim_id = c.id WHERE c.article_id = ? ORDER BY c.id
                """), arguments: [article]) {
                if let found = try facts(of: id) { claims.append(found) }
            }
        }
        if countingTerms {
            var counter = TermCounter()
            for claim in claims { counter.add(claim.terms) }
            try counter.save(db)
        }
        try weights.load()
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO claim_link (claim_a, claim_b, relation, score, method) VALUES (?, ?, ?, ?, ?)
            """)
        for subject in claims {
            for candidate in try candidates(for: subject) {
                guard let other = try facts(of: candidate) else { continue }
                try weights.lookUp(subject.terms.union(other.terms))
                let known = weights.known
                guard let match = matcher.match(subject, other, weight: { known[$0] ?? 1 }) else { continue }
                try insert.execute(arguments: [min(subject.id, candidate), max(subject.id, candidate), match.relation.rawValue, match.score, match.method])
                summary.links += db.changesCount
            }
        }
        for article in articles {
            try db.execute(sql: "DELETE FROM xref_queue WHERE article_id = ?", arguments: [article])
        }
        summary.articles += articles.count
        summary.claims += claims.count
    }

    /// Claims worth comparing with `subject`, each lookup bounded so that the cost per claim
    /// stays flat as the store grows: full-text matches of its three rarest terms (ranked by
    /// BM25 when few claims use them, else the latest), the latest claims naming each of its
    /// entities, and the relays of its own report.
    private mutating func candidates(for subject: ClaimFacts) throws -> [Int64] {
        var result: [Int64] = []
        try weights.lookUp(subject.terms)
        var rarest: [String] = []
        var matching = 0.0
        for term in subject.terms.sorted(by: { (weights.count($0), $0) < (weights.count($1), $1) }).prefix(Self.searchTerms) {
            if !rarest.isEmpty, matching + weights.count(term) > Self.rankedMatches { break }
            rarest.append(term)
            matching += weights.count(term)
        }
        let words = Set(rarest.flatMap { term in subject.clauses.flatMap { $0.searchWords(of: term) } })
        if !words.isEmpty {
            let query = words.sorted().map { "\"\($0)\"" }.joined(separator: " OR ")
            let ranked = matching <= Self.rankedMatches
            let matches = try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY \(ranked ? "rank" : "rowid DESC") LIMIT ?
                """), arguments: [query, Self.candidates])
            // The matcher wants a shared entity; checking it here spares reading the others.
            let mentions = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM claim_entity WHERE entity_id = ? AND claim_id = ?)")
            for match in matches {
                for entity in subject.entities where try Bool.fetchOne(mentions, arguments: [entity, match]) == true {
                    result.append(match)
                    break
                }
            }
        }
        let byEntity = try db.cachedStatement(sql: "SELECT claim_id FROM claim_entity WHERE entity_id = ? ORDER BY claim_id DESC LIMIT ?")
        for entity in subject.entities.sorted(by: >).prefix(3) {
            result += try Int64.fetchAll(byEntity, arguments: [entity, Self.candidates / 2])
        }
        result += try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT at.claim_id FROM attribution at JOIN claim c ON c.id = at.claim_id
            WHERE at.report_id = ? AND c.article_id <> ? LIMIT ?
            """), arguments: [subject.reportID, subject.articleID, Self.candidates])
        var seen: Set<Int64> = [subject.id]
        return result.filter { seen.insert($0).inserted }
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

/// How telling each term is: its inverse document frequency over the counted claims.
struct TermWeights {
    let db: Database
    private var total = 0.0
    private var counts: [String: Double] = [:]
    /// The weights looked up so far.
    private(set) var known: [String: Double] = [:]

    init(db: Database) { self.db = db }

    /// Reads the claim total; call after counting terms.
    mutating func load() throws {
        total = Double(try Int.fetchOne(db, sql: "SELECT claims FROM xref_term WHERE term = '*'") ?? 0)
        counts.removeAll()
        known.removeAll()
    }

    /// Makes sure the weights of `terms` are in `known`.
    mutating func lookUp(_ terms: Set<String>) throws {
        let select = try db.cachedStatement(sql: "SELECT claims FROM xref_term WHERE term = ?")
        for term in terms where known[term] == nil {
            let count = Double(try Int.fetchOne(select, arguments: [term]) ?? 0)
            counts[term] = count
            known[term] = log((total + 1) / (count + 1)) + 0.1
        }
    }

    /// How many counted claims use a looked-up term.
    func count(_ term: String) -> Double { counts[term] ?? 0 }
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
