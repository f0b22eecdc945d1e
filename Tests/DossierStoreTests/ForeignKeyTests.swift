import GRDB
import Testing
@testable import DossierStore

/// Batches that replace nothing are written without SQLite's foreign-key checks; the
/// connection must have them back for everything that follows.
@Suite struct ForeignKeyTests {
    let store: DossierStore

    init() throws { store = try DossierStore(path: Fixtures.temporaryDatabase()) }

    func foreignKeysAreOn() throws -> Bool {
        try store.pool.write { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") } ?? false
    }

    @Test func checksAreBackOnAfterABatch() throws {
        _ = try store.write([Fixtures.article()])
        #expect(try foreignKeysAreOn())
        #expect(try store.check() == [])
    }

    @Test func aReplacementInTheNextBatchStillCascades() throws {
        _ = try store.write([Fixtures.article()])
        _ = try store.write([Fixtures.article(text: "Acme Motors will open a plant in Ningbo, Harbour Daily said today.")])
        #expect(try foreignKeysAreOn())
        #expect(try store.check() == [])
        #expect(try store.statistics().tables.first { $0.name == "sentence" }?.rows == 1)
    }
}
