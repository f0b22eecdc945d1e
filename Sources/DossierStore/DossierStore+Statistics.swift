import GRDB

extension DossierStore {
    /// The tables `stats` counts, in the order of the schema.
    static let countedTables = [
        "article", "entity", "entity_alias", "entity_ticker", "sentence", "mention",
        "report", "entity_report", "claim", "attribution", "claim_entity", "claim_date", "claim_link",
    ]

    /// Mentions, sentences, attributions, claim dates and claims by entity are stored packed
    /// and counted from the packs, not unfolded through their views.
    static func countSQL(_ table: String) -> String {
        switch table {
        case "mention": "SELECT coalesce(sum(mentions), 0) FROM article_entity"
        case "claim_entity": "SELECT coalesce(sum(claims), 0) FROM article_entity"
        case "sentence": "SELECT coalesce(sum(json_array_length(sentences)), 0) FROM article"
        case "claim_date": "SELECT coalesce(sum(json_array_length(dates)), 0) FROM claim WHERE dates IS NOT NULL"
        case "attribution": "SELECT count(*) FROM claim WHERE report_id IS NOT NULL"
        default: "SELECT count(*) FROM \(table)"
        }
    }

    /// Row counts of every table, and the size of the database.
    public func statistics() throws -> Statistics {
        try read { db in
            var tables: [(name: String, rows: Int)] = []
            for table in Self.countedTables {
                tables.append((table, try Int.fetchOne(db, sql: Self.countSQL(table)) ?? 0))
            }
            let pages = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            return Statistics(tables: tables, bytes: pages * pageSize)
        }
    }
}
