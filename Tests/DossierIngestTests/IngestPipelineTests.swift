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
}

struct CollectingSink: RowSink {
    var columns: [String] = []
    var rows: [[Cell]] = []
    mutating func begin(columns: [String]) throws { self.columns = columns }
    mutating func row(_ cells: [Cell]) throws { rows.append(cells) }
    mutating func end() throws {}
}
