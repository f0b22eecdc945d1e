import DossierExtraction
import Foundation
import GRDB

extension DossierStore {
    /// The id of the stored article with this content hash, if any: lets ingestion skip
    /// text analysis for text it has already stored.
    public func articleID(contentHash: String) throws -> Int64? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE content_hash = ?", arguments: [contentHash])
        }
    }

    /// Writes a batch of articles in one transaction: all of them land, or none does.
    ///
    /// Unchanged text is a no-op; an article whose URL is already stored with other text
    /// replaces that article whole (its sentences, mentions, claims and links go with it).
    public func write(_ articles: [ArticleInput]) throws -> [WriteOutcome] {
        try write { db in
            var writer = try BatchWriter(db: db)
            let outcomes = try articles.map { try writer.write($0) }
            try writer.finish()
            return outcomes
        }
    }

    /// Entities known to the knowledge base, for extraction to recognise.
    public func knownEntities() throws -> [KnownEntity] {
        try read { db in
            var aliases: [Int64: [String]] = [:]
            let aliasRows = try Row.fetchCursor(db, sql: "SELECT entity_id, alias FROM entity_alias")
            while let row = try aliasRows.next() { aliases[row[0], default: []].append(row[1]) }
            var tickers: [Int64: [String]] = [:]
            let tickerRows = try Row.fetchCursor(db, sql: "SELECT entity_id, exchange || ':' || symbol FROM entity_ticker")
            while let row = try tickerRows.next() { tickers[row[0], default: []].append(row[1]) }
            var result: [KnownEntity] = []
            let entities = try Row.fetchCursor(db, sql: "SELECT id, name, type FROM entity ORDER BY id")
            while let row = try entities.next() {
                let id: Int64 = row[0]
                let name: String = row[1]
                guard let type = EntityType(rawValue: row[2]) else { continue }
                let others = (aliases[id] ?? []).filter { $0 != name }
                result.append(KnownEntity(name: name, type: type, aliases: others, tickers: tickers[id] ?? []))
            }
            return result
        }
    }
}

/// Writes articles inside one open transaction, with prepared statements and a cache of
/// resolved entities and reports.
///
/// Claims, and the rows that hang on them, wait in temporary tables until `finish()` moves
/// them in with one statement per table: SQLite's FTS5 writes the terms of every statement
/// that touches it as a new index segment, so one statement per claim made one tiny segment
/// per claim and kept the index merging.
struct BatchWriter {
    let db: Database
    private var entityIDs: [String: Int64] = [:]
    /// Entities whose outlet type was already checked against the text in this batch.
    private var retyped: Set<Int64> = []
    private var reportIDs: [String: Int64] = [:]
    private let now = ISO8601DateFormatter().string(from: Date())
    private var namesTried: Set<String> = []
    private var tickersTried: Set<String> = []
    private var nextClaimID: Int64
    private var pendingClaims = 0

    init(db: Database) throws {
        self.db = db
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS pending_claim AS SELECT * FROM claim WHERE 0;
            CREATE TEMP TABLE IF NOT EXISTS pending_attribution AS SELECT * FROM attribution WHERE 0;
            CREATE TEMP TABLE IF NOT EXISTS pending_claim_entity AS SELECT * FROM claim_entity WHERE 0;
            CREATE TEMP TABLE IF NOT EXISTS pending_claim_date AS SELECT * FROM claim_date WHERE 0;
            """)
        nextClaimID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM claim") ?? 1
    }

    /// Moves the pending claims into `claim` (and so into its full-text index).
    mutating func finish() throws {
        guard pendingClaims > 0 else { return }
        try db.execute(sql: """
            INSERT INTO claim SELECT * FROM temp.pending_claim ORDER BY id;
            INSERT INTO attribution SELECT * FROM temp.pending_attribution;
            INSERT OR IGNORE INTO claim_entity SELECT * FROM temp.pending_claim_entity;
            INSERT INTO claim_date SELECT * FROM temp.pending_claim_date;
            DELETE FROM temp.pending_claim;
            DELETE FROM temp.pending_attribution;
            DELETE FROM temp.pending_claim_entity;
            DELETE FROM temp.pending_claim_date;
            """)
        pendingClaims = 0
    }

    mutating func write(_ input: ArticleInput) throws -> WriteOutcome {
        let hash = input.contentHash
        if let existing = try fetchID("SELECT id FROM article WHERE content_hash = ?", [hash]) {
            return .unchanged(articleID: existing)
        }
        var previous: Int64?
        if let url = input.url {
            previous = try fetchID("SELECT id FROM article WHERE url = ?", [url])
            if let previous {
                try finish()
                try delete(articleID: previous)
            }
        }
        let articleID = try insertArticle(input, hash: hash)
        try insertContent(input.extraction, articleID: articleID, input: input)
        if let previous { return .replaced(articleID: articleID, previousID: previous) }
        return .new(articleID: articleID)
    }

    /// Deletes an article with everything that belongs to it, and the reports that only
    /// it relayed.
    private mutating func delete(articleID: Int64) throws {
        let reports = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT a.report_id FROM attribution a JOIN claim c ON c.id = a.claim_id WHERE c.article_id = ?
            """, arguments: [articleID])
        try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [articleID])
        let deleteUnused = try db.cachedStatement(sql: """
            DELETE FROM report WHERE id = ? AND NOT EXISTS (SELECT 1 FROM attribution WHERE report_id = ?)
            """)
        for report in reports { try deleteUnused.execute(arguments: [report, report]) }
        reportIDs.removeAll()
    }

    /// The first id a prepared lookup finds.
    private func fetchID(_ sql: String, _ arguments: StatementArguments) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }

    private mutating func insertArticle(_ input: ArticleInput, hash: String) throws -> Int64 {
        let outletID = try input.outlet.map { try entityID(name: $0, type: .outlet, aliases: [], tickers: []) }
        try db.cachedStatement(sql: """
            INSERT INTO article (content_hash, url, title, outlet, outlet_entity_id, published, author,
                                 source_path, format, text, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                hash, input.url, input.title, input.outlet, outletID, input.published, input.author,
                input.sourcePath, input.format, input.text, now,
            ])
        let articleID = db.lastInsertedRowID
        if let outletID, let published = input.published {
            try db.cachedStatement(sql: """
                UPDATE report SET primary_article_id = ? WHERE key = ? AND primary_article_id IS NULL
                """).execute(arguments: [articleID, Self.reportKey(reporter: "", entityID: outletID, on: published)])
        }
        return articleID
    }

    private mutating func insertContent(_ extraction: Extraction, articleID: Int64, input: ArticleInput) throws {
        var sentenceIDs: [Int: Int64] = [:]
        let insertSentence = try db.cachedStatement(sql: "INSERT INTO sentence (article_id, idx, start, \"end\", text) VALUES (?, ?, ?, ?, ?)")
        for sentence in extraction.sentences {
            try insertSentence.execute(arguments: [articleID, sentence.index, sentence.start, sentence.end, sentence.text])
            sentenceIDs[sentence.index] = db.lastInsertedRowID
        }

        var localIDs: [String: Int64] = [:]
        for entity in extraction.entities {
            localIDs[entity.id] = try entityID(name: entity.name, type: entity.type, aliases: entity.aliases, tickers: entity.tickers)
        }

        let insertMention = try db.cachedStatement(sql: "INSERT INTO mention (article_id, sentence_id, entity_id, start, \"end\", text) VALUES (?, ?, ?, ?, ?, ?)")
        for mention in extraction.mentions {
            guard let entityID = localIDs[mention.entity], let sentenceID = sentenceIDs[mention.sentence] else { continue }
            try insertMention.execute(arguments: [articleID, sentenceID, entityID, mention.start, mention.end, mention.text])
        }

        let insertClaim = try db.cachedStatement(sql: "INSERT INTO temp.pending_claim (id, article_id, sentence_id, start, \"end\", text, stance, hedges) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        let insertAttribution = try db.cachedStatement(sql: """
            INSERT INTO temp.pending_attribution (claim_id, report_id, reporter, reporter_entity_id, cue, cited, cited_kind,
                                     reported_on, source_start, source_end, cue_start, cue_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertClaimEntity = try db.cachedStatement(sql: "INSERT INTO temp.pending_claim_entity (entity_id, claim_id) VALUES (?, ?)")
        let insertDate = try db.cachedStatement(sql: "INSERT INTO temp.pending_claim_date (claim_id, text, value, precision) VALUES (?, ?, ?, ?)")
        for claim in extraction.claims {
            guard let sentenceID = sentenceIDs[claim.sentence] else { continue }
            let claimID = nextClaimID
            try insertClaim.execute(arguments: [
                claimID, articleID, sentenceID, claim.start, claim.end, claim.text, claim.stance.rawValue,
                claim.hedges.joined(separator: "; "),
            ])
            nextClaimID += 1
            pendingClaims += 1
            if let attribution = claim.attribution {
                var reporterID = attribution.reporterEntity.flatMap { localIDs[$0] }
                if reporterID == nil, attribution.sourceSpan == nil, let outlet = input.outlet, attribution.reporter == outlet {
                    reporterID = try entityID(name: outlet, type: .outlet, aliases: [], tickers: [])
                }
                let reportID = try self.reportID(for: attribution, reporterID: reporterID, input: input)
                try insertAttribution.execute(arguments: [
                    claimID, reportID, attribution.reporter, reporterID, attribution.cue, attribution.cited,
                    attribution.citedKind?.rawValue, attribution.reportedOn,
                    attribution.sourceSpan?.start, attribution.sourceSpan?.end,
                    attribution.cueSpan?.start, attribution.cueSpan?.end,
                ])
            }
            for local in Set(claim.entities) {
                guard let entityID = localIDs[local] else { continue }
                try insertClaimEntity.execute(arguments: [entityID, claimID])
            }
            for date in claim.dates {
                try insertDate.execute(arguments: [claimID, date.text, date.value, date.precision.rawValue])
            }
        }
    }

    /// Finds the stored entity going by any of these names or tickers, or creates it, and
    /// records the names and tickers it did not have yet. Curated names are never touched.
    private mutating func entityID(name: String, type: EntityType, aliases: [String], tickers: [String]) throws -> Int64 {
        let key = NameKey.of(name)
        if let cached = entityIDs[key] {
            try addNames(aliases, tickers: tickers, to: cached)
            try retypeOutlet(cached, as: type)
            return cached
        }
        var found: Int64?
        for ticker in tickers {
            guard let (exchange, symbol) = Self.split(ticker: ticker) else { continue }
            found = try fetchID("SELECT entity_id FROM entity_ticker WHERE exchange = ? AND symbol = ?", [exchange, symbol])
            if found != nil { break }
        }
        if found == nil {
            for candidate in [name] + aliases {
                found = try fetchID("SELECT entity_id FROM entity_alias WHERE key = ?", [NameKey.of(candidate)])
                if found != nil { break }
            }
        }
        let id: Int64
        if let found {
            id = found
            try retypeOutlet(found, as: type)
        } else {
            try db.cachedStatement(sql: "INSERT INTO entity (name, type) VALUES (?, ?)").execute(arguments: [name, type.rawValue])
            id = db.lastInsertedRowID
        }
        try addNames([name] + aliases, tickers: tickers, to: id)
        entityIDs[key] = id
        return id
    }

    /// A publisher named only in metadata is first stored as an outlet; when the text shows
    /// what it is (Xiaomi publishing its own announcement is a company), the text wins.
    /// Curated types are never touched.
    private mutating func retypeOutlet(_ id: Int64, as type: EntityType) throws {
        guard type != .outlet, !retyped.contains(id) else { return }
        retyped.insert(id)
        try db.cachedStatement(sql: "UPDATE entity SET type = ? WHERE id = ? AND type = 'outlet' AND curated = 0")
            .execute(arguments: [type.rawValue, id])
    }

    /// Records names and tickers, each once per batch: a name or ticker already tried is
    /// taken (by this entity or another), so trying it again would change nothing.
    private mutating func addNames(_ names: [String], tickers: [String], to id: Int64) throws {
        let insertAlias = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_alias (key, alias, entity_id) VALUES (?, ?, ?)")
        for name in names {
            let key = NameKey.of(name)
            guard !key.isEmpty, namesTried.insert(key).inserted else { continue }
            try insertAlias.execute(arguments: [key, name, id])
        }
        let insertTicker = try db.cachedStatement(sql: "INSERT OR IGNORE INTO entity_ticker (exchange, symbol, entity_id) VALUES (?, ?, ?)")
        for ticker in tickers {
            guard let (exchange, symbol) = Self.split(ticker: ticker), tickersTried.insert(exchange + ":" + symbol).inserted else { continue }
            try insertTicker.execute(arguments: [exchange, symbol, id])
        }
    }

    /// The report a claim belongs to. An outlet's own account is dated by its article when
    /// the claim gives no date; unnamed sources ("people familiar with the matter said")
    /// speak through the article's outlet, as nothing tells them apart across articles.
    private mutating func reportID(for attribution: Attribution, reporterID: Int64?, input: ArticleInput) throws -> Int64 {
        guard let outlet = input.outlet else {
            return try reportID(reporter: attribution.reporter, entityID: reporterID, on: attribution.reportedOn)
        }
        let outletID = try entityID(name: outlet, type: .outlet, aliases: [], tickers: [])
        let date = attribution.reportedOn ?? input.published
        if reporterID == outletID || (reporterID == nil && date == input.published) {
            return try reportID(reporter: reporterID == nil ? outlet : attribution.reporter, entityID: outletID, on: date)
        }
        return try reportID(reporter: attribution.reporter, entityID: reporterID, on: attribution.reportedOn)
    }

    /// The report of `reporter` on `date`, created on first sight and linked to the
    /// reporter's own article of that date when it is stored.
    private mutating func reportID(reporter: String, entityID: Int64?, on date: String?) throws -> Int64 {
        let key = Self.reportKey(reporter: reporter, entityID: entityID, on: date)
        if let cached = reportIDs[key] { return cached }
        if let existing = try fetchID("SELECT id FROM report WHERE key = ?", [key]) {
            reportIDs[key] = existing
            return existing
        }
        var primary: Int64?
        if let entityID, let date {
            // `+` keeps SQLite off the outlet index, where the biggest outlets hold a large
            // share of all articles; one day's articles are few.
            primary = try fetchID("SELECT id FROM article WHERE +outlet_entity_id = ? AND published = ? ORDER BY id LIMIT 1", [entityID, date])
        }
        try db.cachedStatement(sql: "INSERT INTO report (key, reporter, reporter_entity_id, reported_on, primary_article_id) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [key, reporter, entityID, date, primary])
        let id = db.lastInsertedRowID
        reportIDs[key] = id
        return id
    }

    /// A report is one reporter on one date: the reporter's entity when known, else its name.
    /// Lookups by this unique key use its index, however many reports one outlet has.
    static func reportKey(reporter: String, entityID: Int64?, on date: String?) -> String {
        (entityID.map { "#\($0)" } ?? NameKey.of(reporter)) + "|" + (date ?? "")
    }

    static func split(ticker: String) -> (String, String)? {
        guard let colon = ticker.firstIndex(of: ":") else { return nil }
        let exchange = ticker[..<colon].trimmingCharacters(in: .whitespaces).uppercased()
        let symbol = ticker[ticker.index(after: colon)...].trimmingCharacters(in: .whitespaces).uppercased()
        guard !exchange.isEmpty, !symbol.isEmpty else { return nil }
        return (exchange, symbol)
    }
}
