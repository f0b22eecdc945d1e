import DossierStore
import Foundation
import Testing

@Suite struct IngestCommandTests {
    let folder = DossierProcess.temporaryFolder()

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ bytes: Data) -> String {
        let url = folder.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! bytes.write(to: url)
        return url.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Data(text.utf8)) }

    /// Row counts of every table, as `dossier stats` prints them (without the file size).
    func rowCounts(_ db: String) throws -> [String] {
        let stats = try DossierProcess.run(["stats", "--db", db, "--format", "csv"])
        #expect(stats.status == 0, "\(stats.stderr)")
        return stats.output.split(separator: "\r\n").map(String.init).filter { !$0.hasPrefix("(bytes)") }
    }

    /// Wire-style articles, one per line, naming companies, outlets and sources.
    func writeLargeInput(_ name: String, articles: Int) -> String {
        let companies = ["Acme Motors", "Harbour Logistics Group", "Ningbo Port Co", "Sea Crane Technology"]
        let outlets = ["Harbour Daily", "Wire Weekly", "Port News"]
        var text = ""
        for index in 1...articles {
            let company = companies[index % companies.count]
            let outlet = outlets[index % outlets.count]
            let body = "\(company) will open plant number \(index) in Ningbo, \(outlet) said, citing two people familiar with the matter. "
                + "The company declined to comment on report \(index). Shares of \(company) rose \(index % 9) percent on Monday, according to \(outlet)."
            let line: [String: String] = [
                "id": "a\(index)", "text": body, "outlet": outlet, "published": "2024-05-\(String(format: "%02d", index % 28 + 1))",
                "url": "https://example.org/\(index)",
            ]
            text += String(decoding: try! JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]), as: UTF8.self) + "\n"
        }
        return write(name, text)
    }

    @Test func aMixedFolderIngestsTheGoodFilesAndReportsEachBadOne() throws {
        write("in/good.md", "---\noutlet: Harbour Daily\npublished: 2024-05-02\n---\nAcme Motors will build a plant in Ningbo, the company said.\n")
        write("in/page.html", "<html><head><meta property=\"og:site_name\" content=\"Port News\"></head><body><nav>Menu</nav><article><p>Cranes arrived, the operator said.</p></article></body></html>")
        write("in/feed.xml", "<rss><channel><title>Wire</title><item><description>Ships queued, pilots said.</description></item></channel></rss>")
        write("in/lines.jsonl", "{\"text\": \"Fees will rise, the authority said.\"}\n{\"text\": oops}\n")
        let bad = [
            write("in/latin1.txt", Data([0x43, 0x61, 0x66, 0xE9])),
            write("in/image.md", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])),
            write("in/empty.txt", ""),
            write("in/huge.txt", String(repeating: "Long text. ", count: 200)),
            write("in/open.md", "---\ntitle: Never closed\n"),
            write("in/cut.rss", "<rss><channel><item><description>Cut off"),
            write("in/frame.html", "<html><body><nav>Home</nav></body></html>"),
        ]
        let db = path("test.db")
        let result = try DossierProcess.run(["ingest", "--db", db, "--max-bytes", "1000", path("in")])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == bad.count + 1)
        for file in bad {
            #expect(lines.filter { $0.hasPrefix("dossier: \(file)") }.count == 1, "\(file)")
        }
        #expect(lines.contains { $0.hasPrefix("dossier: \(path("in/lines.jsonl")):2: broken JSON line") })
        #expect(result.output.hasPrefix("4 new, 0 unchanged, 0 replaced, 8 rejected in "))
        #expect(try rowCounts(db).contains("article,4"))
    }

    @Test func formatForcesHowFilesAreRead() throws {
        let page = write("page.txt", "<html><body><p>Cranes <b>arrived</b> early.</p></body></html>")
        let lines = write("export.dat", "{\"text\": \"First line.\"}\n{\"text\": \"Second line.\"}\n")
        let db = path("test.db")
        #expect(try DossierProcess.run(["ingest", "--db", db, "--format", "html", page]).output.hasPrefix("1 new"))
        #expect(try DossierProcess.run(["ingest", "--db", db, lines]).output.hasPrefix("2 new"))
        let export = try DossierProcess.run(["export", "articles", "--db", db, "--format", "jsonl"])
        #expect(export.output.contains("\"text\":\"Cranes arrived early.\""))
        #expect(export.output.contains("\"format\":\"jsonl\""))
        let usage = try DossierProcess.run(["ingest", "--db", db, "--format", "pdf", page])
        #expect(usage.status == 2)
    }

    @Test func anIngestKilledPartWayLeavesAConsistentDatabaseThatARerunCompletes() throws {
        let articles = 2_000
        let input = writeLargeInput("large.jsonl", articles: articles)
        let whole = path("whole.db")
        let uninterrupted = try DossierProcess.run(["ingest", "--db", whole, input])
        #expect(uninterrupted.status == 0, "\(uninterrupted.stderr)")
        #expect(uninterrupted.output.hasPrefix("\(articles) new"))

        let killed = path("killed.db")
        let process = Process()
        process.executableURL = DossierProcess.binary
        process.arguments = ["ingest", "--db", killed, input]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var stored = 0
        while stored == 0, process.isRunning {
            if let store = try? DossierStore(path: killed, create: false, readOnly: true),
               let rows = try? store.statistics().tables.first(where: { $0.name == "article" })?.rows {
                stored = rows
            }
            usleep(5_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(stored > 0 && stored < articles)

        let check = try DossierProcess.run(["check", "--db", killed])
        #expect(check.status == 0, "\(check.output)\(check.stderr)")
        #expect(check.output == "ok\n")
        let rerun = try DossierProcess.run(["ingest", "--db", killed, input])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try rowCounts(killed) == rowCounts(whole))
        #expect(try DossierProcess.run(["check", "--db", killed]).status == 0)
    }
}
