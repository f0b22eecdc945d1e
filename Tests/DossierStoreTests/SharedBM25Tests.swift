import GRDB
import Testing
@testable import DossierStore

/// `dossier_bm25` gives exactly the scores of FTS5's `bm25()`, which it stands in for to
/// count each phrase once per search.
@Suite struct SharedBM25Tests {
    let store: DossierStore

    init() throws {
        store = try DossierStore(path: Fixtures.temporaryDatabase())
        _ = try store.write(Fixtures.searchedArticles)
    }

    /// Both scores of every match, by rowid.
    func scores(_ index: String, _ query: String, key: Int64) throws -> [[Double]] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT bm25(\(index)), dossier_bm25(\(index), ?) FROM \(index) WHERE \(index) MATCH ? ORDER BY rowid
                """, arguments: [key, query]).map { [$0[0], $0[1]] }
        }
    }

    @Test(arguments: ["plant", "acme ningbo", "\"Ningbo plant\"", "plant OR factory", "acme NOT buy", "plan*"])
    func claimScoresEqualBM25(query: String) throws {
        let rows = try scores("claim_fts", query, key: 1)
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0[0] == $0[1] && $0[0] < 0 })
    }

    @Test func articleScoresEqualBM25OverBothColumns() throws {
        let rows = try scores("article_fts", "ningbo OR acme", key: 2)
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0[0] == $0[1] })
    }

    /// A new key counts again: the counts kept for one search never score another.
    @Test func aNewKeyCountsAfresh() throws {
        let first = try scores("claim_fts", "plant", key: 3)
        let other = try scores("claim_fts", "factory", key: 3)
        let again = try scores("claim_fts", "factory", key: 4)
        #expect(other.allSatisfy { $0[0] != $0[1] })
        #expect(again.allSatisfy { $0[0] == $0[1] })
        #expect(first.allSatisfy { $0[0] == $0[1] })
    }

    @Test func aKeyThatIsNotAnIntegerIsAnError() throws {
        #expect(throws: DatabaseError.self) {
            try store.pool.read { try Row.fetchAll($0, sql: "SELECT dossier_bm25(claim_fts, 'x') FROM claim_fts WHERE claim_fts MATCH 'plant'") }
        }
    }
}
