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
