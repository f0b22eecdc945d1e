/// What `dossier export` can hand over, each as one flat table.
public enum ExportTable: String, Sendable, CaseIterable {
    case claims, entities, articles, mentions, attributions

    /// The query behind the export; one row per record, ordered by id so output is stable.
    var sql: String {
        switch self {
        case .claims:
            return """
                SELECT c.id AS claim_id, c.article_id, a.url AS article_url, a.title AS article_title,
                       a.outlet, a.published, s.idx AS sentence, c.start, c."end", c.text, c.stance, c.hedges,
                       at.reporter, at.cue, at.cited, at.cited_kind, at.reported_on,
                       (SELECT group_concat(e.name, '; ') FROM claim_entity ce JOIN entity e ON e.id = ce.entity_id
                            WHERE ce.claim_id = c.id) AS entities
                FROM claim c
                JOIN article a ON a.id = c.article_id
                JOIN sentence s ON s.id = c.sentence_id
                LEFT JOIN attribution at ON at.claim_id = c.id
                ORDER BY c.id
                """
        case .entities:
            return """
                SELECT e.id AS entity_id, e.name, e.type, e.curated,
                       (SELECT group_concat(alias, '; ') FROM (SELECT alias FROM entity_alias
                            WHERE entity_id = e.id AND alias <> e.name ORDER BY alias)) AS aliases,
                       (SELECT group_concat(exchange || ':' || symbol, '; ') FROM entity_ticker
                            WHERE entity_id = e.id) AS tickers
                FROM entity e
                ORDER BY e.id
                """
        case .articles:
            return """
                SELECT id AS article_id, url, title, outlet, published, author, source_path, format,
                       content_hash, ingested_at, text
                FROM article
                ORDER BY id
                """
        case .mentions:
            return """
                SELECT m.id AS mention_id, m.article_id, s.idx AS sentence, m.entity_id, e.name AS entity,
                       e.type AS entity_type, m.start, m."end", m.text
                FROM mention m
                JOIN entity e ON e.id = m.entity_id
                JOIN sentence s ON s.id = m.sentence_id
                ORDER BY m.id
                """
        case .attributions:
            return """
                SELECT at.claim_id, c.article_id, at.report_id, at.reporter, at.reporter_entity_id, at.cue,
                       at.cited, at.cited_kind, at.reported_on, at.source_start, at.source_end,
                       at.cue_start, at.cue_end
                FROM attribution at
                JOIN claim c ON c.id = at.claim_id
                ORDER BY at.claim_id
                """
        }
    }
}

extension DossierStore {
    /// Streams a whole table of the knowledge base into `sink`.
    public func export<S: RowSink>(_ table: ExportTable, into sink: inout S) throws {
        try read { db in try stream(db, sql: table.sql, into: &sink) }
    }
}
