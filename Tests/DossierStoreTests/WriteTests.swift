import DossierExtraction
import DossierStore
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

    @Test func knownEntitiesCarryAliasesAndTickers() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        _ = try store.write([Fixtures.article()])
        let acme = try store.knownEntities().first { $0.name == "Acme Motors" }
        #expect(acme == KnownEntity(name: "Acme Motors", type: .organization, aliases: ["Acme"], tickers: ["NYSE:ACM"]))
    }
}
