import GRDB

extension DossierStore {
    /// Most problems reported per check, so that a badly broken file answers quickly.
    static let problemsPerCheck = 100

    /// SQLite's integrity and foreign-key checks, then the knowledge base's own invariants:
    /// sentences lie inside their article's text, mentions inside their sentence, claims
    /// quote their article's text exactly and sit in a sentence of their own article, attributions
    /// point at a report and inside the text, each entity answers to its own name, articles
    /// have one content hash and URL each and the keys of both, and the full-text indexes hold
    /// exactly the rows of their tables. Empty when all is well.
    public func check() throws -> [CheckProblem] {
        var problems = try read { db in
            var problems = try Self.sqliteChecks(db)
            for invariant in Self.invariants {
                let rows = try String.fetchAll(db, sql: invariant.sql + " LIMIT \(Self.problemsPerCheck)")
                problems += rows.map { CheckProblem(check: invariant.name, detail: $0) }
            }
            problems += try Self.aliasCheck(db)
            problems += try Self.articleKeyCheck(db)
            for index in Self.fullTextIndexes {
                problems += try Self.rowCheck(db, index)
            }
            return problems
        }
        // FTS5 checks its index against the content table through a write statement that
        // changes nothing.
        for index in Self.fullTextIndexes {
            do {
                try write { db in try db.execute(sql: "INSERT INTO \(index.name)(\(index.name), rank) VALUES ('integrity-check', 1)") }
            } catch StoreError.sqlite(let message) {
                problems.append(CheckProblem(check: index.name, detail: "the index differs from table \(index.table) (\(message)); rebuild it with INSERT INTO \(index.name)(\(index.name)) VALUES ('rebuild')"))
            }
        }
        return problems
    }

    private static func sqliteChecks(_ db: Database) throws -> [CheckProblem] {
        var problems: [CheckProblem] = []
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check(\(problemsPerCheck))")
        if integrity != ["ok"] { problems += integrity.map { CheckProblem(check: "integrity", detail: $0) } }
        let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        for row in foreignKeys.prefix(problemsPerCheck) {
            let table: String = row[0]
            let rowID: Int64? = row[1]
            let parent: String = row[2]
            problems.append(CheckProblem(check: "foreign-key", detail: "\(table) row \(rowID.map(String.init) ?? "?") refers to a missing \(parent)"))
        }
        return problems
    }

    /// Invariants as queries that return one description per offending row.
    private static let invariants: [(name: String, sql: String)] = [
        ("claim-sentence", """
            SELECT 'claim ' || c.id || ': its sentence ' || c.sentence || ' is missing'
            FROM claim c JOIN article t ON t.id = c.article_id
            WHERE c.sentence < 0 OR c.sentence >= json_array_length(t.sentences)
            """),
        ("mention-sentence", """
            SELECT 'mention at ' || m.start || ' in article ' || m.article_id || ': its sentence ' || m.sentence || ' is missing'
            FROM mention m JOIN article t ON t.id = m.article_id
            WHERE m.sentence < 0 OR m.sentence >= json_array_length(t.sentences)
            """),
        ("mention-count", """
            SELECT 'mentions of entity ' || entity_id || ' in article ' || article_id || ': ' || mentions || ' counted, ' || json_array_length(spans) || ' stored'
            FROM article_entity WHERE mentions IS NOT json_array_length(spans)
            """),
        ("sentence-offsets", """
            SELECT 'sentence ' || x.idx || ' of article ' || x.article_id || ': [' || x.start || ', ' || x."end" || ') is not inside its text'
            FROM sentence x JOIN article t ON t.id = x.article_id
            WHERE x.start < 0 OR x."end" < x.start OR x."end" > length(t.text)
            """),
        ("claim-offsets", """
            SELECT 'claim ' || x.id || ': [' || x.start || ', ' || x."end" || ') is not its text in article ' || x.article_id
            FROM claim x JOIN article t ON t.id = x.article_id
            WHERE x.start < 0 OR x."end" < x.start OR x."end" > length(t.text)
               OR substr(t.text, x.start + 1, x."end" - x.start) IS NOT x.text
            """),
        ("mention-offsets", """
            SELECT 'mention at ' || x.start || ' in article ' || x.article_id || ': [' || x.start || ', ' || x."end" || ') is not inside its sentence'
            FROM mention x JOIN article t ON t.id = x.article_id
            WHERE x."end" <= x.start OR x.start < t.sentences -> x.sentence ->> 0 OR x."end" > t.sentences -> x.sentence ->> 1
            """),
        ("claim-entities", """
            SELECT 'claim ' || c.id || ': entity ' || j.value || ' does not list it in article_entity'
            FROM claim c, json_each(c.entities) j
            WHERE NOT EXISTS (SELECT 1 FROM article_entity ae, json_each(ae.claim_ids) k
                              WHERE ae.article_id = c.article_id AND ae.entity_id = j.value AND k.value = c.id)
            UNION ALL
            SELECT 'article_entity (' || ae.article_id || ', ' || ae.entity_id || '): claim ' || k.value || ' is not one of its article''s claims about the entity'
            FROM article_entity ae, json_each(ae.claim_ids) k LEFT JOIN claim c ON c.id = k.value
            WHERE c.id IS NULL OR c.article_id IS NOT ae.article_id
               OR NOT EXISTS (SELECT 1 FROM json_each(c.entities) WHERE value = ae.entity_id)
            UNION ALL
            SELECT 'claims about entity ' || entity_id || ' in article ' || article_id || ': ' || claims || ' counted, ' || json_array_length(claim_ids) || ' stored'
            FROM article_entity WHERE claims IS NOT json_array_length(claim_ids)
            UNION ALL
            SELECT 'article_entity (' || article_id || ', ' || entity_id || '): neither a mention nor a claim'
            FROM article_entity WHERE mentions = 0 AND claims = 0
            """),
        ("attribution-report", """
            SELECT 'attribution of claim ' || c.id || ': report ' || c.report_id || ' is missing'
            FROM claim c LEFT JOIN report r ON r.id = c.report_id WHERE c.report_id IS NOT NULL AND r.id IS NULL
            """),
        ("report-articles", """
            SELECT 'attribution of claim ' || c.id || ': report ' || c.report_id || ' and article ' || c.article_id || ' are not paired in report_article'
            FROM claim c WHERE c.report_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM report_article WHERE report_id = c.report_id AND article_id = c.article_id)
              AND c.article_id NOT IN (SELECT article_id FROM report_article_queue)
            UNION ALL
            SELECT 'report_article (' || ra.report_id || ', ' || ra.article_id || '): no claim of the article is credited to the report'
            FROM report_article ra
            WHERE NOT EXISTS (SELECT 1 FROM claim WHERE article_id = ra.article_id AND report_id = ra.report_id)
            """),
        ("article-unique", """
            SELECT 'articles ' || group_concat(id, ', ') || ': one content hash' FROM article GROUP BY content_hash HAVING count(*) > 1
            UNION ALL
            SELECT 'articles ' || group_concat(id, ', ') || ': one URL' FROM article WHERE url IS NOT NULL GROUP BY url HAVING count(*) > 1
            """),
        ("attribution-offsets", """
            SELECT 'attribution of claim ' || c.id || ': source or cue span outside its article''s text'
            FROM claim c JOIN article t ON t.id = c.article_id
            WHERE (c.source_start IS NOT NULL AND (c.source_start < 0 OR c.source_end < c.source_start OR c.source_end > length(t.text)))
               OR (c.cue_start IS NOT NULL AND (c.cue_start < 0 OR c.cue_end < c.cue_start OR c.cue_end > length(t.text)))
            """),
    ]

    /// Entities that their own name does not find.
    private static func aliasCheck(_ db: Database) throws -> [CheckProblem] {
        var problems: [CheckProblem] = []
        let lookup = try db.makeStatement(sql: "SELECT entity_id FROM entity_alias WHERE key = ?")
        let entities = try Row.fetchCursor(db, sql: "SELECT id, name FROM entity ORDER BY id")
        while let row = try entities.next(), problems.count < problemsPerCheck {
            let id: Int64 = row[0]
            let name: String = row[1]
            let owner = try Int64.fetchOne(lookup, arguments: [NameKey.of(name)])
            guard owner != id else { continue }
            let cause = owner.map { "belongs to entity \($0)" } ?? "is missing"
            problems.append(CheckProblem(check: "entity-alias", detail: "entity \(id) \"\(name)\": the alias row for its own name \(cause)"))
        }
        return problems
    }

    /// Articles whose integer keys are not those of their content hash and URL, which would
    /// hide them from the lookups that find them (an article stored before the keys has no
    /// URL key).
    private static func articleKeyCheck(_ db: Database) throws -> [CheckProblem] {
        var problems: [CheckProblem] = []
        let articles = try Row.fetchCursor(db, sql: "SELECT id, content_hash, content_key, url, url_key FROM article ORDER BY id")
        while let row = try articles.next(), problems.count < problemsPerCheck {
            let id: Int64 = row[0]
            if (row[2] as Int64) != ArticleKey.of(hexDigest: row[1]) {
                problems.append(CheckProblem(check: "article-keys", detail: "article \(id): content_key is not its content hash's"))
            }
            if let url: String = row[3], let key: Int64 = row[4], key != ArticleKey.of(url: url) {
                problems.append(CheckProblem(check: "article-keys", detail: "article \(id): url_key is not its URL's"))
            }
        }
        return problems
    }

    private static let fullTextIndexes: [(name: String, table: String)] = [("claim_fts", "claim"), ("article_fts", "article")]

    /// Rows a full-text index lacks, and rows it holds that its table does not.
    private static func rowCheck(_ db: Database, _ index: (name: String, table: String)) throws -> [CheckProblem] {
        let missing = try Int64.fetchAll(db, sql: """
            SELECT id FROM \(index.table) WHERE id NOT IN (SELECT id FROM \(index.name)_docsize) LIMIT \(problemsPerCheck)
            """)
        let extra = try Int64.fetchAll(db, sql: """
            SELECT id FROM \(index.name)_docsize WHERE id NOT IN (SELECT id FROM \(index.table)) LIMIT \(problemsPerCheck)
            """)
        return missing.map { CheckProblem(check: index.name, detail: "\(index.table) \($0) is not indexed") }
            + extra.map { CheckProblem(check: index.name, detail: "indexes \(index.table) \($0), which does not exist") }
    }
}
