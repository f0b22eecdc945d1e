import GRDB

extension DossierStore {
    /// Streams the claims (or articles) matching `query`, best first by BM25, each with a
    /// snippet around its matches.
    @discardableResult
    public func search<S: RowSink>(_ query: SearchQuery, into sink: inout S) throws -> SearchRanking {
        try read { db in
            let index = query.articles ? "article_fts" : "claim_fts"
            try Self.checkSearch(db, index: index, text: query.text)
            var entityID: Int64?
            if let name = query.entity {
                guard let id = try Self.entityID(db, name: name) else { throw StoreError.unknownEntity(name) }
                entityID = id
            }
            let reporterID = try query.reporter.flatMap { try Self.entityID(db, name: $0) }
            let window = try Self.rankingWindow(db, index: index, query: query)
            let arguments: StatementArguments = [
                "query": query.text, "open": query.highlight.open, "close": query.highlight.close,
                "entity": entityID, "reporter": query.reporter.map(NameKey.of), "reporterID": reporterID,
                "since": query.since, "until": query.until, "stance": query.stance, "limit": query.limit ?? -1,
                "from": window ?? 0, "rank": SharedBM25.rankSpecification(),
            ]
            try stream(db, sql: query.articles ? Self.articleSearchSQL : Self.claimSearchSQL, arguments: arguments, into: &sink)
            return SearchRanking(rankedLatest: window == nil ? nil : query.rankLatest)
        }
    }

    /// The first row of the last `rankLatest` matches, when there are more and the query may
    /// rank only those. Filters apply after ranking, so a filtered search ranks every match,
    /// lest the last ones hold too few that pass.
    private static func rankingWindow(_ db: Database, index: String, query: SearchQuery) throws -> Int64? {
        guard let size = query.rankLatest, size > 0, size >= (query.limit ?? .max),
              query.entity == nil, query.reporter == nil, query.since == nil, query.until == nil, query.stance == nil
        else { return nil }
        let beyond = try Int64.fetchOne(db, sql: """
            SELECT rowid FROM \(index) WHERE \(index) MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?
            """, arguments: [query.text, size])
        return beyond.map { $0 + 1 }
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

    // `ORDER BY <index>.rank` alone lets FTS5 rank the matches itself, with `SharedBM25`
    // (`rank MATCH :rank`) so that the score shown reuses the ranking's counts; rows then come out
    // best first and are joined, filtered and given a snippet one by one until the limit,
    // so a common word over a million claims costs its ranking, not a million snippets.

    static let claimSearchSQL = """
        SELECT c.id AS claim_id, coalesce(c.reported_on, a.published) AS date, a.outlet, c.reporter,
               c.stance, snippet(claim_fts, 0, :open, :close, '…', 16) AS snippet,
               round(-claim_fts.rank, 3) + 0.0 AS score
        FROM claim_fts
        JOIN claim c ON c.id = claim_fts.rowid
        JOIN article a ON a.id = c.article_id
        WHERE claim_fts MATCH :query AND claim_fts.rank MATCH :rank AND claim_fts.rowid >= :from
          AND (:stance IS NULL OR c.stance = :stance)
          AND (:entity IS NULL OR EXISTS (SELECT 1 FROM json_each(c.entities) WHERE value = :entity))
          AND (:reporter IS NULL OR c.reporter_entity_id = :reporterID OR lower(c.reporter) = :reporter)
          AND \(dateFilter("coalesce(c.reported_on, a.published)"))
        ORDER BY claim_fts.rank
        LIMIT :limit
        """

    static let articleSearchSQL = """
        SELECT a.id AS article_id, a.published AS date, a.outlet, a.title,
               snippet(article_fts, 1, :open, :close, '…', 24) AS snippet,
               round(-article_fts.rank, 3) + 0.0 AS score
        FROM article_fts
        JOIN article a ON a.id = article_fts.rowid
        WHERE article_fts MATCH :query AND article_fts.rank MATCH :rank AND article_fts.rowid >= :from
          AND (:entity IS NULL OR EXISTS (SELECT 1 FROM article_entity WHERE entity_id = :entity AND article_id = a.id))
          AND (:reporter IS NULL OR a.outlet_entity_id = :reporterID OR lower(a.outlet) = :reporter)
          AND \(dateFilter("a.published"))
        ORDER BY article_fts.rank
        LIMIT :limit
        """
}
