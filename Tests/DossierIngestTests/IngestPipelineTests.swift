import DossierIngest
import DossierStore
import Foundation
import Testing

@Suite struct IngestPipelineTests {
    let folder = TemporaryFolder()

    func store() throws -> DossierStore { try DossierStore(path: folder.path("test.db")) }

    func tableRows(_ store: DossierStore) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try store.statistics().tables.map { ($0.name, $0.rows) })
    }

    func writeGoodFiles() {
        folder.write("in/one.md", "---\noutlet: Harbour Daily\npublished: 2024-05-02\n---\nAcme Motors will open a plant in Ningbo, the company said on Thursday.\n")
        folder.write("in/nested/two.txt", "Officials in Ningbo expect the plant to employ 2,000 people, a city spokesman said.\n")
    }

    @Test func goodFilesLandAndBadOnesAreReportedOneEach() throws {
        writeGoodFiles()
        folder.write("in/bad.txt", bytes: Data([0xFF, 0xFE, 0x41]))
        folder.write("in/empty.md", "")
        folder.write("in/ignored.pdf", "not walked")
        let store = try store()
        let summary = try IngestPipeline(store: store).ingest(paths: [folder.path("in"), folder.path("missing.txt")])
        #expect(summary.new == 2)
        #expect(summary.rejected.count == 3)
        #expect(summary.rejected.contains(.notUTF8(path: folder.path("in/bad.txt"))))
        #expect(summary.rejected.contains(.empty(path: folder.path("in/empty.md"))))
        #expect(summary.rejected.contains(.missing(path: folder.path("missing.txt"))))
        #expect(try tableRows(store)["article"] == 2)
    }

    @Test func ingestingTheSameFilesAgainChangesNothing() throws {
        writeGoodFiles()
        let store = try store()
        let pipeline = IngestPipeline(store: store)
        _ = try pipeline.ingest(paths: [folder.path("in")])
        let before = try tableRows(store)
        let again = try pipeline.ingest(paths: [folder.path("in")])
        #expect(again.new == 0)
        #expect(again.unchanged == 2)
        #expect(try tableRows(store) == before)
    }

    @Test func overridesApplyToEveryFile() throws {
        writeGoodFiles()
        let store = try store()
        let pipeline = IngestPipeline(store: store, overrides: MetadataOverrides(outlet: "Wire Weekly", published: "2024-06-01"))
        _ = try pipeline.ingest(paths: [folder.path("in")])
        var rows = CollectingSink()
        try store.export(.articles, into: &rows)
        let outlet = rows.columns.firstIndex(of: "outlet")!
        let published = rows.columns.firstIndex(of: "published")!
        #expect(rows.rows.map { $0[outlet] } == [.text("Wire Weekly"), .text("Wire Weekly")])
        #expect(rows.rows.map { $0[published] } == [.text("2024-06-01"), .text("2024-06-01")])
    }

    /// One good input of every format, and one bad input of every kind.
    func writeMixedFolder() {
        writeGoodFiles()
        folder.write("in/page.html", "<html><head><meta property=\"og:site_name\" content=\"Port News\"></head><body><article><p>Cranes arrived at the new terminal, the operator said.</p></article></body></html>")
        folder.write("in/feed.xml", "<rss><channel><title>Wire</title><item><description>Ships queued outside the port, pilots said.</description></item></channel></rss>")
        folder.write("in/lines.jsonl", "{\"text\": \"Dock fees will rise in June, the authority said.\"}\n{\"text\": oops}\n")
        folder.write("in/latin1.txt", bytes: Data([0x43, 0x61, 0x66, 0xE9]))
        folder.write("in/image.md", bytes: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]))
        folder.write("in/empty.txt", "")
        folder.write("in/huge.txt", String(repeating: "Long text. ", count: 200))
        folder.write("in/open.md", "---\ntitle: Never closed\nText.\n")
        folder.write("in/cut.rss", "<rss><channel><item><description>Cut off")
        folder.write("in/frame.html", "<html><body><nav>Home</nav><script>app()</script></body></html>")
    }

    @Test func aMixedFolderStoresTheGoodAndReportsEachBadInputOnce() throws {
        writeMixedFolder()
        let store = try store()
        let summary = try IngestPipeline(store: store, reader: FileReader(maxBytes: 1_000)).ingest(paths: [folder.path("in")])
        #expect(summary.new == 5)
        #expect(Set(summary.rejected.map(\.description)) == Set([
            IngestError.notUTF8(path: folder.path("in/latin1.txt")),
            .binary(path: folder.path("in/image.md")),
            .empty(path: folder.path("in/empty.txt")),
            .tooLarge(path: folder.path("in/huge.txt"), bytes: 2_200, limit: 1_000),
            .badFrontMatter(path: folder.path("in/open.md"), line: 3, cause: "expected `key: value`, found \"Text.\""),
            .badJSONLine(path: folder.path("in/lines.jsonl"), line: 2, cause: "not valid JSON"),
            .badFeed(path: folder.path("in/cut.rss"), line: 1, cause: "ends inside <description>, the file is cut short"),
            .noText(path: folder.path("in/frame.html")),
        ].map(\.description)))
        #expect(summary.rejected.count == 8)
        #expect(try tableRows(store)["article"] == 5)
    }

    @Test func smallBatchesAndAShortQueueStoreEverythingInOrder() throws {
        let lines = (1...300).map { "{\"text\": \"Report \($0) on the harbour.\"}" }
        folder.write("many.jsonl", lines.joined(separator: "\n") + "\n{\"text\": 1}\n")
        let store = try store()
        let pipeline = IngestPipeline(store: store, batchSize: 7, queuedBatches: 1)
        var seen: [Int] = []
        let summary = try pipeline.ingest(paths: [folder.path("many.jsonl")]) { seen.append($0.summary.processed) }
        #expect(summary.new == 300)
        #expect(summary.rejected == [.badJSONLine(path: folder.path("many.jsonl"), line: 301, cause: "wrong type at text")])
        #expect(seen == seen.sorted())
        #expect(seen.last == 301)
        var rows = CollectingSink()
        try store.export(.articles, into: &rows)
        let text = rows.columns.firstIndex(of: "text")!
        #expect(rows.rows.map { $0[text] } == (1...300).map { .text("Report \($0) on the harbour.") })
    }

    @Test func newTextAtAStoredURLReplacesTheArticle() throws {
        let store = try store()
        let pipeline = IngestPipeline(store: store)
        folder.write("v1.md", "---\nurl: https://example.org/plant\n---\nAcme Motors may open a plant.\n")
        folder.write("v2.md", "---\nurl: https://example.org/plant\n---\nAcme Motors will open a plant, it said.\n")
        #expect(try pipeline.ingest(paths: [folder.path("v1.md")]).new == 1)
        let second = try pipeline.ingest(paths: [folder.path("v2.md")])
        #expect(second.replaced == 1)
        #expect(second.new == 0)
        var rows = CollectingSink()
        try store.export(.articles, into: &rows)
        #expect(rows.rows.map { $0[rows.columns.firstIndex(of: "text")!] } == [.text("Acme Motors will open a plant, it said.\n")])
        #expect(try store.check().isEmpty)
    }

    @Test func queriesRunWhileALargeIngestWrites() throws {
        let lines = (1...4_000).map { "{\"text\": \"Harbour report \($0): cranes, ships and fees.\"}" }
        folder.write("large.jsonl", lines.joined(separator: "\n"))
        let writerStore = try store()
        let readerStore = try DossierStore(path: folder.path("test.db"), create: false)
        let pipeline = IngestPipeline(store: writerStore, batchSize: 64)
        let path = folder.path("large.jsonl")
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: Result<IngestSummary, Error>?
        DispatchQueue.global().async {
            outcome = Result { try pipeline.ingest(paths: [path]) }
            done.signal()
        }
        var counts: [Int] = []
        while done.wait(timeout: .now()) == .timedOut {
            counts.append(try tableRows(readerStore)["article"] ?? 0)
            #expect(try readerStore.check().isEmpty)
        }
        #expect(try outcome?.get().new == 4_000)
        #expect(counts == counts.sorted())
        #expect(try tableRows(readerStore)["article"] == 4_000)
    }
}

struct CollectingSink: RowSink {
    var columns: [String] = []
    var rows: [[Cell]] = []
    mutating func begin(columns: [String]) throws { self.columns = columns }
    mutating func row(_ cells: [Cell]) throws { rows.append(cells) }
    mutating func end() throws {}
}
