import DossierIngest
import Foundation
import Testing

@Suite struct JSONLinesFileTests {
    let folder = TemporaryFolder()

    func articles(_ path: String, maxLineBytes: Int = 10_000_000) throws -> [Result<Document, IngestError>] {
        let file = try JSONLinesFile(path: path, maxLineBytes: maxLineBytes)
        var results: [Result<Document, IngestError>] = []
        while let line = try file.next() {
            results.append(Result { try line.decode(JSONLinesArticle.self).document(origin: line.origin) }.mapError { $0 as! IngestError })
        }
        return results
    }

    @Test func anIdIsAStringOrAWholeNumber() throws {
        let path = folder.write("ids.jsonl", """
            {"id": "x9", "text": "a"}
            {"id": 12, "text": "a"}
            {"id": null, "text": "a"}
            {"id": 1.5, "text": "a"}
            {"id": true, "text": "a"}
            """)
        let file = try JSONLinesFile(path: path)
        var ids: [Result<String?, IngestError>] = []
        while let line = try file.next() {
            ids.append(Result { try line.decode(JSONLinesArticle.self).id }.mapError { $0 as! IngestError })
        }
        #expect(ids.count == 5)
        #expect(try ids[0].get() == "x9")
        #expect(try ids[1].get() == "12")
        #expect(try ids[2].get() == nil)
        #expect(throws: IngestError.badJSONLine(path: path, line: 4, cause: "wrong type at id")) { try ids[3].get() }
        #expect(throws: IngestError.badJSONLine(path: path, line: 5, cause: "wrong type at id")) { try ids[4].get() }
    }

    @Test func eachLineIsAnArticleAndEachBrokenLineItsOwnError() throws {
        let path = folder.write("a.jsonl", """
            {"id": 7, "text": "Acme Motors will open a plant.", "title": "Plant", "outlet": "Wire Weekly", "published": "2024-05-02", "url": "https://e.org/1", "author": "Desk"}

            {"text": "No metadata at all."}\r
            {"text": broken}
            {"title": "no text"}
            {"text": 42}
            {"text": "   "}
            {"id": "x9", "text": "Last line, no newline."}
            """)
        let results = try articles(path)
        #expect(results.count == 7)
        let first = try results[0].get()
        #expect(first == Document(text: "Acme Motors will open a plant.", title: "Plant", outlet: "Wire Weekly", published: "2024-05-02", url: "https://e.org/1", author: "Desk", origin: "\(path):1", format: "jsonl"))
        #expect(try results[1].get().text == "No metadata at all.")
        #expect(try results[1].get().origin == "\(path):3")
        #expect(throws: IngestError.badJSONLine(path: path, line: 4, cause: "not valid JSON")) { try results[2].get() }
        #expect(throws: IngestError.badJSONLine(path: path, line: 5, cause: "missing \"text\"")) { try results[3].get() }
        #expect(throws: IngestError.badJSONLine(path: path, line: 6, cause: "wrong type at text")) { try results[4].get() }
        #expect(throws: IngestError.empty(path: "\(path):7")) { try results[5].get() }
        #expect(try results[6].get().origin == "\(path):8")
    }

    @Test func aLineOverTheLimitIsRejectedAloneWithoutBeingHeld() throws {
        let long = String(repeating: "x", count: 3_000_000)
        let path = folder.write("long.jsonl", "{\"text\": \"short\"}\n{\"text\": \"\(long)\"}\n{\"text\": \"after\"}\n")
        let results = try articles(path, maxLineBytes: 1_000)
        #expect(results.count == 3)
        #expect(throws: IngestError.tooLarge(path: "\(path):2", bytes: long.utf8.count + 12, limit: 1_000)) { try results[1].get() }
        #expect(try results[2].get().text == "after")
    }

    @Test func linesThatAreNotUTF8AreNamed() throws {
        var bytes = Data("{\"text\": \"ok\"}\n{\"text\": \"caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Data("\"}\n".utf8))
        let path = folder.write("latin.jsonl", bytes: bytes)
        let results = try articles(path)
        #expect(throws: IngestError.badJSONLine(path: path, line: 2, cause: "not UTF-8")) { try results[1].get() }
    }

    @Test func emptyBinaryAndMissingFilesAreRejectedWhole() throws {
        let empty = folder.write("empty.jsonl", "")
        let binary = folder.write("binary.jsonl", bytes: Data([0x7B, 0x00, 0x01, 0x7D]))
        #expect(throws: IngestError.empty(path: empty)) { try JSONLinesFile(path: empty) }
        #expect(throws: IngestError.binary(path: binary)) { try JSONLinesFile(path: binary) }
        #expect(throws: IngestError.missing(path: folder.path("none.jsonl"))) { try JSONLinesFile(path: folder.path("none.jsonl")) }
    }

    @Test func linesAreReadAcrossBufferBoundaries() throws {
        let lines = (1...5_000).map { "{\"id\": \($0), \"text\": \"Article number \($0) says \(String(repeating: "more ", count: $0 % 50)).\"}" }
        let path = folder.write("many.jsonl", lines.joined(separator: "\n"))
        let file = try JSONLinesFile(path: path)
        var count = 0
        while case let chunk = try file.next(upTo: 256), !chunk.isEmpty {
            for line in chunk {
                count += 1
                #expect(try line.decode(JSONLinesArticle.self).id == String(count))
            }
        }
        #expect(count == 5_000)
    }
}
