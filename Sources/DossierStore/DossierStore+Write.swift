import DossierExtraction
import Foundation
import GRDB

extension DossierStore {
    /// Which of these content hashes are stored already: lets ingestion skip text analysis
    /// for text it has stored, with one read per batch.
    public func storedContentHashes(_ hashes: [String]) throws -> Set<String> {
        try read { db in
            let lookup = try db.cachedStatement(sql: ArticleKey.contentLookupSQL)
            var stored: Set<String> = []
            for hash in hashes where try Int.fetchOne(lookup, arguments: [ArticleKey.of(hexDigest: hash), hash]) != nil {
                stored.insert(hash)
            }
            return stored
        }
    }

    /// Writes a batch of articles in one transaction: all of them land, or none does.
    ///
    /// Unchanged text is a no-op; an article whose URL is already stored with other text
    /// replaces that article whole (its sentences, mentions, claims and links go with it).
    public func write(_ articles: [ArticleInput]) throws -> [WriteOutcome] {
        try writeArticles { try $0.write(articles) }
    }

    /// Hands `body` an `ArticleWriter` on the store's one writer connection, for writing
    /// batch after batch; what it has written when `body` returns is committed. An error
    /// rolls back the batches not committed yet and is rethrown.
    ///
    /// Meanwhile the log is checkpointed in the background whenever it holds
    /// `checkpointFrames` pages.
    public func writeArticles<T>(
        articlesPerTransaction: Int = ArticleWriter.defaultArticlesPerTransaction, checkpointFrames: Int = ArticleWriter.defaultCheckpointFrames,
        _ body: (inout ArticleWriter) throws -> T
    ) throws -> T {
        try wrap {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                let checkpointer = LogCheckpointer(path: path, writer: db, frames: checkpointFrames)
                var writer = ArticleWriter(db: db, articlesPerTransaction: articlesPerTransaction, checkpointer: checkpointer)
                do {
                    let result = try body(&writer)
                    try writer.commit()
                    checkpointer.stop(db)
                    return result
                } catch {
                    writer.rollback()
                    checkpointer.stop(db)
                    throw error
                }
            }
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
/// New articles and claims reach their full-text indexes when `finish()` indexes them with
/// one statement per index: SQLite's FTS5 writes the terms of every statement that touches
/// it as a new index segment, so indexing row by row made one tiny segment per row and kept
/// the index merging.
struct BatchWriter {
    let db: Database
    private var entityIDs: [String: Int64] = [:]
    /// Entities whose outlet type was already checked against the text in this batch.
    private var retyped: Set<Int64> = []
    private var reportIDs: [String: Int64] = [:]
    private let now = ISO8601DateFormatter().string(from: Date())
    private var namesTried: Set<String> = []
    private var tickersTried: Set<String> = []
    /// Whether SQLite's foreign-key cascades are on: only then are articles at a stored URL
    /// looked for and replaced.
    let cascading: Bool
    /// The first article and claim not in their full-text indexes yet.
    private var unindexedArticles: Int64?
    private var unindexedClaims: Int64?
    /// Rows of the entity indexes, written in key order when the batch finishes: the batch
    /// then rewrites each index page it touches once, where rows written in text order came
    /// back to the same pages, entity after entity, for every article.
    private var articleEntities: [ArticleEntityRow] = []

    init(db: Database, cascading: Bool) {
        self.db = db
        self.cascading = cascading
    }

    /// Writes the entity index rows and adds the articles and claims written since the last
    /// call to their full-text indexes.
    mutating func finish() throws {
        articleEntities.sort { ($0.article, $0.entity) < ($1.article, $1.entity) }
        try FastStatement.insert(
            db, "INSERT OR IGNORE INTO article_entity (article_id, entity_id, mentions, spans, claims, claim_ids)", columns: 6,
            rows: articleEntities
        ) { row, bind in
            bind(row.article)
            bind(row.entity)
            bind(row.mentions)
            bind(row.spans)
            bind(row.claims.count)
            bind(JSONText.integers(row.claims))
        }
        articleEntities.removeAll(keepingCapacity: true)
        if let first = unindexedArticles {
            try db.execute(sql: "INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM article WHERE id >= ?", arguments: [first])
            unindexedArticles = nil
        }
        if let first = unindexedClaims {
            try db.execute(sql: "INSERT INTO claim_fts (rowid, text) SELECT id, text FROM claim WHERE id >= ?", arguments: [first])
            unindexedClaims = nil
        }
    }

    mutating func write(_ input: ArticleInput) throws -> WriteOutcome {
        let hash = input.contentHash
        if let existing = try fetchID(ArticleKey.contentLookupSQL, input.contentKey, hash) {
            return .unchanged(articleID: existing)
        }
        guard let sentences = input.packed.sentences else {
            throw StoreError.invalidArgument(
                "the sentences of \(input.sourcePath ?? "an article") are not numbered in text order",
                hint: "number an article's sentences 0, 1, 2... as text analysis does")
        }
        var previous: Int64?
        // Without cascades nothing is replaced: `ArticleWriter` gave every batch with a stored
        // URL and new text a cascading write of its own.
        if cascading, let url = input.url, let urlKey = input.urlKey {
            previous = try fetchID(ArticleKey.urlLookupSQL, urlKey, url)
            if let previous {
                // The delete triggers take the old rows out of the indexes, so everything
                // written before must be in them; and the reports the old article relayed are
                // deleted unless another article relays them.
                try finish()
                try DossierStore.pairQueuedReports(db)
                try delete(articleID: previous)
            }
        }
        // Resolved once per article: every claim the outlet vouches for needs it.
        let outletID = try input.outlet.map { try entityID(PackedEntity(Entity(id: "", name: $0, type: .outlet), mentions: [])) }
        let articleID = try insertArticle(input, hash: hash, outletID: outletID, sentences: sentences)
        try insertContent(of: input, articleID: articleID, outletID: outletID)
        if let previous { return .replaced(articleID: articleID, previousID: previous) }
        return .new(articleID: articleID)
    }

    /// Deletes an article with everything that belongs to it, the reports that only it
    /// relayed, and what the reports it shared no longer say about an entity.
    private mutating func delete(articleID: Int64) throws {
        let reports = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT report_id FROM claim WHERE article_id = ? AND report_id IS NOT NULL
            """, arguments: [articleID])
        try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [articleID])
        let deleteUnused = try db.cachedStatement(sql: """
            DELETE FROM report WHERE id = ? AND NOT EXISTS (SELECT 1 FROM report_article WHERE report_id = ?)
            """)
        // A report other articles still relay may have lost its last claim about an entity.
        let deleteStale = try db.cachedStatement(sql: """
            DELETE FROM entity_report WHERE report_id = :report AND NOT EXISTS (
                SELECT 1 FROM \(reportClaimsSQL), json_each(c.entities) j
                WHERE ra.report_id = :report AND j.value = entity_report.entity_id)
            """)
        for report in reports {
            try deleteUnused.execute(arguments: [report, report])
            try deleteStale.execute(arguments: ["report": report])
        }
        reportIDs.removeAll()
    }

    /// The first id a prepared lookup finds.
    private func fetchID<each Value: FastBindable>(_ sql: String, _ values: repeat each Value) throws -> Int64? {
        try FastStatement(db, sql).fetchInt(repeat each values)
    }

    private mutating func insertArticle(_ input: ArticleInput, hash: String, outletID: Int64?, sentences: String) throws -> Int64 {
        let articleID = try FastStatement(db, """
            INSERT INTO article (content_hash, content_key, url, url_key, title, outlet, outlet_entity_id, published, author,
                                 source_path, format, text, ingested_at, sentences)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).insert(
                hash, input.contentKey, input.url, input.urlKey, input.title, input.outlet, outletID, input.published, input.author,
                input.sourcePath, input.format, input.text, now, sentences)
        if unindexedArticles == nil { unindexedArticles = articleID }
        if let outletID, let published = input.published {
            try FastStatement(db, "UPDATE report SET primary_article_id = ? WHERE key = ? AND primary_article_id IS NULL")
                .execute(articleID, Self.reportKey(reporter: "", entityID: outletID, on: published))
        }
        return articleID
    }

    private mutating func insertContent(of input: ArticleInput, articleID: Int64, outletID: Int64?) throws {
        let extraction = input.extraction
        let packed = input.packed
        var localIDs: [String: Int64] = [:]
        var storedIDs: [Int64] = []
        for (entity, names) in zip(extraction.entities, packed.entities) {
            let id = try entityID(names)
            localIDs[entity.id] = id
            storedIDs.append(id)
        }

        let insertClaim = try FastStatement(db, """
            INSERT INTO claim (article_id, sentence, start, "end", text, stance, hedges, dates, entities,
                               report_id, reporter, reporter_entity_id, cue, cited, cited_kind, reported_on,
                               source_start, source_end, cue_start, cue_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var entities: [Int64] = []
        var claimsAbout: [Int64: [Int64]] = [:]
        for (claim, prepared) in zip(extraction.claims, packed.claims) {
            guard let prepared else { continue }
            let attribution = claim.attribution
            var reporterID = attribution?.reporterEntity.flatMap { localIDs[$0] }
            var reportID: Int64?
            if let attribution {
                if reporterID == nil, attribution.sourceSpan == nil, attribution.reporter == input.outlet {
                    reporterID = outletID
                }
                reportID = try self.reportID(for: attribution, reporterID: reporterID, input: input, outletID: outletID)
            }
            // Two local entities may be one stored entity.
            entities.removeAll(keepingCapacity: true)
            for index in prepared.entities where !entities.contains(storedIDs[index]) { entities.append(storedIDs[index]) }
            entities.sort()
            let claimID = try insertClaim.insert { bind in
                bind(articleID)
                bind(claim.sentence)
                bind(claim.start)
                bind(claim.end)
                bind(claim.text)
                bind(claim.stance.rawValue)
                bind(prepared.hedges)
                bind(prepared.dates)
                bind(JSONText.integers(entities))
                bind(reportID)
                bind(attribution?.reporter)
                bind(reporterID)
                bind(attribution?.cue)
                bind(attribution?.cited)
                bind(attribution?.citedKind?.rawValue)
                bind(attribution?.reportedOn)
                bind(attribution?.sourceSpan?.start)
                bind(attribution?.sourceSpan?.end)
                bind(attribution?.cueSpan?.start)
                bind(attribution?.cueSpan?.end)
            }
            if unindexedClaims == nil { unindexedClaims = claimID }
            for entity in entities {
                claimsAbout[entity, default: []].append(claimID)
            }
        }
        addEntityRows(of: packed.entities, storedIDs: storedIDs, articleID: articleID, claimsAbout: claimsAbout)
    }

    /// One `article_entity` row per stored entity the article mentions or has a claim about,
    /// with its mentions in text order and its claims in id order. Two local entities that are
    /// one stored entity share a row; a name of each found at one offset is one mention.
    private mutating func addEntityRows(
        of entities: [PackedEntity], storedIDs: [Int64], articleID: Int64, claimsAbout: [Int64: [Int64]]
    ) {
        var first: [Int64: PackedEntity] = [:]
        var shared: [Int64: [MentionSpan]] = [:]
        for (entity, id) in zip(entities, storedIDs) where !entity.mentions.isEmpty {
            if let other = first[id] {
                shared[id, default: other.mentions].append(contentsOf: entity.mentions)
            } else {
                first[id] = entity
            }
        }
        for (id, entity) in first {
            let claims = claimsAbout[id] ?? []
            if let spans = shared[id] {
                let mentions = MentionSpan.inTextOrder(spans)
                articleEntities.append(ArticleEntityRow(articleID, id, mentions.count, MentionSpan.json(mentions), claims))
            } else {
                articleEntities.append(ArticleEntityRow(articleID, id, entity.mentions.count, entity.spans, claims))
            }
        }
        for (id, claims) in claimsAbout where first[id] == nil {
            articleEntities.append(ArticleEntityRow(articleID, id, 0, "[]", claims))
        }
    }

    /// Finds the stored entity going by any of these names or tickers, or creates it, and
    /// records the names and tickers it did not have yet. Curated names are never touched.
    private mutating func entityID(_ entity: PackedEntity) throws -> Int64 {
        if let cached = entityIDs[entity.key] {
            try addNames(entity, to: cached)
            try retypeOutlet(cached, as: entity.type)
            return cached
        }
        var found: Int64?
        for ticker in entity.tickers {
            found = try fetchID("SELECT entity_id FROM entity_ticker WHERE exchange = ? AND symbol = ?", ticker.exchange, ticker.symbol)
            if found != nil { break }
        }
        if found == nil {
            for name in entity.names {
                found = try fetchID("SELECT entity_id FROM entity_alias WHERE key = ?", name.key)
                if found != nil { break }
            }
        }
        let id: Int64
        if let found {
            id = found
            try retypeOutlet(found, as: entity.type)
        } else {
            id = try FastStatement(db, "INSERT INTO entity (name, type) VALUES (?, ?)").insert(entity.name, entity.type.rawValue)
        }
        try addNames(entity, to: id)
        entityIDs[entity.key] = id
        return id
    }

    /// A publisher named only in metadata is first stored as an outlet; when the text shows
    /// what it is (Xiaomi publishing its own announcement is a company), the text wins.
    /// Curated types are never touched.
    private mutating func retypeOutlet(_ id: Int64, as type: EntityType) throws {
        guard type != .outlet, !retyped.contains(id) else { return }
        retyped.insert(id)
        try FastStatement(db, "UPDATE entity SET type = ? WHERE id = ? AND type = 'outlet' AND curated = 0")
            .execute(type.rawValue, id)
    }

    /// Records names and tickers, each once per batch: a name or ticker already tried is
    /// taken (by this entity or another), so trying it again would change nothing.
    private mutating func addNames(_ entity: PackedEntity, to id: Int64) throws {
        let insertAlias = try FastStatement(db, "INSERT OR IGNORE INTO entity_alias (key, alias, entity_id) VALUES (?, ?, ?)")
        for name in entity.names where namesTried.insert(name.key).inserted {
            try insertAlias.execute(name.key, name.name, id)
        }
        let insertTicker = try FastStatement(db, "INSERT OR IGNORE INTO entity_ticker (exchange, symbol, entity_id) VALUES (?, ?, ?)")
        for ticker in entity.tickers where tickersTried.insert(ticker.exchange + ":" + ticker.symbol).inserted {
            try insertTicker.execute(ticker.exchange, ticker.symbol, id)
        }
    }

    /// The report a claim belongs to. An outlet's own account is dated by its article when
    /// the claim gives no date; unnamed sources ("people familiar with the matter said")
    /// speak through the article's outlet, as nothing tells them apart across articles.
    private mutating func reportID(for attribution: Attribution, reporterID: Int64?, input: ArticleInput, outletID: Int64?) throws -> Int64 {
        guard let outlet = input.outlet, let outletID else {
            return try reportID(reporter: attribution.reporter, entityID: reporterID, on: attribution.reportedOn)
        }
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
        if let existing = try fetchID("SELECT id FROM report WHERE key = ?", key) {
            reportIDs[key] = existing
            return existing
        }
        var primary: Int64?
        if let entityID, let date {
            primary = try fetchID("SELECT id FROM article WHERE outlet_entity_id = ? AND published = ? ORDER BY id LIMIT 1", entityID, date)
        }
        let id = try FastStatement(db, "INSERT INTO report (key, reporter, reporter_entity_id, reported_on, primary_article_id) VALUES (?, ?, ?, ?, ?)")
            .insert(key, reporter, entityID, date, primary)
        reportIDs[key] = id
        return id
    }

    /// A report is one reporter on one date: the reporter's entity when known, else its name.
    /// Lookups by this unique key use its index, however many reports one outlet has.
    static func reportKey(reporter: String, entityID: Int64?, on date: String?) -> String {
        (entityID.map { "#\($0)" } ?? NameKey.of(reporter)) + "|" + (date ?? "")
    }
}
