import Foundation
import GRDB
import Testing

@Suite struct CheckCommandTests {
    let folder = DossierProcess.temporaryFolder()
    var db: String { folder.appendingPathComponent("test.db").path }

    func ingestSample() throws {
        let file = folder.appendingPathComponent("a.md")
        try Data("---\noutlet: Harbour Daily\npublished: 2024-05-02\n---\nAcme Motors will build a plant in Ningbo, the company said.\n".utf8).write(to: file)
        #expect(try DossierProcess.run(["ingest", "--db", db, file.path]).status == 0)
    }

    @Test func aConsistentDatabasePasses() throws {
        try ingestSample()
        let result = try DossierProcess.run(["check", "--db", db])
        #expect(result.status == 0)
        #expect(result.output == "ok\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func eachProblemGetsALineAndTheStatusIsThree() throws {
        try ingestSample()
        let queue = try DatabaseQueue(path: db)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                INSERT INTO entity (name, type) VALUES ('Orphan Port', 'place');
                INSERT INTO article_fts(article_fts, rowid, title, text) SELECT 'delete', id, title, text FROM article;
                """)
        }
        try queue.close()
        let result = try DossierProcess.run(["check", "--db", db])
        #expect(result.status == 3)
        let lines = result.output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("entity-alias: entity ") && $0.contains("\"Orphan Port\"") })
        #expect(lines.contains("article_fts: article 1 is not indexed"))
        #expect(lines.contains { $0.hasPrefix("article_fts: the index differs from table article") })
        #expect(result.stderr.contains("the database has \(lines.count) problems"))
    }

    @Test func aMissingDatabaseIsADatabaseError() throws {
        let result = try DossierProcess.run(["check", "--db", db])
        #expect(result.status == 3)
        #expect(result.stderr.contains("dossier init"))
    }
}
