import CSV
import Foundation
import Testing

@Suite struct CommandLineTests {
    let folder = DossierProcess.temporaryFolder()
    var db: String { folder.appendingPathComponent("test.db").path }

    func write(_ name: String, _ bytes: Data) -> String {
        let url = folder.appendingPathComponent(name)
        try! bytes.write(to: url)
        return url.path
    }

    @Test func badFilesGetOneLineEachAndTheGoodOnesAreStored() throws {
        let good = write("good.md", Data("---\noutlet: Harbour Daily\npublished: 2024-05-02\n---\nAcme Motors will build a plant in Ningbo, the company said.\n".utf8))
        let latin1 = write("latin1.txt", Data([0x43, 0x61, 0x66, 0xE9]))
        let missing = folder.appendingPathComponent("missing.txt").path
        let result = try DossierProcess.run(["ingest", "--db", db, good, latin1, missing])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.contains { $0.contains(latin1) && $0.contains("not UTF-8") })
        #expect(lines.contains { $0.contains(missing) && $0.contains("no such file") })
        #expect(result.output.hasPrefix("1 new, 0 unchanged, 0 replaced, 2 rejected"))
        let stats = try DossierProcess.run(["stats", "--db", db, "--format", "csv"])
        #expect(stats.output.contains("article,1\r\n"))
    }

    @Test func ingestingTheSameFileTwiceSaysUnchanged() throws {
        let file = write("a.txt", Data("Acme Motors will build a plant in Ningbo, the company said.\n".utf8))
        try DossierProcess.run(["ingest", "--db", db, file, "--outlet", "Harbour Daily", "--published", "2024-05-02"])
        // Row counts only: the file's size may move with SQLite's page bookkeeping.
        func rowCounts() throws -> [Substring] {
            try DossierProcess.run(["stats", "--db", db, "--format", "csv"]).output.split(separator: "\r\n").filter { !$0.hasPrefix("(bytes)") }
        }
        let before = try rowCounts()
        let again = try DossierProcess.run(["ingest", "--db", db, file, "--outlet", "Harbour Daily", "--published", "2024-05-02"])
        #expect(again.status == 0)
        #expect(again.output.hasPrefix("0 new, 1 unchanged, 0 replaced, 0 rejected"))
        #expect(before.count > 10)
        #expect(try rowCounts() == before)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let result = try DossierProcess.run(["ingest", "--db", db, "x.txt", "--published", "yesterday"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--published"))
        #expect(try DossierProcess.run(["no-such-command"]).status == 2)
    }

    @Test func aMissingDatabaseIsADatabaseErrorWithAHint() throws {
        let result = try DossierProcess.run(["claims", "--db", db, "--entity", "Xiaomi"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("dossier init"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func anUnknownEntityNamesTheWayToKnownOnes() throws {
        try DossierProcess.run(["init", "--db", db])
        let result = try DossierProcess.run(["claims", "--db", db, "--entity", "Nobody"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("dossier entities"))
    }

    @Test func theDatabaseComesFromTheEnvironmentWhenNotGiven() throws {
        let result = try DossierProcess.run(["init"], environment: ["DOSSIER_DB": db])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: db))
    }

    @Test func theBinaryCarriesItsMigrationsAndRunsFromAnyFolder() throws {
        let result = try DossierProcess.run(["init"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output.contains(" migrations applied, latest 0"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("dossier.db").path))
    }

    @Test func sampleDataExportsAsCSVThatParsesBack() throws {
        let ingest = try DossierProcess.run(["ingest", "--db", db, DossierProcess.packageRoot.appendingPathComponent("SampleData").path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        for table in ["claims", "entities", "articles", "mentions", "attributions"] {
            let export = try DossierProcess.run(["export", table, "--db", db, "--format", "csv"])
            #expect(export.status == 0, "\(table): \(export.stderr)")
            let reader = try CSVReader(string: export.output, hasHeaderRow: true)
            let header = reader.headerRow ?? []
            var rows = 0
            while let row = reader.next() {
                #expect(row.count == header.count, "\(table) row \(rows)")
                rows += 1
            }
            #expect(rows > 0, "\(table) is empty")
        }
    }

    @Test func exportWritesToAFile() throws {
        try DossierProcess.run(["ingest", "--db", db, DossierProcess.packageRoot.appendingPathComponent("SampleData").path])
        let out = folder.appendingPathComponent("articles.csv").path
        let result = try DossierProcess.run(["export", "articles", "--db", db, "-o", out])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("article_id,url,title,outlet,published,author,source_path,format,content_hash,ingested_at,text\r\n"))
    }

    @Test func helpTextMatchesTheGoldenFiles() throws {
        for command in ["ingest", "claims"] {
            let result = try DossierProcess.run([command, "--help"], environment: ["COLUMNS": "100"])
            #expect(result.status == 0)
            try Golden.check(result.stdout, against: "help-\(command).txt")
        }
    }
}
