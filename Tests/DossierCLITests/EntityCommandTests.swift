import Foundation
import Testing

@Suite struct EntityCommandTests {
    let folder = DossierProcess.temporaryFolder()
    var db: String { folder.appendingPathComponent("test.db").path }

    @discardableResult
    func dossier(_ arguments: [String], status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation) throws -> DossierProcess.Result {
        let result = try DossierProcess.run(arguments + ["--db", db])
        #expect(result.status == status, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        return result
    }

    @Test func curationCommandsChangeWhatShowShows() throws {
        try dossier(["entity", "add", "Acme Motors", "--type", "organization", "--alias", "Acme", "--ticker", "NYSE:ACM"])
        try dossier(["entity", "add", "ACM Group", "--type", "product", "--alias", "ACM"])
        try dossier(["entity", "merge", "Acme Motors", "ACM Group"])
        try dossier(["entity", "rename", "acme", "Acme Motor Group"])
        try dossier(["entity", "retype", "ACM", "government"])
        try dossier(["entity", "alias", "Acme Motor Group", "Acme Ningbo"])
        let show = try dossier(["entity", "show", "acm group", "--format", "json"])
        try Golden.check(show.stdout, against: "entity-show.json")
        let table = try dossier(["entity", "show", "acm group"])
        #expect(table.output.hasPrefix("Acme Motor Group (government, curated)\naliases:    ACM; ACM Group; Acme; Acme Motors; Acme Ningbo\ntickers:    NYSE:ACM\n"))
    }

    @Test func refusalsAndUnknownNamesAreUsageErrorsWithHints() throws {
        try dossier(["entity", "add", "Acme Motors", "--type", "organization"])
        try dossier(["entity", "add", "Borg", "--type", "organization"])
        for arguments in [
            ["entity", "add", "ACME MOTORS", "--type", "place"],
            ["entity", "alias", "Borg", "Acme Motors"],
            ["entity", "merge", "Borg", "Nobody"],
            ["entity", "show", "Nobody"],
            ["entity", "add", "Zed", "--type", "place", "--ticker", "ZED"],
        ] {
            let result = try dossier(arguments, status: 2)
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("hint:"), "\(arguments): \(result.stderr)")
        }
        try dossier(["entity", "retype", "Borg", "company"], status: 2)
    }

    @Test func aGazetteerWithBadRowsImportsTheRestAndSaysWhichFailed() throws {
        let file = folder.appendingPathComponent("gazetteer.csv")
        try Data("name,type,aliases\nAcme Motors,organization,Acme\n,place,\nBorg,company,\nCathay,place,Acme\nDelta,outlet,\n".utf8).write(to: file)
        let result = try dossier(["entity", "import", file.path], status: 1)
        #expect(result.output == "2 entities imported, 3 rejected\n")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.contains { $0.contains("row 3") && $0.contains("no name") })
        #expect(lines.contains { $0.contains("row 4") && $0.contains("company") })
        #expect(lines.contains { $0.contains("row 5") && $0.contains("Acme Motors") })
        let again = try dossier(["entity", "import", file.path], status: 1)
        #expect(again.output == "2 entities imported, 3 rejected\n")
        let bad = folder.appendingPathComponent("bad.csv")
        try Data("entity,kind\nAcme,organization\n".utf8).write(to: bad)
        let header = try dossier(["entity", "import", bad.path], status: 1)
        #expect(header.stderr.contains("header"))
    }
}
