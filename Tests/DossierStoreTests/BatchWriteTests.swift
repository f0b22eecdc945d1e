import DossierExtraction
import DossierStore
import GRDB
import Testing

/// Several articles written in one batch: claims and the rows hanging on them are staged
/// and moved in at the end, so these tests check that everything lands where it belongs.
@Suite struct BatchWriteTests {
    let path = Fixtures.temporaryDatabase()

    func count(_ sql: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    func articles(_ count: Int) -> [ArticleInput] {
        (0..<count).map { index in
            Fixtures.article(text: "Acme Motors will open plant number \(index) in Ningbo, Harbour Daily said.", url: "https://example.org/\(index)")
        }
    }

    @Test func everyClaimOfABatchLandsWithItsRows() throws {
        let store = try DossierStore(path: path)
        _ = try store.write(articles(3))
        _ = try store.write(articles(5))
        #expect(try count("SELECT count(*) FROM claim") == 5)
        #expect(try count("SELECT count(*) FROM attribution JOIN claim ON claim.id = attribution.claim_id") == 5)
        #expect(try count("SELECT count(*) FROM claim_entity JOIN claim ON claim.id = claim_entity.claim_id") == 10)
        #expect(try count("SELECT count(*) FROM claim_date JOIN claim ON claim.id = claim_date.claim_id") == 5)
        #expect(try count("SELECT count(*) FROM claim JOIN sentence ON sentence.idx = claim.sentence AND sentence.article_id = claim.article_id") == 5)
        var rows = CollectedRows()
        try store.claims(entity: "Acme", into: &rows)
        #expect(rows.rows.count == 5)
    }

    /// Text analysis may find one company under two names it does not know are one; the
    /// store does (a shared ticker), and keeps one row of mentions and one claim link.
    @Test func twoLocalEntitiesThatAreOneStoredEntityShareTheirRows() throws {
        let text = "Acme Motors (Acme) will open a plant, Acme said."
        let extraction = Extraction(
            document: DocumentInfo(outlet: "Wire Weekly", published: SimpleDate(year: 2024, month: 5, day: 2)),
            sentences: [Sentence(index: 0, start: 0, end: 47, text: text)],
            entities: [
                Entity(id: "e1", name: "Acme Motors", type: .organization, tickers: ["NYSE:ACM"]),
                Entity(id: "e2", name: "Acme", type: .organization, tickers: ["nyse: acm"]),
            ],
            mentions: [
                Mention(entity: "e2", sentence: 0, start: 38, end: 42, text: "Acme"),
                Mention(entity: "e1", sentence: 0, start: 0, end: 11, text: "Acme Motors"),
                Mention(entity: "e2", sentence: 0, start: 0, end: 4, text: "Acme"),
                Mention(entity: "e2", sentence: 0, start: 13, end: 17, text: "Acme"),
            ],
            claims: [
                Claim(sentence: 0, start: 0, end: 36, text: "Acme Motors (Acme) will open a plant", stance: .asserted, entities: ["e1", "e2"])
            ])
        let store = try DossierStore(path: path)
        _ = try store.write([ArticleInput(text: text, format: "text", extraction: extraction)])
        let spans = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT spans FROM article_entity") }
        #expect(spans == ["[[0,11,0],[13,17,0],[38,42,0]]"])
        #expect(try count("SELECT mentions FROM article_entity") == 3)
        #expect(try count("SELECT count(*) FROM claim_entity") == 1)
        #expect(try count("SELECT count(*) FROM entity") == 1)
    }

    @Test func claimsAreInTheFullTextIndex() throws {
        let store = try DossierStore(path: path)
        _ = try store.write(articles(4))
        #expect(try count("SELECT count(*) FROM claim_fts WHERE claim_fts MATCH 'plant'") == 4)
        #expect(try count("SELECT count(*) FROM claim_fts f JOIN claim c ON c.id = f.rowid WHERE claim_fts MATCH 'ningbo'") == 4)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO claim_fts(claim_fts) VALUES ('integrity-check')")
        }
    }

    @Test func aURLRepeatedInOneBatchKeepsTheLastText() throws {
        let store = try DossierStore(path: path)
        let first = Fixtures.article()
        let second = Fixtures.article(text: "Acme Motors will open a plant in Ningbo, Harbour Daily said!")
        let outcomes = try store.write([first, second])
        guard case .new = outcomes[0], case .replaced = outcomes[1] else { Issue.record("got \(outcomes)"); return }
        #expect(try count("SELECT count(*) FROM article") == 1)
        #expect(try count("SELECT count(*) FROM claim") == 1)
        #expect(try count("SELECT count(*) FROM attribution") == 1)
        #expect(try count("SELECT count(*) FROM claim_entity") == 2)
        #expect(try count("PRAGMA foreign_key_check") == -1)
    }

    @Test func aReportLinksToTheReportersOwnArticleWrittenLater() throws {
        let store = try DossierStore(path: path)
        _ = try store.write([Fixtures.article()])
        var original = Fixtures.article(text: "Acme Motors plans a plant in Ningbo.", url: "https://harbour.example/acme")
        original.outlet = "Harbour Daily"
        _ = try store.write([original])
        #expect(try count("""
            SELECT count(*) FROM report r JOIN article a ON a.id = r.primary_article_id
            WHERE r.reporter = 'Harbour Daily' AND a.url = 'https://harbour.example/acme'
            """) == 1)
    }
}
