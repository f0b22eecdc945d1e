import DossierStore
import Foundation
import GRDB
import Testing

/// The schema a migrated database has is exactly the one `Migrations/` defines.
@Suite struct MigrationTests {
    static let migrationsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Migrations")

    static func files() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: migrationsFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "sql" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func schema(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || coalesce(sql, '')
            FROM sqlite_master WHERE tbl_name NOT LIKE 'grdb_%' ORDER BY type, name
            """)
    }

    /// A database migrated by the files before `file` only, holding `rows`, closed.
    static func database(before file: String, holding rows: String) throws -> String {
        let path = Fixtures.temporaryDatabase()
        var migrator = DatabaseMigrator()
        for url in try files() where url.lastPathComponent < file {
            let sql = try String(contentsOf: url, encoding: .utf8)
            migrator.registerMigration(url.deletingPathExtension().lastPathComponent) { try $0.execute(sql: sql) }
        }
        let queue = try DatabaseQueue(path: path)
        try migrator.migrate(queue)
        try queue.write { try $0.execute(sql: rows) }
        try queue.close()
        return path
    }

    @Test func migratedSchemaEqualsTheMigrationFiles() throws {
        let expected = try DatabaseQueue().write { db in
            for file in try Self.files() { try db.execute(sql: String(contentsOf: file, encoding: .utf8)) }
            return try Self.schema(db)
        }
        let path = Fixtures.temporaryDatabase()
        _ = try DossierStore(path: path)
        let actual = try DatabaseQueue(path: path).read { try Self.schema($0) }
        #expect(!expected.isEmpty)
        #expect(actual == expected)
    }

    @Test func everyFileIsAppliedOnceInOrder() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        let names = try Self.files().map { $0.deletingPathExtension().lastPathComponent }
        #expect(try store.appliedMigrations() == names)
        #expect(names == names.sorted())
        #expect(names.allSatisfy { $0.prefix(4).allSatisfy(\.isNumber) })
    }

    /// A database made before 0007 keeps its mentions, packed per entity and article, and its
    /// claims, which now name their sentence by its place, indexed and exported as before.
    @Test func rowsStoredBefore0007SurviveIt() throws {
        let path = try Self.database(before: "0007", holding: """
            INSERT INTO entity (id, name, type) VALUES (1, 'Acme', 'organization'), (2, 'Ningbo', 'place');
            INSERT INTO entity_alias (key, alias, entity_id) VALUES ('acme', 'Acme', 1), ('ningbo', 'Ningbo', 2);
            INSERT INTO article (id, content_hash, format, text, ingested_at)
                VALUES (1, 'h', 'text', 'Acme builds in Ningbo. Acme hires.', '2024-01-01');
            INSERT INTO sentence (id, article_id, idx, start, "end", text)
                VALUES (1, 1, 0, 0, 21, 'Acme builds in Ningbo'), (2, 1, 1, 23, 34, 'Acme hires.');
            INSERT INTO mention (article_id, sentence_id, entity_id, start, "end", text)
                VALUES (1, 2, 1, 23, 27, 'Acme'), (1, 1, 2, 15, 21, 'Ningbo'), (1, 1, 1, 0, 4, 'Acme');
            INSERT INTO report (id, key, reporter) VALUES (1, 'wire|', 'Wire');
            INSERT INTO claim (id, article_id, sentence_id, start, "end", text, stance)
                VALUES (1, 1, 2, 23, 33, 'Acme hires', 'asserted');
            INSERT INTO attribution (claim_id, report_id, reporter, cue) VALUES (1, 1, 'Wire', 'said');
            INSERT INTO claim_entity (entity_id, claim_id) VALUES (1, 1);
            """)
        let store = try DossierStore(path: path)
        #expect(try store.check() == [])
        let mentions = try DatabaseQueue(path: path).read {
            try Row.fetchAll($0, sql: "SELECT entity_id, start, \"end\", sentence FROM mention ORDER BY article_id, entity_id, start")
                .map { [$0[0], $0[1], $0[2], $0[3]] as [Int] }
        }
        #expect(mentions == [[1, 0, 4, 0], [1, 23, 27, 1], [2, 15, 21, 0]])
        #expect(try store.statistics().tables.first { $0.name == "mention" }?.rows == 3)
        var found = CollectedRows()
        try store.search(SearchQuery(text: "hires"), into: &found)
        #expect(found.column("claim_id") == [.integer(1)])
        var flat = CollectedRows()
        try store.export(.claims, into: &flat)
        #expect(flat.column("sentence") == [.integer(1)])
        #expect(flat.column("entities") == [.text("Acme")])
    }

    /// A database made before 0009 keeps its sentences, attributions and claim dates, now
    /// packed into their article and claim rows and read back through views of the old names.
    @Test func rowsStoredBefore0009SurviveIt() throws {
        let path = try Self.database(before: "0009", holding: """
            INSERT INTO entity (id, name, type) VALUES (1, 'Acme', 'organization'), (2, 'Wire', 'outlet');
            INSERT INTO entity_alias (key, alias, entity_id) VALUES ('acme', 'Acme', 1), ('wire', 'Wire', 2);
            INSERT INTO article (id, content_hash, format, text, ingested_at)
                VALUES (1, 'h', 'text', 'Acme builds in May. Acme hires, Wire said.', '2024-01-01'),
                       (2, 'i', 'text', 'Quiet.', '2024-01-01');
            INSERT INTO sentence (article_id, idx, start, "end") VALUES (1, 1, 20, 42), (1, 0, 0, 19), (2, 0, 0, 6);
            INSERT INTO article_entity (entity_id, article_id, mentions, spans) VALUES (1, 1, 2, '[[0,4,0],[20,24,1]]');
            INSERT INTO report (id, key, reporter, reporter_entity_id, reported_on) VALUES (1, '#2|2024-01-01', 'Wire', 2, '2024-01-01');
            INSERT INTO claim (id, article_id, sentence, start, "end", text, stance)
                VALUES (1, 1, 0, 0, 18, 'Acme builds in May', 'asserted'), (2, 1, 1, 20, 30, 'Acme hires', 'hedged');
            INSERT INTO attribution (claim_id, report_id, reporter, reporter_entity_id, cue, cited, cited_kind, reported_on, source_start, source_end, cue_start, cue_end)
                VALUES (2, 1, 'Wire', 2, 'said', 'Wire', 'named', '2024-01-01', 32, 36, 37, 41);
            INSERT INTO claim_date (claim_id, text, value, precision) VALUES (1, 'May', '2024-05', 'month'), (1, 'in May', NULL, 'month');
            INSERT INTO claim_entity (entity_id, claim_id) VALUES (1, 1), (1, 2);
            INSERT INTO claim_fts (rowid, text) SELECT id, text FROM claim;
            INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM article;
            """)
        let store = try DossierStore(path: path)
        #expect(try store.check() == [])
        let migrated = try DatabaseQueue(path: path)
        #expect(try migrated.strings("SELECT article_id || ' ' || idx || ' ' || start || ' ' || \"end\" FROM sentence ORDER BY article_id, idx")
            == ["1 0 0 19", "1 1 20 42", "2 0 0 6"])
        #expect(try migrated.strings("SELECT claim_id || ' ' || report_id || ' ' || reporter || ' ' || reporter_entity_id || ' ' || cue || ' ' || cited || ' ' || cited_kind || ' ' || reported_on || ' ' || source_start || ' ' || source_end || ' ' || cue_start || ' ' || cue_end FROM attribution")
            == ["2 1 Wire 2 said Wire named 2024-01-01 32 36 37 41"])
        #expect(try migrated.strings("SELECT claim_id || ' ' || text || ' ' || coalesce(value, '-') || ' ' || precision FROM claim_date")
            == ["1 May 2024-05 month", "1 in May - month"])
        #expect(try store.statistics().tables.filter { ["sentence", "attribution", "claim_date"].contains($0.name) }.map(\.rows) == [3, 1, 2])
        var flat = CollectedRows()
        try store.export(.claims, into: &flat)
        #expect(flat.column("reporter") == [.null, .text("Wire")])
        #expect(flat.column("entities") == [.text("Acme"), .text("Acme")])
        var found = CollectedRows()
        try store.search(SearchQuery(text: "hires"), into: &found)
        #expect(found.column("reporter") == [.text("Wire")])
    }

    /// A database made before 0010 pairs each report with its articles, and claims no longer
    /// name their report through a foreign key, whose deletes would read every claim.
    @Test func rowsStoredBefore0010SurviveIt() throws {
        let path = try Self.database(before: "0010", holding: """
            INSERT INTO entity (id, name, type) VALUES (1, 'Wire', 'outlet'), (2, 'Post', 'outlet');
            INSERT INTO entity_alias (key, alias, entity_id) VALUES ('wire', 'Wire', 1), ('post', 'Post', 2);
            INSERT INTO article (id, content_hash, format, text, ingested_at, sentences)
                VALUES (1, 'h', 'text', 'Acme builds, Wire said. Acme hires, Wire said.', '2024-01-01', '[[0,23],[24,46]]'),
                       (2, 'i', 'text', 'Acme builds, Wire said. Acme sells, Post said.', '2024-01-02', '[[0,23],[24,46]]');
            INSERT INTO report (id, key, reporter, reporter_entity_id, reported_on)
                VALUES (1, '#1|2024-01-01', 'Wire', 1, '2024-01-01'), (2, '#2|2024-01-02', 'Post', 2, '2024-01-02');
            INSERT INTO claim (id, article_id, sentence, start, "end", text, stance, report_id, reporter, cue)
                VALUES (1, 1, 0, 0, 11, 'Acme builds', 'asserted', 1, 'Wire', 'said'),
                       (2, 1, 1, 24, 34, 'Acme hires', 'asserted', 1, 'Wire', 'said'),
                       (3, 2, 0, 0, 11, 'Acme builds', 'asserted', 1, 'Wire', 'said'),
                       (4, 2, 1, 24, 34, 'Acme sells', 'asserted', 2, 'Post', 'said');
            INSERT INTO claim_fts (rowid, text) SELECT id, text FROM claim;
            INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM article;
            """)
        let store = try DossierStore(path: path)
        #expect(try store.check().map(\.description) == [])
        let migrated = try DatabaseQueue(path: path)
        #expect(try migrated.strings("SELECT report_id || ' ' || article_id FROM report_article") == ["1 1", "1 2", "2 2"])
        #expect(try migrated.strings("SELECT \"table\" FROM pragma_foreign_key_list('claim') ORDER BY 1") == ["article", "entity"])
        #expect(try migrated.strings("SELECT name FROM sqlite_schema WHERE name = 'claim_report'") == [])
        #expect(try migrated.strings("SELECT v FROM claim_fts_config WHERE k = 'hashsize' UNION ALL SELECT v FROM article_fts_config WHERE k = 'hashsize'")
            == ["16777216", "16777216"])
        // A claim leaving its article's report takes the pair with it once it is the last.
        try migrated.write { db in
            try db.execute(sql: "UPDATE claim SET report_id = 2, reporter = 'Post' WHERE id = 3")
            try db.execute(sql: "DELETE FROM claim WHERE id = 2")
        }
        #expect(try migrated.strings("SELECT report_id || ' ' || article_id FROM report_article") == ["1 1", "2 2"])
        try migrated.write { try $0.execute(sql: "DELETE FROM article WHERE id = 2") }
        #expect(try migrated.strings("SELECT report_id || ' ' || article_id FROM report_article") == ["1 1"])
        #expect(try store.check().map(\.description) == [])
    }

    /// A database made before 0011 lists each article's claims about an entity in its
    /// article_entity row, with a row for an entity a claim names and the article never
    /// mentions, and claim_entity reads back as before.
    @Test func rowsStoredBefore0011SurviveIt() throws {
        let path = try Self.database(before: "0011", holding: """
            INSERT INTO entity (id, name, type) VALUES (1, 'Acme', 'organization'), (2, 'Ningbo', 'place');
            INSERT INTO entity_alias (key, alias, entity_id) VALUES ('acme', 'Acme', 1), ('ningbo', 'Ningbo', 2);
            INSERT INTO article (id, content_hash, format, text, ingested_at, sentences)
                VALUES (1, 'h', 'text', 'Acme builds in Ningbo. Acme hires.', '2024-01-01', '[[0,22],[23,34]]'),
                       (2, 'i', 'text', 'The carmaker sells.', '2024-01-02', '[[0,18]]');
            INSERT INTO article_entity (article_id, entity_id, mentions, spans)
                VALUES (1, 1, 2, '[[0,4,0],[23,27,1]]'), (1, 2, 1, '[[15,21,0]]');
            INSERT INTO claim (id, article_id, sentence, start, "end", text, stance, entities)
                VALUES (1, 1, 0, 0, 21, 'Acme builds in Ningbo', 'asserted', '[1,2]'),
                       (2, 1, 1, 23, 33, 'Acme hires', 'asserted', '[1]'),
                       (3, 2, 0, 0, 18, 'The carmaker sells', 'asserted', '[1]');
            INSERT INTO claim_entity (entity_id, claim_id) VALUES (1, 1), (2, 1), (1, 2), (1, 3);
            INSERT INTO claim_fts (rowid, text) SELECT id, text FROM claim;
            INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM article;
            """)
        let store = try DossierStore(path: path)
        #expect(try store.check().map(\.description) == [])
        let migrated = try DatabaseQueue(path: path)
        #expect(try migrated.strings("""
            SELECT article_id || ' ' || entity_id || ' ' || mentions || ' ' || claims || ' ' || claim_ids
            FROM article_entity ORDER BY article_id, entity_id
            """) == ["1 1 2 2 [1,2]", "1 2 1 1 [1]", "2 1 0 1 [3]"])
        #expect(try migrated.strings("SELECT entity_id || ' ' || claim_id FROM claim_entity ORDER BY 1") == ["1 1", "1 2", "1 3", "2 1"])
        #expect(try migrated.strings("SELECT type FROM sqlite_schema WHERE name = 'claim_entity'") == ["view"])
        var claims = CollectedRows()
        try store.claims(entity: "Acme", into: &claims)
        #expect(claims.column("claim_id") == [.integer(1), .integer(2), .integer(3)])
        #expect(try store.statistics().tables.first { $0.name == "claim_entity" }?.rows == 4)
        #expect(try store.statistics().tables.first { $0.name == "mention" }?.rows == 3)
    }

    /// A database made before 0014 finds its articles by integer keys: the content key comes
    /// from the stored hash, and a URL stored before the keys is still found, so new text at
    /// that URL replaces the article and the same text is unchanged.
    @Test func rowsStoredBefore0014SurviveIt() throws {
        let stored = Fixtures.article()
        let path = try Self.database(before: "0014", holding: """
            INSERT INTO article (id, content_hash, url, format, text, ingested_at, sentences)
                VALUES (1, '\(stored.contentHash)', 'https://example.org/acme', 'text', '\(stored.text)', '2024-01-01', '[[0,60]]'),
                       (2, '0123456789abcdefff', NULL, 'text', 'Quiet.', '2024-01-02', '[[0,6]]');
            INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM article;
            """)
        let store = try DossierStore(path: path)
        #expect(try store.check().map(\.description) == [])
        let migrated = try DatabaseQueue(path: path)
        #expect(try migrated.strings("SELECT id || ' ' || content_key || ' ' || coalesce(url_key, '-') FROM article WHERE id = 2") == ["2 \(0x0123456789abcde) -"])
        #expect(try store.write([stored]) == [.unchanged(articleID: 1)])
        let changed = Fixtures.article(text: "Acme Motors will open a plant in Ningbo, Harbour Daily said!")
        #expect(try store.write([changed]) == [.replaced(articleID: 3, previousID: 1)])
        #expect(try migrated.strings("SELECT id FROM article WHERE url = 'https://example.org/acme'") == ["3"])
        #expect(try store.write([changed]) == [.unchanged(articleID: 3)])
        #expect(try store.check().map(\.description) == [])
    }

    @Test func reopeningDoesNotMigrateAgain() throws {
        let path = Fixtures.temporaryDatabase()
        let first = try DossierStore(path: path)
        _ = try first.write([Fixtures.article()])
        let second = try DossierStore(path: path, create: false)
        #expect(try second.statistics().tables.first { $0.name == "article" }?.rows == 1)
    }

    @Test func missingDatabaseIsAnErrorWithoutCreate() throws {
        let path = Fixtures.temporaryDatabase()
        #expect(throws: StoreError.notInitialised(path: path)) { try DossierStore(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
