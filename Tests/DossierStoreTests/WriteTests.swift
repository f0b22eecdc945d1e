import DossierExtraction
import DossierStore
import GRDB
import Testing

@Suite struct WriteTests {
    func counts(_ store: DossierStore) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try store.statistics().tables.map { ($0.name, $0.rows) })
    }

    @Test func storesEveryPartOfAnArticle() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        let outcomes = try store.write([Fixtures.article()])
        #expect(outcomes.count == 1)
        guard case .new = outcomes[0] else { Issue.record("expected a new article, got \(outcomes[0])"); return }
        let rows = try counts(store)
        #expect(rows["article"] == 1)
        #expect(rows["sentence"] == 1)
        #expect(rows["mention"] == 2)
        #expect(rows["claim"] == 1)
        #expect(rows["attribution"] == 1)
        #expect(rows["report"] == 1)
        #expect(rows["claim_entity"] == 2)
        #expect(rows["claim_date"] == 1)
        // Acme Motors, Ningbo, Harbour Daily, and the article's outlet Wire Weekly.
        #expect(rows["entity"] == 4)
        #expect(rows["entity_ticker"] == 1)
    }

    /// A sentence's place in its article is its number, so an extraction that skips one is
    /// refused whole, and the batch with it.
    @Test func sentencesNumberedWithAGapAreRefusedWithTheirBatch() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        var gapped = Fixtures.article(text: "Acme Motors will open a plant in Ningbo, Harbour Daily said again.", url: "https://example.org/gapped")
        gapped.extraction.sentences = [Sentence(index: 1, start: 0, end: 10, text: "Acme Motor")]
        #expect(throws: StoreError.invalidArgument(
            "the sentences of acme.md are not numbered in text order",
            hint: "number an article's sentences 0, 1, 2... as text analysis does")) {
            try store.write([Fixtures.article(), gapped])
        }
        #expect(try counts(store)["article"] == 0)
    }

    @Test func sameTextTwiceChangesNoTable() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        _ = try store.write([Fixtures.article()])
        let before = try counts(store)
        let outcomes = try store.write([Fixtures.article()])
        guard case .unchanged = outcomes[0] else { Issue.record("expected unchanged, got \(outcomes[0])"); return }
        #expect(try counts(store) == before)
    }

    @Test func newTextAtTheSameURLReplacesTheArticleWhole() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        _ = try store.write([Fixtures.article()])
        let before = try counts(store)
        let changed = Fixtures.article(text: "Acme Motors will open a plant in Ningbo, Harbour Daily said!")
        let outcomes = try store.write([changed])
        guard case .replaced = outcomes[0] else { Issue.record("expected replaced, got \(outcomes[0])"); return }
        #expect(try counts(store) == before)
        var articles = CollectedRows()
        try store.export(.articles, into: &articles)
        #expect(articles.column("text") == [.text(changed.text)])
    }

    @Test func claimsAreFoundByAnyAliasOrName() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        _ = try store.write([Fixtures.article()])
        for name in ["Acme Motors", "acme", "  ACME   motors "] {
            var rows = CollectedRows()
            try store.claims(entity: name, into: &rows)
            #expect(rows.rows.count == 1, "\(name)")
            #expect(rows.column("reporter") == [.text("Harbour Daily")])
            #expect(rows.column("cited") == [.text("two officials")])
            #expect(rows.column("reported_on") == [.text("2024-05-02")])
            #expect(rows.ended)
        }
    }

    @Test func anUnknownEntityIsAnError() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        var rows = CollectedRows()
        #expect(throws: StoreError.unknownEntity("Nobody")) { try store.claims(entity: "Nobody", into: &rows) }
    }

    @Test func tickersLinkArticlesThatNameTheCompanyDifferently() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        _ = try store.write([Fixtures.article()])
        var other = Fixtures.article(text: "ACM shares rose in New York, Harbour Daily said.", url: "https://example.org/acm")
        other.extraction.entities[0] = Entity(id: "e1", name: "ACM", type: .organization, tickers: ["NYSE:ACM"])
        _ = try store.write([other])
        var rows = CollectedRows()
        try store.claims(entity: "Acme Motors", into: &rows)
        #expect(rows.rows.count == 2)
    }

    /// Claims come back in the order they were stored, across articles and after a
    /// replacement; a claim about an entity its article never names is found too, without
    /// the article counting as one that mentions it.
    @Test func claimsByEntityComeInStoredOrderWhetherOrNotTheArticleNamesIt() throws {
        let path = Fixtures.temporaryDatabase()
        let store = try DossierStore(path: path)
        func article(_ url: String, _ claims: [FixtureClaim]) -> ArticleInput {
            Fixtures.article(url: url, outlet: "Wire Weekly", published: "2024-05-02", claims: claims)
        }
        _ = try store.write([
            article("https://example.org/1", [
                FixtureClaim(text: "Acme Motors hires", reporter: "Wire Weekly", entities: ["Acme Motors"]),
                FixtureClaim(text: "Ningbo grows", reporter: "Wire Weekly", entities: ["Ningbo"]),
                FixtureClaim(text: "Acme Motors builds", reporter: "Wire Weekly", entities: ["Acme Motors"]),
            ]),
            article("https://example.org/2", [
                FixtureClaim(text: "The carmaker sells", reporter: "Wire Weekly", entities: ["Acme Motors"]),
            ]),
        ])
        _ = try store.write([article("https://example.org/1", [
            FixtureClaim(text: "Acme Motors hires again", reporter: "Wire Weekly", entities: ["Acme Motors"]),
        ])])
        var rows = CollectedRows()
        try store.claims(entity: "Acme Motors", into: &rows)
        #expect(rows.column("text") == [.text("The carmaker sells"), .text("Acme Motors hires again")])
        #expect(rows.column("claim_id") == [.integer(4), .integer(5)])
        var limited = CollectedRows()
        try store.claims(entity: "Acme Motors", limit: 1, into: &limited)
        #expect(limited.column("claim_id") == [.integer(4)])
        let profile = try store.entityProfile("Acme Motors")
        #expect(profile.claims == 2)
        #expect(profile.mentions == 1)
        #expect(profile.outlets.map(\.articles) == [1])
        #expect(try counts(store)["claim_entity"] == 2)
        #expect(try store.check() == [])
    }

    @Test func knownEntitiesCarryAliasesAndTickers() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        _ = try store.write([Fixtures.article()])
        let acme = try store.knownEntities().first { $0.name == "Acme Motors" }
        #expect(acme == KnownEntity(name: "Acme Motors", type: .organization, aliases: ["Acme"], tickers: ["NYSE:ACM"]))
    }
}

@Suite struct ReplaceTests {
    @Test func aReplacedArticleTakesItsSentencesMentionsClaimsAndLinksAlong() throws {
        let path = Fixtures.temporaryDatabase()
        let store = try DossierStore(path: path)
        let other = Fixtures.relay()
        _ = try store.write([Fixtures.article(), other])
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO claim_link (claim_a, claim_b, relation, score, method) VALUES (1, 2, 'repeats', 1.0, 'test')")
        }
        let changed = Fixtures.article(text: "Acme Motors will open a plant in Ningbo, Harbour Daily said!", url: "https://example.org/acme")
        let outcomes = try store.write([changed])
        guard case let .replaced(newID, previousID) = outcomes[0] else { Issue.record("expected replaced, got \(outcomes[0])"); return }
        func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
            try queue.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
        }
        for table in ["sentence", "mention", "claim"] {
            #expect(try count("SELECT count(*) FROM \(table) WHERE article_id = ?", [previousID]) == 0, "\(table)")
            #expect(try count("SELECT count(*) FROM \(table) WHERE article_id = ?", [newID]) > 0, "\(table)")
        }
        #expect(try count("SELECT count(*) FROM claim_link") == 0)
        #expect(try count("SELECT count(*) FROM claim WHERE id = 1") == 0)
        #expect(try count("SELECT count(*) FROM article_fts WHERE article_fts MATCH 'again'") == 1)
        // Both articles relay one report, so it stays.
        #expect(try count("SELECT count(*) FROM report") == 1)
        #expect(try store.check() == [])
    }

    /// Two articles relay one report; only the first says something about Ningbo. Once it
    /// is replaced by a version that does not, xref no longer finds the report under Ningbo.
    @Test func aReportThatNoLongerSaysAnythingAboutAnEntityLeavesItsList() throws {
        let path = Fixtures.temporaryDatabase()
        let store = try DossierStore(path: path)
        var other = Fixtures.relay()
        other.extraction.claims[0].entities = ["e1"]
        _ = try store.write([Fixtures.article(), other])
        _ = try store.crossReferenceNewArticles()
        func entities() throws -> [String] {
            try DatabaseQueue(path: path).read { db in
                try String.fetchAll(db, sql: "SELECT e.name FROM entity_report er JOIN entity e ON e.id = er.entity_id ORDER BY e.name")
            }
        }
        #expect(try entities() == ["Acme Motors", "Ningbo"])
        var changed = Fixtures.article(text: "Acme Motors will open a plant in Ningbo, Harbour Daily said!")
        changed.extraction.claims[0].entities = ["e1"]
        _ = try store.write([changed])
        #expect(try entities() == ["Acme Motors"])
        #expect(try store.check() == [])
    }

    @Test func aReportOnlyTheReplacedArticleRelayedGoesWithIt() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        _ = try store.write([Fixtures.article()])
        var changed = Fixtures.article(text: "Acme Motors will open a plant in Ningbo, Harbour Daily said!")
        changed.extraction.claims[0].attribution?.reportedOn = "2024-05-03"
        _ = try store.write([changed])
        var rows = CollectedRows()
        try store.export(.attributions, into: &rows)
        #expect(rows.column("reported_on") == [.text("2024-05-03")])
        #expect(try store.statistics().tables.first { $0.name == "report" }?.rows == 1)
    }
}

@Suite struct OutletTypeTests {
    @Test func aPublisherTheTextShowsToBeACompanyIsNotAnOutlet() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        var own = Fixtures.article(text: "Acme Motors will open a plant in Ningbo, Acme Motors said.", url: "https://example.org/acme-own")
        own.outlet = "Acme Motors"
        _ = try store.write([own])
        #expect(try store.knownEntities().first { $0.name == "Acme Motors" }?.type == .organization)
        #expect(try store.knownEntities().first { $0.name == "Wire Weekly" } == nil)
    }

    @Test func anOutletTheTextNamesAsAnOutletStaysOne() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        var article = Fixtures.article()
        article.outlet = "Harbour Daily"
        _ = try store.write([article])
        #expect(try store.knownEntities().first { $0.name == "Harbour Daily" }?.type == .outlet)
    }
}
