import DossierStore
import Foundation
import GRDB
import Testing

/// What a store opened read-only, and `query(readOnlySQL:)`, let through.
@Suite struct ReadOnlyTests {
    let path = Fixtures.temporaryDatabase()

    @Test func readingStatementsRunWithTheirParameters() throws {
        _ = try DossierStore(path: path).write([Fixtures.article()])
        let store = try DossierStore(path: path, create: false, readOnly: true)
        for sql in [
            "SELECT name FROM entity WHERE name = :name",
            "  /* why */ -- and how\n WITH named AS (SELECT name FROM entity) SELECT name FROM named WHERE name = $name;",
            "VALUES (:name)",
        ] {
            var rows = CollectedRows()
            try store.query(readOnlySQL: sql, parameters: ["name": "Ningbo"], into: &rows)
            #expect(rows.rows == [[.text("Ningbo")]], "\(sql)")
        }
    }

    @Test func writingStatementsAreRefusedBeforeTheyRun() throws {
        let store = try DossierStore(path: path)
        _ = try store.write([Fixtures.article()])
        for sql in ["DELETE FROM claim", "SELECT 1; DELETE FROM claim", "PRAGMA user_version = 3", "ATTACH ':memory:' AS other", "WITH x AS (SELECT 1) DELETE FROM claim"] {
            var rows = CollectedRows()
            #expect(throws: StoreError.self, "\(sql)") { try store.query(readOnlySQL: sql, parameters: [:], into: &rows) }
            #expect(rows.columns.isEmpty)
        }
        #expect(try store.statistics().tables.first { $0.name == "claim" }?.rows == 1)
    }

    @Test func aDatabaseMissingNewerMigrationsMustBeUpgradedBeforeReading() throws {
        _ = try DossierStore(path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP VIEW claims_flat; DROP VIEW claim_links; DELETE FROM grdb_migrations WHERE identifier LIKE '0006%'")
        }
        #expect(throws: StoreError.outdatedSchema(path: path)) { try DossierStore(path: path, create: false, readOnly: true) }
        _ = try DossierStore(path: path, create: false)
        _ = try DossierStore(path: path, create: false, readOnly: true)
    }
}
