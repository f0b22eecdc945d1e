import DossierStore
import GRDB
import Testing

/// Reports are paired with the articles relaying them when cross-referencing begins, not
/// when the articles are stored.
@Suite struct ReportPairTests {
    @Test func storedArticlesWaitForPairingUntilCrossReferencing() throws {
        let path = Fixtures.temporaryDatabase()
        let store = try DossierStore(path: path)
        let other = Fixtures.relay()
        _ = try store.write([Fixtures.article(), other])
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.strings("SELECT article_id FROM report_article_queue ORDER BY 1") == ["1", "2"])
        #expect(try queue.strings("SELECT report_id || ' ' || article_id FROM report_article") == [])
        #expect(try store.check() == [])

        _ = try store.crossReferenceNewArticles()
        #expect(try queue.strings("SELECT article_id FROM report_article_queue") == [])
        #expect(try queue.strings("SELECT report_id || ' ' || article_id FROM report_article ORDER BY 1") == ["1 1", "1 2"])
        #expect(try store.check() == [])
    }
}
