import GRDB

/// Writes batches of articles on the store's writer connection, several batches to a
/// transaction: one commits once it holds `articlesPerTransaction` articles.
///
/// A commit writes every page its transaction changed to the write-ahead log. The indexes
/// keyed by content hash, URL, report and entity take each batch's rows all over, so a batch
/// of a few hundred articles changes most of their pages; batches that share a transaction
/// share those page writes. A batch that replaces a stored article gets a transaction of its
/// own, with the foreign-key cascades that delete the old article's rows on.
public struct ArticleWriter {
    /// Articles per transaction when the caller does not say.
    public static let defaultArticlesPerTransaction = 1536
    /// Pages in the write-ahead log that start a checkpoint when the caller does not say.
    /// SQLite's automatic checkpoints on the store's connections start at as many.
    public static let defaultCheckpointFrames = 65536

    let db: Database
    let articlesPerTransaction: Int
    let checkpointer: LogCheckpointer
    /// The open transaction's writer, `nil` between transactions.
    private var open: BatchWriter?
    private var pending = 0

    init(db: Database, articlesPerTransaction: Int, checkpointer: LogCheckpointer) {
        self.db = db
        self.articlesPerTransaction = max(1, articlesPerTransaction)
        self.checkpointer = checkpointer
    }

    /// Writes a batch: unchanged text is a no-op; an article whose URL is stored with other
    /// text replaces that article whole. The batch is committed with the open transaction.
    public mutating func write(_ articles: [ArticleInput]) throws -> [WriteOutcome] {
        if try replacesStored(articles) {
            try commit()
            return try writeCascading(articles)
        }
        if open == nil {
            try db.beginTransaction(.immediate)
            open = BatchWriter(db: db, cascading: false)
        }
        let outcomes = try articles.map { try open!.write($0) }
        pending += articles.count
        // A transaction ends early once a background checkpoint has copied the log: the next
        // one can then restart the log.
        if pending >= articlesPerTransaction || checkpointer.hasCopied { try commit() }
        return outcomes
    }

    /// Indexes and commits what the open transaction holds.
    mutating func commit() throws {
        guard var writer = open else { return }
        try writer.finish()
        try db.commit()
        open = nil
        pending = 0
        try checkpointer.afterCommit(db)
    }

    /// Drops what the open transaction holds.
    mutating func rollback() {
        guard open != nil else { return }
        try? db.rollback()
        open = nil
        pending = 0
    }

    /// Foreign-key cascades can only be switched on between transactions: the batch gets one.
    private mutating func writeCascading(_ articles: [ArticleInput]) throws -> [WriteOutcome] {
        try db.execute(sql: "PRAGMA foreign_keys = ON")
        defer { try? db.execute(sql: "PRAGMA foreign_keys = OFF") }
        var outcomes: [WriteOutcome] = []
        try db.inTransaction(.immediate) {
            var writer = BatchWriter(db: db, cascading: true)
            outcomes = try articles.map { try writer.write($0) }
            try writer.finish()
            return .commit
        }
        try checkpointer.afterCommit(db)
        return outcomes
    }

    /// Whether an article of the batch has the URL of a stored article, or of one before it in
    /// the batch, with other text: writing it replaces that article. Text stored under another
    /// URL makes it unchanged instead, which the cascading write also handles.
    private func replacesStored(_ articles: [ArticleInput]) throws -> Bool {
        let lookup = try db.cachedStatement(sql: ArticleKey.urlLookupSQL)
        var batchHashes: [String: String] = [:]
        for article in articles {
            guard let url = article.url, let urlKey = article.urlKey else { continue }
            let hash = article.contentHash
            if let earlier = batchHashes[url] {
                if earlier != hash { return true }
                continue
            }
            batchHashes[url] = hash
            if let stored = try Row.fetchOne(lookup, arguments: [urlKey, url]), (stored[1] as String) != hash { return true }
        }
        return false
    }
}
