import GRDB

extension DossierStore {
    /// Streams the claims (or articles) matching `query`, best first by BM25, each with a
    /// snippet around its matches.
    public func search<S: RowSink>(_ query: SearchQuery, into sink: inout S) throws {
        try read { db in
            let index = query.articles ? "article_fts" : "claim_fts"
            try Self.checkSearch(db, index: index, text: query.text)
            var entityID: Int64?
            if let name = query.entity {
                guard let id = try Self.entityID(db, name: name) else { throw StoreError.unknownEntity(name) }
                entityID = id
            }
            let reporterID = try query.reporter.flatMap { try Self.entityID(db, name: $0) }
            let arguments: StatementArguments = [
                "query": query.text, "open": query.highlight.open, "close": query.highlight.close,
                "entity": entityID, "reporter": query.reporter.map(NameKey.of), "reporterID": reporterID,
                "since": query.since, "until": query.until, "stance": query.stance, "limit": query.limit ?? -1,
            ]
            let sql = query.articles ? Self.articleSearchSQL(query) : Self.claimSearchSQL(query)
            try stream(db, sql: sql, arguments: arguments, into: &sink)
        }
    }

    /// Runs the FTS5 query once, alone, so that a malformed one is reported before any
    /// output begins.
    static func checkSearch(_ db: Database, index: String, text: String) throws {
        do {
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT rowid FROM \(index) WHERE \(index) MATCH ? LIMIT 1)", arguments: [text])
        } catch let error as DatabaseError {
            let message = error.message ?? error.description
            throw StoreError.badSearchQuery(text, cause: message.hasPrefix("fts5: ") ? String(message.dropFirst(6)) : message)
        }
    }

    /// Dates compare as ISO 8601 prefixes: `--until 2022-08` keeps all of August.
    private static func dateFilter(_ date: String) -> String {
        """
        (:since IS NULL OR substr(\(date), 1, length(:since)) >= :since)
        AND (:until IS NULL OR substr(\(date), 1, length(:until)) <= :until)
        """
    }

    /// Ranks the matches first, joining only the tables the filters need, then computes
    /// snippets and details for the page alone: a common word over a million claims
    /// must not cost a million snippets.
    static func claimSearchSQL(_ query: SearchQuery) -> String {
        var joins: [String] = []
        var filters = ["claim_fts MATCH :query"]
        let dated = query.since != nil || query.until != nil
        if query.stance != nil || dated { joins.append("JOIN claim c ON c.id = claim_fts.rowid") }
        if dated { joins.append("JOIN article a ON a.id = c.article_id") }
        if query.reporter != nil || dated { joins.append("LEFT JOIN attribution at ON at.claim_id = claim_fts.rowid") }
        if query.stance != nil { filters.append("c.stance = :stance") }
        if query.entity != nil { filters.append("EXISTS (SELECT 1 FROM claim_entity ce WHERE ce.claim_id = claim_fts.rowid AND ce.entity_id = :entity)") }
        if query.reporter != nil { filters.append("(at.reporter_entity_id = :reporterID OR lower(at.reporter) = :reporter)") }
        if dated { filters.append(dateFilter("coalesce(at.reported_on, a.published)")) }
        return """
            WITH ranked AS (
                SELECT claim_fts.rowid AS id, bm25(claim_fts) AS rank
                FROM claim_fts
                \(joins.joined(separator: "\n    "))
                WHERE \(filters.joined(separator: "\n    AND "))
                ORDER BY rank, id
                LIMIT :limit
            )
            SELECT c.id AS claim_id, coalesce(at.reported_on, a.published) AS date, a.outlet, at.reporter,
                   c.stance, snippet(claim_fts, 0, :open, :close, '…', 16) AS snippet,
                   round(-ranked.rank, 3) + 0.0 AS score
            FROM ranked
            JOIN claim_fts ON claim_fts.rowid = ranked.id AND claim_fts MATCH :query
            JOIN claim c ON c.id = ranked.id
            JOIN article a ON a.id = c.article_id
            LEFT JOIN attribution at ON at.claim_id = c.id
            ORDER BY ranked.rank, ranked.id
            """
    }

    static func articleSearchSQL(_ query: SearchQuery) -> String {
        var filters = ["article_fts MATCH :query"]
        if query.entity != nil { filters.append("EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id AND m.entity_id = :entity)") }
        if query.reporter != nil { filters.append("(a.outlet_entity_id = :reporterID OR lower(a.outlet) = :reporter)") }
        if query.since != nil || query.until != nil { filters.append(dateFilter("a.published")) }
        return """
            WITH ranked AS (
                SELECT article_fts.rowid AS id, bm25(article_fts) AS rank
                FROM article_fts
                JOIN article a ON a.id = article_fts.rowid
                WHERE \(filters.joined(separator: "\n    AND "))
                ORDER BY rank, id
                LIMIT :limit
            )
            SELECT a.id AS article_id, a.published AS date, a.outlet, a.title,
                   snippet(article_fts, 1, :open, :close, '…', 24) AS snippet,
                   round(-ranked.rank, 3) + 0.0 AS score
            FROM ranked
            JOIN article_fts ON article_fts.rowid = ranked.id AND article_fts MATCH :query
            JOIN article a ON a.id = ranked.id
            ORDER BY ranked.rank, ranked.id
            """
    }
}
