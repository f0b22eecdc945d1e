import DossierExtraction
@testable import DossierStore
import Foundation
import GRDB
import Testing

/// Batches that share a write transaction: what other connections see, and what is kept
/// when a batch replaces an article or fails.
@Suite struct ArticleWriterTests {
    let path = Fixtures.temporaryDatabase()

    /// Counted on a connection of its own, as a query running beside an ingest would.
    func count(_ sql: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    /// The fixture's claim, mentions and attribution, with text after them that tells the
    /// articles apart, so that `check` finds every claim quoting its text.
    func article(_ index: Int, version: String = "") -> ArticleInput {
        Fixtures.article(text: "Acme Motors will open a plant in Ningbo, Harbour Daily said. Plant \(index)\(version).", url: "https://example.org/\(index)")
    }

    func articles(_ range: Range<Int>) -> [ArticleInput] { range.map { article($0) } }

    @Test func batchesCommitTogetherOnceTheTransactionIsFull() throws {
        let store = try DossierStore(path: path)
        var seen: [Int] = []
        try store.writeArticles(articlesPerTransaction: 4) { writer in
            _ = try writer.write(articles(0..<3))
            seen.append(try count("SELECT count(*) FROM article"))
            _ = try writer.write(articles(3..<5))
            seen.append(try count("SELECT count(*) FROM article"))
            _ = try writer.write(articles(5..<6))
            seen.append(try count("SELECT count(*) FROM article"))
        }
        seen.append(try count("SELECT count(*) FROM article"))
        #expect(seen == [0, 5, 5, 6])
        #expect(try count("SELECT count(*) FROM article_fts WHERE article_fts MATCH 'plant'") == 6)
        #expect(try store.check().isEmpty)
    }

    /// Deleting the old article needs foreign-key cascades, which are switched on between
    /// transactions only: the batches before it are committed first.
    @Test func aBatchThatReplacesAnArticleCommitsTheBatchesBeforeIt() throws {
        let store = try DossierStore(path: path)
        _ = try store.write(articles(0..<1))
        var outcomes: [WriteOutcome] = []
        var seen = -1
        try store.writeArticles(articlesPerTransaction: 100) { writer in
            _ = try writer.write(articles(1..<3))
            outcomes = try writer.write([article(0, version: " again")])
            seen = try count("SELECT count(*) FROM article")
        }
        guard case .replaced = outcomes.first else { Issue.record("expected replaced, got \(outcomes)"); return }
        #expect(seen == 3)
        #expect(try count("SELECT count(*) FROM claim") == 3)
        #expect(try count("SELECT count(*) FROM article WHERE text LIKE '%Plant 0 again.'") == 1)
        #expect(try store.check().isEmpty)
    }

    @Test func aFailedBatchTakesOnlyTheUncommittedBatchesWithIt() throws {
        let store = try DossierStore(path: path)
        var gapped = Fixtures.article(text: "Acme Motors will open a plant in Ningbo, Harbour Daily said again.", url: "https://example.org/gapped")
        gapped.extraction.sentences = [Sentence(index: 1, start: 0, end: 10, text: "Acme Motor")]
        #expect(throws: StoreError.self) {
            try store.writeArticles(articlesPerTransaction: 2) { writer in
                _ = try writer.write(articles(0..<2))
                _ = try writer.write(articles(2..<3))
                _ = try writer.write([gapped])
            }
        }
        #expect(try count("SELECT count(*) FROM article") == 2)
        #expect(try count("SELECT count(*) FROM claim") == 2)
        #expect(try store.check().isEmpty)
        // The connection is left as it was found: cascades on, no transaction open.
        _ = try store.write(articles(0..<1))
        let outcomes = try store.write([article(0, version: " again")])
        guard case .replaced = outcomes.first else { Issue.record("expected replaced, got \(outcomes)"); return }
    }

    /// Bytes in the write-ahead log of a new database after `batches` one-article
    /// transactions written with checkpoints at `checkpointFrames`, the last of them replacing
    /// the first article, read while the store is open; and the automatic checkpoint its
    /// writer connection has afterwards.
    func logAfterWriting(_ batches: Int, checkpointFrames: Int) throws -> (bytes: Int, autocheckpoint: Int) {
        let path = Fixtures.temporaryDatabase()
        let store = try DossierStore(path: path)
        let replacement = try store.writeArticles(articlesPerTransaction: 1, checkpointFrames: checkpointFrames) { writer in
            for index in 0..<(batches - 1) { _ = try writer.write([article(index)]) }
            return try writer.write([article(0, version: " again")])
        }
        guard case .replaced = replacement.first else { Issue.record("expected replaced, got \(replacement)"); return (-1, -1) }
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE text LIKE '%Plant 0 again.'") } == 1)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") } == batches - 1)
        #expect(try store.check().isEmpty)
        let bytes = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int ?? -1
        let autocheckpoint = try store.write { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") } ?? -1
        return (bytes, autocheckpoint)
    }

    /// Checkpoints copied in the background let the log restart from its beginning, so it
    /// stays a fraction of what the transactions wrote.
    @Test func backgroundCheckpointsKeepTheLogShort() throws {
        let checkpointed = try logAfterWriting(150, checkpointFrames: 16)
        let unchecked = try logAfterWriting(150, checkpointFrames: .max)
        #expect(checkpointed.bytes > 0)
        #expect(checkpointed.bytes * 4 < unchecked.bytes)
        #expect(checkpointed.autocheckpoint == ArticleWriter.defaultCheckpointFrames)
        #expect(unchecked.autocheckpoint == ArticleWriter.defaultCheckpointFrames)
    }
}
