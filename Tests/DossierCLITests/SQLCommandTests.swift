import Foundation
import Testing

@Suite struct SQLCommandTests {
    let folder = DossierProcess.temporaryFolder()
    var db: String { folder.appendingPathComponent("test.db").path }

    func makeDatabase() throws {
        try DossierProcess.run(["entity", "add", "Acme Motors", "--type", "organization", "--alias", "Acme", "--db", db])
    }

    @Test func everyKindOfWriteIsRefusedAndTheFileIsByteForByteUnchanged() throws {
        try makeDatabase()
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let attached = folder.appendingPathComponent("other.db").path
        let attempts = [
            "INSERT INTO entity (name, type) VALUES ('Borg', 'organization')",
            "UPDATE entity SET name = 'Borg'",
            "DELETE FROM entity_alias",
            "DROP TABLE entity_alias",
            "DROP VIEW claims_flat",
            "CREATE TABLE notes (text)",
            "ALTER TABLE entity ADD COLUMN note",
            "ATTACH '\(attached)' AS other",
            "ATTACH ':memory:' AS scratch",
            "PRAGMA user_version = 7",
            "PRAGMA journal_mode = DELETE",
            "PRAGMA query_only = 0",
            "VACUUM",
            "REINDEX",
            "SELECT 1; DELETE FROM entity_alias",
            "SELECT 1; DROP TABLE entity",
            "WITH doomed AS (SELECT id FROM entity) DELETE FROM entity WHERE id IN doomed",
            "-- a comment first\nDELETE FROM entity",
            "REPLACE INTO entity (id, name, type) VALUES (1, 'Borg', 'organization')",
            "BEGIN; DELETE FROM entity; COMMIT",
        ]
        for sql in attempts {
            let result = try DossierProcess.run(["sql", "--db", db, "--", sql])
            #expect(result.status == 2, "\(sql): \(result.status) \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(sql)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(sql): \(result.stderr)")
            #expect(result.stderr.contains("nothing was changed"), "\(sql): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        #expect(!FileManager.default.fileExists(atPath: attached))
        let count = try DossierProcess.run(["sql", "SELECT count(*) AS aliases FROM entity_alias", "--db", db, "--format", "csv"])
        #expect(count.output == "aliases\r\n2\r\n")
    }

    @Test func parametersBindByName() throws {
        try makeDatabase()
        let result = try DossierProcess.run(["sql", "SELECT entity_id, alias FROM entity_alias WHERE key = :key", "--param", "key=acme", "--db", db, "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output == "{\"entity_id\":1,\"alias\":\"Acme\"}\n")
        let missing = try DossierProcess.run(["sql", "SELECT :who", "--db", db])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--param"))
    }

    @Test func mistakesGetOneReadableLine() throws {
        try makeDatabase()
        for (sql, words) in [("SELEC 1", "syntax error"), ("SELECT * FROM claims_flats", "no such table"), ("", "no statement")] {
            let result = try DossierProcess.run(["sql", sql, "--db", db])
            #expect(result.status == 2, "\(sql)")
            #expect(result.stderr.hasPrefix("dossier: invalid SQL: "), "\(sql): \(result.stderr)")
            #expect(result.stderr.contains(words), "\(sql): \(result.stderr)")
            #expect(result.stderr.contains("hint:"))
        }
    }
}
