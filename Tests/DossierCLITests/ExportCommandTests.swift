import CSV
import Foundation
import Testing

/// Export bytes pinned by goldens, on a database built from a gazetteer so that nothing
/// depends on text analysis or the clock.
@Suite struct ExportCommandTests {
    let folder = DossierProcess.temporaryFolder()
    var db: String { folder.appendingPathComponent("test.db").path }

    static let gazetteer = #"""
        name,type,aliases,tickers
        Acme Motors,organization,Acme;ACM Group,NYSE:ACM
        "Harbour Daily",outlet,"HD; The ""Harbour""",
        "Borg, Inc.",organization,"Borg
        Holdings",
        "=HYPERLINK(""http://example.org"")",product,-2+3;@SUM(A1);+1 Plant,
        Ningbo,place,,

        """#

    func makeDatabase() throws {
        let file = folder.appendingPathComponent("gazetteer.csv")
        try Data(Self.gazetteer.utf8).write(to: file)
        let result = try DossierProcess.run(["entity", "import", file.path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output == "5 entities imported, 0 rejected\n")
    }

    func export(_ arguments: [String]) throws -> Data {
        let result = try DossierProcess.run(["export", "--db", db] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    @Test func csvJSONAndJSONLinesBytesMatchTheGoldens() throws {
        try makeDatabase()
        try Golden.check(try export(["entities", "--format", "csv"]), against: "export-entities.csv")
        try Golden.check(try export(["entities", "--format", "json"]), against: "export-entities.json")
        try Golden.check(try export(["entities", "--format", "jsonl"]), against: "export-entities.jsonl")
        try Golden.check(try export(["entity_alias", "--format", "csv", "--no-header", "--excel-safe"]), against: "export-entity_alias-excel-safe.csv")
        try Golden.check(try export(["--query", "SELECT type, count(*) AS entities FROM entity GROUP BY type ORDER BY type", "--format", "json"]), against: "export-query.json")
    }

    @Test func csvParsesBackToTheSameFields() throws {
        try makeDatabase()
        let reader = try CSVReader(string: String(decoding: try export(["entity_alias"]), as: UTF8.self), hasHeaderRow: true)
        #expect(reader.headerRow == ["key", "alias", "entity_id", "curated"])
        var aliases: [String] = []
        while let row = reader.next() { aliases.append(row[1]) }
        #expect(aliases.contains("The \"Harbour\""))
        #expect(aliases.contains("Borg\nHoldings"))
        #expect(aliases.contains("-2+3"))
    }

    @Test func excelSafeQuotesOnlyFormulaLikeText() throws {
        try makeDatabase()
        let text = String(decoding: try export(["entities", "--excel-safe"]), as: UTF8.self)
        #expect(text.contains("'=HYPERLINK"))
        #expect(text.contains("'+1 Plant; -2+3; @SUM(A1)"))
        #expect(!text.contains("'Acme"))
        let plain = String(decoding: try export(["entities"]), as: UTF8.self)
        #expect(!plain.contains("'="))
    }

    @Test func everyTableAndViewExportsAndAWriteQueryIsRefused() throws {
        try makeDatabase()
        for name in ["article", "entity", "entity_alias", "entity_ticker", "sentence", "mention", "report", "claim",
                     "attribution", "claim_entity", "claim_date", "claim_link", "claims_flat", "claim_links"] {
            #expect(!(try export([name, "--format", "jsonl"])).isEmpty || name != "entity", "\(name)")
        }
        let unknown = try DossierProcess.run(["export", "claim_flat", "--db", db])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("claims_flat"))
        let write = try DossierProcess.run(["export", "--query", "DELETE FROM entity", "--db", db])
        #expect(write.status == 2)
        #expect(try DossierProcess.run(["sql", "SELECT count(*) FROM entity", "--db", db, "--format", "csv"]).output == "count(*)\r\n5\r\n")
    }

    @Test func optionsThatDoNotFitAreUsageErrors() throws {
        try makeDatabase()
        for arguments in [["entities", "--query", "SELECT 1"], [], ["entities", "--format", "json", "--no-header"], ["entities", "--format", "table"]] {
            #expect(try DossierProcess.run(["export", "--db", db] + arguments).status == 2, "\(arguments)")
        }
    }
}
