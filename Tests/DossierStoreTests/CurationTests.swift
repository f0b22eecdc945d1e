import DossierExtraction
import DossierStore
import GRDB
import Testing

@Suite struct CurationTests {
    let path = Fixtures.temporaryDatabase()
    let store: DossierStore

    init() throws { store = try DossierStore(path: path) }

    static let first = Fixtures.article(url: "https://example.org/1", outlet: "Harbour Daily", published: "2022-08-26", claims: [
        FixtureClaim(text: "Acme Motors will take over the Ningbo plant", reporter: "Harbour Daily", entities: ["Acme Motors"]),
    ])
    static let second = Fixtures.article(url: "https://example.org/2", outlet: "HD News", published: "2022-08-26", claims: [
        FixtureClaim(text: "Acme plans a factory in Ningbo", reporter: "HD News", entities: ["Acme"]),
    ])
    static let later = Fixtures.article(url: "https://example.org/3", outlet: "Wire Weekly", published: "2022-09-01", claims: [
        FixtureClaim(text: "Acme hired 300 workers", reporter: "HD News", reportedOn: "2022-08-26", entities: ["Acme"]),
    ])

    func claimIDs(_ entity: String) throws -> [Cell] {
        var rows = CollectedRows()
        try store.claims(entity: entity, into: &rows)
        return rows.column("claim_id")
    }

    func count(_ sql: String) throws -> Int {
        try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: sql) ?? 0 }
    }

    @Test func aMergeMovesNamesClaimsMentionsAndReports() throws {
        _ = try store.write([Self.first, Self.second])
        #expect(try count("SELECT count(*) FROM report") == 2)
        try store.mergeEntity("Acme", into: "Acme Motors")
        try store.mergeEntity("HD News", into: "Harbour Daily")
        #expect(try claimIDs("Acme") == [.integer(1), .integer(2)])
        #expect(try claimIDs("hd news") == [])
        #expect(try count("SELECT count(*) FROM entity WHERE name IN ('Acme', 'HD News')") == 0)
        #expect(try count("SELECT count(*) FROM mention WHERE entity_id NOT IN (SELECT id FROM entity)") == 0)
        // Both outlets' accounts of 2022-08-26 are now one report of one reporter.
        #expect(try count("SELECT count(*) FROM report") == 1)
        #expect(try count("SELECT count(DISTINCT report_id) FROM attribution") == 1)
        #expect(try count("SELECT count(*) FROM report_article WHERE report_id = (SELECT id FROM report)") == 2)
        #expect(try count("SELECT count(*) FROM article WHERE outlet_entity_id = (SELECT entity_id FROM entity_alias WHERE key = 'harbour daily')") == 2)
        let profile = try store.entityProfile("acme")
        #expect(profile.name == "Acme Motors")
        #expect(profile.aliases == ["Acme"])
        #expect(profile.curated)
        #expect(profile.claims == 2)
        #expect(try store.check() == [])
    }

    @Test func aMergeFoldsTheMentionsOfBothNamesInOneArticleInTextOrder() throws {
        let article = Fixtures.article(url: "https://example.org/bravo", outlet: "Harbour Daily", published: "2022-08-26", claims: [
            FixtureClaim(text: "Bravo Corp outbid Bravo Holdings", reporter: "Harbour Daily", entities: ["Bravo Holdings", "Bravo Corp"]),
        ])
        _ = try store.write([article])
        try store.mergeEntity("Bravo Holdings", into: "Bravo Corp")
        let rows = try DatabaseQueue(path: path).read {
            try Row.fetchAll($0, sql: """
                SELECT e.name, CAST(ae.mentions AS TEXT), ae.spans, CAST(ae.claims AS TEXT), ae.claim_ids
                FROM article_entity ae JOIN entity e ON e.id = ae.entity_id ORDER BY e.name
                """)
        }
        #expect(rows.map { [$0[0], $0[1], $0[2], $0[3], $0[4]] as [String] } == [
            ["Bravo Corp", "2", "[[0,10,0],[18,32,0]]", "1", "[1]"], ["Harbour Daily", "1", "[[34,47,0]]", "0", "[]"],
        ])
        // The claim named both; it now names the one entity, once.
        #expect(try count("SELECT json_array_length(entities) FROM claim") == 1)
        #expect(try count("SELECT count(*) FROM claim_entity") == 1)
        #expect(try store.check() == [])
    }

    @Test func aMergeSurvivesReingestingTheSameAndNewArticles() throws {
        _ = try store.write([Self.first, Self.second])
        try store.mergeEntity("Acme", into: "Acme Motors")
        try store.mergeEntity("HD News", into: "Harbour Daily")
        let entities = try count("SELECT count(*) FROM entity")

        #expect(try store.write([Self.first, Self.second]) == [.unchanged(articleID: 1), .unchanged(articleID: 2)])
        _ = try store.write([Self.later])
        let second = Self.second
        let replaced = ArticleInput(
            text: second.text + " ", title: second.title, outlet: second.outlet, published: second.published,
            url: second.url, author: second.author, sourcePath: second.sourcePath, format: second.format,
            extraction: second.extraction)
        _ = try store.write([replaced])

        // Only the new article's outlet is new; Acme and HD News resolve to what they were merged into.
        #expect(try count("SELECT count(*) FROM entity") == entities + 1)
        #expect(try count("SELECT count(*) FROM entity WHERE name IN ('Acme', 'HD News')") == 0)
        #expect(try claimIDs("Acme Motors").count == 3)
        #expect(try count("SELECT count(*) FROM report") == 1)
        #expect(try store.knownEntities().contains { $0.name == "Acme Motors" && $0.aliases == ["Acme"] })
        #expect(!(try store.knownEntities().contains { $0.name == "Acme" }))
    }

    @Test func renamedAndRetypedEntitiesStaySoAfterIngest() throws {
        _ = try store.write([Self.first])
        try store.renameEntity("Acme Motors", to: "Acme Motor Group")
        try store.retypeEntity("acme motor group", to: .product)
        _ = try store.write([Fixtures.article(url: "https://example.org/4", outlet: "Harbour Daily", published: "2022-10-01", claims: [
            FixtureClaim(text: "Acme Motors sold 10,000 cars", reporter: "Harbour Daily", entities: ["Acme Motors"]),
        ])])
        let profile = try store.entityProfile("Acme Motors")
        #expect(profile.name == "Acme Motor Group")
        #expect(profile.type == "product")
        #expect(profile.aliases == ["Acme Motors"])
        #expect(profile.claims == 2)
        #expect(profile.firstSeen == "2022-08-26")
        #expect(profile.lastSeen == "2022-10-01")
        #expect(profile.outlets.map(\.outlet) == ["Harbour Daily"])
        #expect(profile.outlets.first?.mentions == 2)
    }

    @Test func addedEntitiesAreKnownToExtraction() throws {
        try store.addEntity(KnownEntity(name: "Acme Motors", type: .organization, aliases: ["Acme", "ACM"], tickers: ["nyse:acm"]))
        #expect(try store.knownEntities() == [KnownEntity(name: "Acme Motors", type: .organization, aliases: ["ACM", "Acme"], tickers: ["NYSE:ACM"])])
        _ = try store.write([Self.second])
        #expect(try claimIDs("ACM") == [.integer(1)])
    }

    @Test func conflictingNamesAreRefusedWithAHint() throws {
        try store.addEntity(KnownEntity(name: "Acme Motors", type: .organization, aliases: ["Acme"]))
        try store.addEntity(KnownEntity(name: "Borg", type: .organization))
        for attempt in [
            { try store.addEntity(KnownEntity(name: "acme", type: .place)) },
            { try store.addAlias("Acme", to: "Borg") },
            { try store.addAlias("Borg", to: "Acme") },
            { try store.renameEntity("Borg", to: "ACME MOTORS") },
            { try store.mergeEntity("Acme", into: "Acme Motors") },
        ] as [() throws -> Void] {
            do {
                try attempt()
                Issue.record("a conflicting name was accepted")
            } catch let error as StoreError {
                #expect(error.description.contains("hint:"))
            }
        }
        #expect(throws: StoreError.unknownEntity("Nobody")) { try store.mergeEntity("Nobody", into: "Borg") }
    }

    @Test func aliasesGuessedByExtractionMoveToTheCuratedEntity() throws {
        var article = Self.second
        article.extraction.entities[0].aliases = ["Acme Ningbo"]
        _ = try store.write([article])
        try store.addEntity(KnownEntity(name: "Acme Ningbo Plant", type: .place))
        try store.addAlias("acme ningbo", to: "Acme Ningbo Plant")
        #expect(try store.entityProfile("Acme Ningbo").name == "Acme Ningbo Plant")
        #expect(try store.entityProfile("Acme").aliases == [])
    }

    @Test func importingAGazetteerTwiceChangesNothing() throws {
        let entries = [
            KnownEntity(name: "Acme Motors", type: .organization, aliases: ["Acme"], tickers: ["NYSE:ACM"]),
            KnownEntity(name: "Harbour Daily", type: .outlet, aliases: ["HD"]),
            KnownEntity(name: "Borg", type: .organization, aliases: ["Acme"]),
        ]
        let errors = try store.importEntities(entries)
        #expect(errors.map { $0 == nil } == [true, true, false])
        let once = try count("SELECT count(*) FROM entity") * 100 + count("SELECT count(*) FROM entity_alias")
        _ = try store.importEntities(entries)
        #expect(try count("SELECT count(*) FROM entity") * 100 + count("SELECT count(*) FROM entity_alias") == once)
        #expect(try count("SELECT count(*) FROM entity WHERE name = 'Borg'") == 0)
    }

    @Test func aGazetteerRowNamedLikeAnotherEntitysCuratedAliasIsRefused() throws {
        let errors = try store.importEntities([
            KnownEntity(name: "Acme Motors", type: .organization, aliases: ["Acme"]),
            KnownEntity(name: "Acme", type: .organization),
        ])
        #expect(errors.map { $0 == nil } == [true, false])
        #expect(try store.entityProfile("Acme").name == "Acme Motors")
    }

    @Test func aGazetteerRowMayNameAnEntityExtractionFound() throws {
        _ = try store.write([Self.second])
        #expect(try store.importEntities([KnownEntity(name: "ACME", type: .product, aliases: ["Acme Ningbo"])]) == [nil])
        let profile = try store.entityProfile("Acme Ningbo")
        #expect(profile.name == "ACME")
        #expect(profile.type == "product")
        #expect(profile.claims == 1)
    }
}
