/// A flat table that `dossier export` hands over: a shortcut below, or any table or view
/// of the schema by its own name (see `DossierStore.exportTable(named:)`).
public struct ExportTable: Sendable, Hashable {
    public let name: String
    /// The query behind the export; one row per record, in a stable order.
    let sql: String
    /// A column of the query holding `claim.entities`, exported as the entities' names
    /// joined by "; " (NULL for none), as `claims_flat` shows them.
    let entityNamesColumn: String?

    init(name: String, sql: String, entityNamesColumn: String? = nil) {
        self.name = name
        self.sql = sql
        self.entityNamesColumn = entityNamesColumn
    }

    /// One row per claim, with its article, attribution and entities: the rows of the
    /// `claims_flat` view. The view looks up each entity's name in SQL, which cost half of a
    /// large export; here the names are looked up in a table read once (`EntityNames`).
    public static let claims = claimsFlat(named: "claims")

    /// The `claims_flat` view's rows, under `name`.
    static func claimsFlat(named name: String) -> ExportTable {
        ExportTable(name: name, sql: """
            SELECT c.id AS claim_id, c.article_id, a.url AS article_url, a.title AS article_title,
                   a.outlet, a.published, c.sentence, c.start, c."end", c.text, c.stance, c.hedges,
                   c.reporter, c.cue, c.cited, c.cited_kind, c.reported_on,
                   c.source_start, c.source_end, c.cue_start, c.cue_end, c.entities
            FROM claim c
            JOIN article a ON a.id = c.article_id
            ORDER BY c.id
            """, entityNamesColumn: "entities")
    }

    public static let entities = ExportTable(name: "entities", sql: """
        SELECT e.id AS entity_id, e.name, e.type, e.curated,
               (SELECT group_concat(alias, '; ') FROM (SELECT alias FROM entity_alias
                    WHERE entity_id = e.id AND alias <> e.name ORDER BY alias)) AS aliases,
               (SELECT group_concat(ticker, '; ') FROM (SELECT exchange || ':' || symbol AS ticker
                    FROM entity_ticker WHERE entity_id = e.id ORDER BY ticker)) AS tickers
        FROM entity e
        ORDER BY e.id
        """)

    public static let articles = ExportTable(name: "articles", sql: """
        SELECT id AS article_id, url, title, outlet, published, author, source_path, format,
               content_hash, ingested_at, text
        FROM article
        ORDER BY id
        """)

    public static let mentions = ExportTable(name: "mentions", sql: """
        SELECT m.article_id, m.sentence, m.entity_id, e.name AS entity, e.type AS entity_type,
               m.start, m."end", substr(a.text, m.start + 1, m."end" - m.start) AS text
        FROM mention m
        JOIN entity e ON e.id = m.entity_id
        JOIN article a ON a.id = m.article_id
        ORDER BY m.article_id, m.entity_id, m.start
        """)

    public static let attributions = ExportTable(name: "attributions", sql: """
        SELECT id AS claim_id, article_id, report_id, reporter, reporter_entity_id, cue,
               cited, cited_kind, reported_on, source_start, source_end, cue_start, cue_end
        FROM claim
        WHERE report_id IS NOT NULL
        ORDER BY id
        """)

    /// Names that read better than the schema's, each a denormalised table.
    public static let shortcuts: [ExportTable] = [claims, entities, articles, mentions, attributions]
}
