import GRDB

/// Columns of `claims --entity`: one row per claim, with its article and attribution.
let claimColumnsSQL = """
    c.id AS claim_id, a.title, a.outlet, a.published, c.reporter, c.cue, c.cited, c.cited_kind,
    c.reported_on, c.stance, c.hedges, c.text
    """

extension DossierStore {
    /// Streams every claim that mentions the entity going by `name` (or any of its aliases),
    /// in the order they were stored.
    public func claims<S: RowSink>(entity name: String, limit: Int? = nil, into sink: inout S) throws {
        try read { db in
            guard let entityID = try Self.entityID(db, name: name) else { throw StoreError.unknownEntity(name) }
            // An article's claims are stored after every earlier article's, so article by
            // article, each in list order, is claim id order.
            try stream(db, sql: """
                SELECT \(claimColumnsSQL)
                FROM article_entity ae, json_each(ae.claim_ids) j
                JOIN claim c ON c.id = j.value
                JOIN article a ON a.id = c.article_id
                WHERE ae.entity_id = ? AND ae.claims > 0
                ORDER BY ae.article_id, j.key
                LIMIT ?
                """, arguments: [entityID, limit ?? -1], into: &sink)
        }
    }

    /// Streams the entities of the knowledge base, most mentioned first.
    public func entities<S: RowSink>(type: String?, limit: Int? = nil, into sink: inout S) throws {
        try read { db in
            try stream(db, sql: """
                SELECT e.id, e.name, e.type,
                       (SELECT group_concat(alias, '; ') FROM (SELECT alias FROM entity_alias
                            WHERE entity_id = e.id AND alias <> e.name ORDER BY alias)) AS aliases,
                       (SELECT group_concat(exchange || ':' || symbol, '; ') FROM entity_ticker
                            WHERE entity_id = e.id) AS tickers,
                       coalesce((SELECT sum(mentions) FROM article_entity WHERE entity_id = e.id), 0) AS mentions
                FROM entity e
                WHERE ?1 IS NULL OR e.type = ?1
                ORDER BY mentions DESC, e.name
                LIMIT ?2
                """, arguments: [type, limit ?? -1], into: &sink)
        }
    }

    /// The stored entity going by `name`, case and spacing aside.
    static func entityID(_ db: Database, name: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT entity_id FROM entity_alias WHERE key = ?", arguments: [NameKey.of(name)])
    }
}
