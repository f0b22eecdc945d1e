import GRDB

extension DossierStore {
    /// Pairs the reports of the articles stored since the last pairing with those articles,
    /// in `report_article`, and empties the queue: one sorted pass, where ingest paid a
    /// scattered insert for every pair. Whatever reads a report's articles calls this first,
    /// in its own write transaction.
    static func pairQueuedReports(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO report_article (report_id, article_id)
                SELECT DISTINCT c.report_id, c.article_id
                FROM report_article_queue q JOIN claim c ON c.article_id = q.article_id
                WHERE c.report_id IS NOT NULL
                ORDER BY 1, 2;
            DELETE FROM report_article_queue;
            """)
    }
}
