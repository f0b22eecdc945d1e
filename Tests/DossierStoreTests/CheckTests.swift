import DossierExtraction
import DossierStore
import GRDB
import Testing

@Suite struct CheckTests {
    let path = Fixtures.temporaryDatabase()

    /// A store holding two articles, cross-referenced, and a raw connection to break it with.
    func brokenStore(_ damage: String) throws -> [CheckProblem] {
        let store = try DossierStore(path: path)
        _ = try store.write([Fixtures.article(), Fixtures.relay()])
        _ = try store.crossReferenceNewArticles()
        #expect(try store.check() == [])
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: damage)
        }
        try queue.close()
        return try store.check()
    }

    @Test func aFreshStoreIsClean() throws {
        #expect(try DossierStore(path: path).check() == [])
    }

    @Test func aClaimInASentenceItsArticleLacksIsFound() throws {
        let problems = try brokenStore("UPDATE claim SET sentence = 7 WHERE id = 1")
        #expect(problems.map(\.check) == ["claim-sentence"])
    }

    @Test func aMissingSentenceLeavesItsClaimsAndMentionsWithout() throws {
        let problems = try brokenStore("UPDATE article SET sentences = '[]' WHERE id = 1")
        #expect(Set(problems.map(\.check)) == ["claim-sentence", "mention-sentence"])
    }

    @Test func offsetsThatDoNotQuoteTheTextAreFound() throws {
        let problems = try brokenStore("""
            UPDATE claim SET "end" = "end" + 1 WHERE id = 1;
            UPDATE article_entity SET spans = '[[500,511,0]]' WHERE article_id = 1 AND entity_id = (SELECT min(entity_id) FROM article_entity WHERE article_id = 1);
            UPDATE article SET sentences = json_set(sentences, '$[0][1]', 1000) WHERE id = 2;
            UPDATE article_entity SET mentions = 7 WHERE article_id = 2 AND entity_id = (SELECT min(entity_id) FROM article_entity WHERE article_id = 2);
            """)
        #expect(problems.map(\.check).sorted() == ["claim-offsets", "mention-count", "mention-offsets", "sentence-offsets"])
        #expect(problems.first { $0.check == "claim-offsets" }?.description == "claim-offsets: claim 1: [0, 40) is not its text in article 1")
    }

    /// A claim lists its entities, and each article_entity row lists the article's claims
    /// about its entity, with their count: the three agree, and a row holds something.
    @Test func aClaimAndTheEntityIndexThatDisagreeAreFound() throws {
        let problems = try brokenStore("""
            UPDATE article_entity SET claim_ids = '[]', claims = 0 WHERE article_id = 1 AND entity_id = 2;
            UPDATE article_entity SET claim_ids = json_insert(claim_ids, '$[#]', 999) WHERE article_id = 2 AND entity_id = 2;
            INSERT INTO article_entity (article_id, entity_id, mentions, spans) VALUES (2, 1, 0, '[]');
            """)
        #expect(problems.map(\.description) == [
            "claim-entities: claim 1: entity 2 does not list it in article_entity",
            "claim-entities: article_entity (2, 2): claim 999 is not one of its article's claims about the entity",
            "claim-entities: claims about entity 2 in article 2: 1 counted, 2 stored",
            "claim-entities: article_entity (2, 1): neither a mention nor a claim",
        ])
    }

    /// Articles are found by integer keys of their content hash and URL, which the writer
    /// keeps unique: a wrong key would hide an article, a repeated URL would never be replaced.
    @Test func articleKeysAndRepeatedURLsAreFound() throws {
        let problems = try brokenStore("""
            UPDATE article SET content_key = content_key + 1 WHERE id = 1;
            UPDATE article SET url = 'https://example.org/acme', url_key = url_key + 1 WHERE id = 2;
            """)
        #expect(problems.map(\.description) == [
            "article-unique: articles 1, 2: one URL",
            "article-keys: article 1: content_key is not its content hash's",
            "article-keys: article 2: url_key is not its URL's",
        ])
    }

    @Test func anAttributionWithoutItsReportIsFound() throws {
        let problems = try brokenStore("DELETE FROM report")
        #expect(problems.contains { $0.check == "attribution-report" })
        #expect(problems.contains { $0.check == "foreign-key" })
    }

    /// report_article pairs each report with the articles whose claims it is credited with,
    /// once they have left the pairing queue.
    @Test func aReportAndItsArticlesThatDisagreeAreFound() throws {
        let problems = try brokenStore("""
            DELETE FROM report_article WHERE article_id = 1;
            INSERT INTO report_article (report_id, article_id) VALUES ((SELECT min(id) FROM report), 999);
            """)
        #expect(problems.map(\.check) == ["report-articles", "report-articles"])
        #expect(problems.first?.description.hasSuffix("and article 1 are not paired in report_article") == true)
        #expect(problems.last?.description.hasSuffix(", 999): no claim of the article is credited to the report") == true)
    }

    @Test func anEntityItsOwnNameDoesNotFindIsFound() throws {
        let problems = try brokenStore("DELETE FROM entity_alias WHERE key = 'ningbo'")
        #expect(problems.map(\.description) == ["entity-alias: entity 3 \"Ningbo\": the alias row for its own name is missing"])
    }

    @Test func fullTextIndexesOutOfStepAreFound() throws {
        let problems = try brokenStore("""
            DELETE FROM claim_fts_docsize WHERE id = 1;
            INSERT INTO article_fts(article_fts, rowid, title, text) SELECT 'delete', id, title, text FROM article WHERE id = 2;
            """)
        let checks = problems.map(\.check)
        #expect(checks.contains("claim_fts"))
        #expect(checks.contains("article_fts"))
        #expect(problems.contains { $0.description == "claim_fts: claim 1 is not indexed" })
    }
}
