import Foundation
import Testing

@Suite struct SearchCommandTests {
    let folder = DossierProcess.temporaryFolder()
    var db: String { folder.appendingPathComponent("test.db").path }

    func ingest() throws {
        let files = [
            ("one.md", "---\ntitle: Acme eyes Ningbo\noutlet: Harbour Daily\npublished: 2022-08-26\n---\nAcme Motors would likely take over the Ningbo plant, industry sources said.\n"),
            ("two.md", "---\ntitle: Acme builds its own\noutlet: Wire Weekly\npublished: 2022-09-01\n---\nAcme Motors will not buy the plant and will build its own factory instead.\n"),
        ]
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let result = try DossierProcess.run(["ingest", "--db", db, folder.path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func matchesAreBracketedWhenPiped() throws {
        try ingest()
        let result = try DossierProcess.run(["search", "\"Ningbo plant\"", "--articles", "--db", db, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.output.split(separator: "\r\n")
        #expect(lines.first == "article_id,date,outlet,title,snippet,score")
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("1,2022-08-26,Harbour Daily,Acme eyes Ningbo,\"Acme Motors would likely take over the [Ningbo plant], industry sources said.\n\","))
        #expect(!result.output.contains("\u{1B}"))
    }

    @Test func filtersApplyToArticles() throws {
        try ingest()
        let prefix = try DossierProcess.run(["search", "fact*", "--articles", "--db", db, "--format", "csv"])
        #expect(prefix.output.split(separator: "\r\n").count == 2)
        let dated = try DossierProcess.run(["search", "plant", "--articles", "--since", "2022-09", "--db", db, "--format", "jsonl"])
        #expect(dated.output.split(separator: "\n").count == 1)
        #expect(dated.output.contains("\"article_id\":2"))
    }

    @Test func aMalformedQueryGetsOneLineWithAHint() throws {
        try ingest()
        for query in ["\"Ningbo plant", "Acme AND", "Acme's (plant"] {
            let result = try DossierProcess.run(["search", query, "--db", db])
            #expect(result.status == 2, "\(query)")
            #expect(result.stdout.isEmpty, "\(query)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(query): \(result.stderr)")
            #expect(result.stderr.hasPrefix("dossier: cannot read the search query"), "\(query): \(result.stderr)")
            #expect(result.stderr.contains("hint:"))
        }
        for arguments in [["   "], ["plant", "--since", "August"], ["plant", "--articles", "--stance", "hedged"], ["plant", "--stance", "sure"]] {
            #expect(try DossierProcess.run(["search", "--db", db] + arguments).status == 2, "\(arguments)")
        }
    }
}
