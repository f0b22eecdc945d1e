import DossierExtraction
import DossierStore
import GRDB
import Testing

@Suite struct ExportTests {
    let path = Fixtures.temporaryDatabase()
    let store: DossierStore

    init() throws {
        store = try DossierStore(path: path)
        _ = try store.write([
            Fixtures.article(url: "https://example.org/1", outlet: "Harbour Daily", published: "2022-08-26", claims: [
                FixtureClaim(text: "Acme Motors will likely buy the Ningbo plant from Borg", reporter: "Harbour Daily", stance: .hedged, entities: ["Borg", "Acme Motors"]),
            ]),
            Fixtures.article(url: "https://example.org/2", outlet: "Wire Weekly", published: "2022-09-01", claims: [
                FixtureClaim(text: "Acme Motors will not buy the plant", reporter: "Port Radio", reportedOn: "2022-08-30", stance: .denied, entities: ["Acme Motors"]),
            ]),
        ])
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO claim_link (claim_a, claim_b, relation, score, method) VALUES (1, 2, 'contradicts', 0.75, 'test')")
        }
    }

    func export(_ name: String) throws -> CollectedRows {
        var rows = CollectedRows()
        try store.export(try store.exportTable(named: name), into: &rows)
        return rows
    }

    @Test func claimsFlatHasOneRowPerClaimWithEverythingAResearcherNeeds() throws {
        let rows = try export("claims_flat")
        #expect(rows.rows.count == 2)
        for column in ["article_url", "outlet", "published", "reporter", "cited", "cited_kind", "reported_on", "stance", "hedges", "entities", "start", "end"] {
            #expect(rows.columns.contains(column), "\(column)")
        }
        #expect(rows.column("entities") == [.text("Borg; Acme Motors"), .text("Acme Motors")])
        #expect(rows.column("reporter") == [.text("Harbour Daily"), .text("Port Radio")])
        #expect(rows.column("reported_on") == [.text("2022-08-26"), .text("2022-08-30")])
        #expect(rows.column("article_url") == [.text("https://example.org/1"), .text("https://example.org/2")])
        #expect(rows.column("hedges") == [.text("likely"), .text("")])
        #expect(rows.column("start") == [.integer(0), .integer(0)])
        // The `claims` shortcut is the same view.
        #expect(try export("claims").rows == rows.rows)
    }

    /// The shortcut looks entity names up outside SQL; it must give the view's rows exactly,
    /// for a claim without entities and for an id that is no entity's (the view skips it).
    @Test func claimsGivesTheRowsOfTheClaimsFlatView() throws {
        _ = try store.write([
            Fixtures.article(url: "https://example.org/3", outlet: "Wire Weekly", published: "2022-09-02", claims: [
                FixtureClaim(text: "The plant will close", reporter: "Port Radio", stance: .asserted, entities: []),
            ]),
        ])
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE claim SET entities = '[999,' || substr(entities, 2) WHERE id = 1")
        }
        var view = CollectedRows()
        try store.query(readOnlySQL: "SELECT * FROM claims_flat", parameters: [:], into: &view)
        let shortcut = try export("claims")
        #expect(shortcut.columns == view.columns)
        #expect(shortcut.rows == view.rows)
        #expect(shortcut.column("entities") == [.text("Borg; Acme Motors"), .text("Acme Motors"), .null])
    }

    @Test func claimLinksCarryBothClaimsAndTheirReporters() throws {
        let rows = try export("claim_links")
        #expect(rows.rows.count == 1)
        #expect(rows.column("relation") == [.text("contradicts")])
        #expect(rows.column("score") == [.real(0.75)])
        #expect(rows.column("reporter_a") == [.text("Harbour Daily")])
        #expect(rows.column("reporter_b") == [.text("Port Radio")])
        #expect(rows.column("text_b") == [.text("Acme Motors will not buy the plant")])
    }

    @Test func everyTableOfTheSchemaExports() throws {
        for table in try store.statistics().tables.map(\.name) {
            let rows = try export(table)
            #expect(!rows.columns.isEmpty, "\(table)")
            #expect(rows.ended, "\(table)")
        }
        #expect(try export("entity_alias").column("key").compactMap(\.text) == ["acme motors", "borg", "harbour daily", "port radio", "wire weekly"])
    }

    @Test func indexesAndUnknownNamesAreRefusedWithTheChoices() throws {
        for name in ["claim_fts", "grdb_migrations", "sqlite_master", "nothing", "claim; DROP TABLE claim"] {
            #expect(throws: StoreError.self, "\(name)") { try store.exportTable(named: name) }
        }
        do {
            _ = try store.exportTable(named: "claim_flat")
        } catch let error as StoreError {
            #expect(error.description.contains("claims_flat"))
        }
    }
}
