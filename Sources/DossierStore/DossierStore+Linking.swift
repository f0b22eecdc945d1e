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

    /// Cross-references the claims of every article stored since the last run (the first
    /// `xref`, `timeline` or `sources` after an ingest calls this). Each claim is compared with the other
    /// relays of its report, the claims naming its entities just before it, and the earlier
    /// claims sharing an entity and one of its rarest terms.
    @discardableResult
    public func crossReferenceNewArticles(matcher: ClaimMatcher = ClaimMatcher()) throws -> LinkingSummary {
        try linkQueuedArticles(matcher: matcher, countingTerms: true)
    }

    /// Articles stored but not cross-referenced yet.
    public func articlesAwaitingCrossReference() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM xref_queue") ?? 0 }
    }

    /// Drops every link and cross-references all articles again, with term weights taken
    /// from all claims at once; the reports about each entity are filed again too.
    @discardableResult
    public func rebuildCrossReferences(matcher: ClaimMatcher = ClaimMatcher()) throws -> LinkingSummary {
        try write { db in
            try db.execute(sql: "DELETE FROM claim_link")
            try db.execute(sql: "DELETE FROM xref_term")
            try db.execute(sql: "DELETE FROM entity_report")
            try db.execute(sql: "INSERT OR IGNORE INTO xref_queue (article_id) SELECT id FROM article")
            var counter = TermCounter()
            let rows = try Row.fetchCursor(db, sql: "SELECT text, stance FROM claim WHERE report_id IS NOT NULL")
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
        var facts = ClaimFactsCache()
        while true {
            let done = try write { db -> Bool in
                // An ingest may have stored articles since the last transaction.
                try Self.pairQueuedReports(db)
                let articles = try Int64.fetchAll(db, sql: "SELECT article_id FROM xref_queue ORDER BY article_id LIMIT ?", arguments: [Self.linkingBatch])
                guard !articles.isEmpty else { return true }
                try facts.keepIfUnchanged(db)
                var linker = ClaimLinker(db: db, matcher: matcher, facts: facts)
                try linker.link(articles: articles, countingTerms: countingTerms, into: &summary)
                facts = linker.facts
                return false
            }
            if done { return summary }
        }
    }
}

/// The facts of stored claims, kept from one linking transaction to the next: the entity
/// neighbours of one batch's claims are largely the claims of the batches before it.
struct ClaimFactsCache {
    /// Claims per generation: when the newer is full it becomes the older, and the older is
    /// dropped, so that the claims still in use stay and memory stays bounded.
    static let generation = 30_000
    private var newer: [Int64: ClaimFacts?] = [:]
    private var older: [Int64: ClaimFacts?] = [:]
    private var dataVersion: Int?

    /// Forgets everything when another connection wrote since the last transaction (an
    /// article replaced, entities merged): a claim id may then stand for other facts.
    mutating func keepIfUnchanged(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA data_version")
        if version != dataVersion {
            newer.removeAll()
            older.removeAll()
        }
        dataVersion = version
    }

    /// The facts of a stored claim, read once; nil for a claim without a report.
    mutating func facts(of claim: Int64, _ db: Database) throws -> ClaimFacts? {
        if let known = newer[claim] { return known }
        let found = try older[claim] ?? ClaimLinker.loadFacts(db, claim: claim)
        remember(claim, found)
        return found
    }

    /// The facts of an article's claims that have a report, in claim order.
    mutating func facts(ofArticle article: Int64, _ db: Database) throws -> [ClaimFacts] {
        let found = try ClaimLinker.loadFacts(db, article: article)
        for claim in found { remember(claim.id, claim) }
        return found
    }

    private mutating func remember(_ claim: Int64, _ facts: ClaimFacts?) {
        if newer.count >= Self.generation {
            older = newer
            newer.removeAll(keepingCapacity: true)
        }
        newer[claim] = facts
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
    /// How many full-text candidates, and how many relays of its report, each claim is compared with.
    static let candidates = 20
    /// How many of the claims naming each of its entities just before it each claim is compared with.
    static let neighbours = 16
    /// How many of a claim's entities its neighbours are taken from.
    static let neighbourEntities = 4
    /// How many of a claim's rarest terms the full-text search uses, at most: fewer when
    /// together they are used by more than `rareTermClaims` claims.
    static let searchTerms = 3
    /// Full-text candidates are sought only among this many claims at most, so that checking
    /// each for a shared entity stays cheap; claims sharing only common words with the subject
    /// are found among its entity neighbours.
    static let rareTermClaims = 300.0
    private(set) var facts: ClaimFactsCache
    private var weights: TermWeights
    /// Relays by report and article, for this transaction.
    private var relays: [[Int64]: [Int64]] = [:]
    /// Claims whose terms' weights are looked up, for this transaction.
    private var weighed: Set<Int64> = []

    init(db: Database, matcher: ClaimMatcher, facts: ClaimFactsCache) {
        self.db = db
        self.matcher = matcher
        self.facts = facts
        weights = TermWeights(db: db)
    }

    /// Links the claims of `articles`, files their reports under the entities they are about,
    /// and takes them off the queue.
    mutating func link(articles: [Int64], countingTerms: Bool, into summary: inout LinkingSummary) throws {
        var claims: [ClaimFacts] = []
        for article in articles { claims += try facts.facts(ofArticle: article, db) }
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
                guard let other = try facts.facts(of: candidate, db) else { continue }
                if weighed.insert(candidate).inserted { try weights.lookUp(other.terms) }
                let known = weights.known
                guard let match = matcher.match(subject, other, weight: { known[$0] ?? 1 }) else { continue }
                try insert.execute(arguments: [min(subject.id, candidate), max(subject.id, candidate), match.relation.rawValue, match.score, match.method])
                summary.links += db.changesCount
            }
        }
        let fileReports = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO entity_report (entity_id, reported_on, report_id)
            SELECT j.value, coalesce(r.reported_on, ''), r.id
            FROM claim c
            JOIN report r ON r.id = c.report_id
            JOIN json_each(c.entities) j
            WHERE c.article_id = ?
            """)
        let dequeue = try db.cachedStatement(sql: "DELETE FROM xref_queue WHERE article_id = ?")
        for article in articles {
            try fileReports.execute(arguments: [article])
            try dequeue.execute(arguments: [article])
        }
        summary.articles += articles.count
        summary.claims += claims.count
    }

    /// Claims of `subject`'s report in other articles; the claims of one article share few reports.
    private mutating func relays(of subject: ClaimFacts) throws -> [Int64] {
        let key = [subject.reportID, subject.articleID]
        if let known = relays[key] { return known }
        let found = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT c.id FROM \(reportClaimsSQL) WHERE ra.report_id = ? AND ra.article_id <> ? LIMIT ?
            """), arguments: [subject.reportID, subject.articleID, Self.candidates])
        relays[key] = found
        return found
    }

    /// Claims worth comparing with `subject`, each lookup an index seek with a limit, so that
    /// the cost per claim stays flat as the store grows: the other relays of its report, the
    /// claims naming each of its entities just before it (a pair is looked at when its later
    /// claim is linked), and the latest earlier claims sharing an entity and one of its rarest
    /// terms, when those are rare.
    private mutating func candidates(for subject: ClaimFacts) throws -> [Int64] {
        var result = try relays(of: subject)
        let entities = subject.entities.sorted(by: >).prefix(Self.neighbourEntities)
        // Earlier articles' claims have lower ids (see `claims(entity:)`), and a row lists
        // its claims in id order.
        let neighbours = try db.cachedStatement(sql: """
            SELECT claim_ids FROM article_entity WHERE entity_id = ? AND article_id <= ? AND claims > 0 ORDER BY article_id DESC
            """)
        for entity in entities {
            let lists = try String.fetchCursor(neighbours, arguments: [entity, subject.articleID])
            var found = 0
            while found < Self.neighbours, let list = try lists.next() {
                for id in JSONText.integers(in: list).reversed() where id < subject.id && found < Self.neighbours {
                    result.append(id)
                    found += 1
                }
            }
        }
        try weights.lookUp(subject.terms)
        var rarest: [String] = []
        var matching = 0.0
        for term in subject.terms.sorted(by: { (weights.count($0), $0) < (weights.count($1), $1) }).prefix(Self.searchTerms) {
            if matching + weights.count(term) > Self.rareTermClaims { break }
            rarest.append(term)
            matching += weights.count(term)
        }
        let words = Set(rarest.flatMap { term in subject.clauses.flatMap { $0.searchWords(of: term) } })
        if !words.isEmpty, !subject.entities.isEmpty {
            // The matcher wants a shared entity; checking it here spares reading the others.
            // The inner limit holds even when the counts lag behind the index (the first run
            // after a large ingest counts terms as it goes).
            result += try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT m.rowid FROM (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?1 AND rowid < ?2 ORDER BY rowid DESC LIMIT ?3) m
                WHERE EXISTS (SELECT 1 FROM claim c, json_each(c.entities) j
                              WHERE c.id = m.rowid AND j.value IN (SELECT value FROM json_each(?4)))
                LIMIT ?5
                """), arguments: [
                    words.sorted().map { "\"\($0)\"" }.joined(separator: " OR "), subject.id, Int(Self.rareTermClaims),
                    "[" + subject.entities.map(String.init).joined(separator: ",") + "]", Self.candidates,
                ])
        }
        var seen: Set<Int64> = [subject.id]
        return result.filter { seen.insert($0).inserted }
    }

    /// The facts of one stored claim; nil for a claim without a report.
    static func loadFacts(_ db: Database, claim: Int64) throws -> ClaimFacts? {
        try Row.fetchOne(db.cachedStatement(sql: factsQuery("c.id = ?")), arguments: [claim]).map(facts)
    }

    /// The facts of an article's claims that have a report, in claim order.
    static func loadFacts(_ db: Database, article: Int64) throws -> [ClaimFacts] {
        try Row.fetchAll(db.cachedStatement(sql: factsQuery("c.article_id = ?") + " ORDER BY c.id"), arguments: [article]).map(facts)
    }

    private static func factsQuery(_ condition: String) -> String {
        """
        SELECT c.id, c.article_id, c.report_id, coalesce(r.reported_on, a.published) AS day, c.text, c.stance,
               (SELECT group_concat(value) FROM json_each(c.entities)) AS entities,
               (SELECT group_concat(j.value ->> 1, ' ') FROM json_each(c.dates) j WHERE j.value ->> 1 IS NOT NULL) AS dates
        FROM claim c
        JOIN report r ON r.id = c.report_id
        JOIN article a ON a.id = c.article_id
        WHERE \(condition)
        """
    }

    private static func facts(_ row: Row) -> ClaimFacts {
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
    /// Stored claims per counted claim: above 1 while a first run counts as it goes.
    private var uncounted = 1.0
    private var counts: [String: Double] = [:]
    /// The weights looked up so far.
    private(set) var known: [String: Double] = [:]

    init(db: Database) { self.db = db }

    /// Reads the claim total; call after counting terms.
    mutating func load() throws {
        total = Double(try Int.fetchOne(db, sql: "SELECT claims FROM xref_term WHERE term = '*'") ?? 0)
        let stored = Double(try Int.fetchOne(db, sql: "SELECT max(id) FROM claim") ?? 0)
        uncounted = max(1, stored / max(total, 1))
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

    /// About how many stored claims use a looked-up term.
    func count(_ term: String) -> Double { (counts[term] ?? 0) * uncounted }
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
