import DossierExtraction
import DossierStore
import Foundation

/// Articles written for the store tests, with hand-made extractions so that the store is
/// tested on its own, whatever text analysis finds.
enum Fixtures {
    static func temporaryDatabase() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-store-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("test.db").path
    }

    /// "Acme Motors will open a plant in Ningbo, the Harbour Daily said, citing two officials."
    static func article(text: String = "Acme Motors will open a plant in Ningbo, Harbour Daily said.", url: String? = "https://example.org/acme") -> ArticleInput {
        let sentenceEnd = text.unicodeScalars.count
        let extraction = Extraction(
            document: DocumentInfo(outlet: "Wire Weekly", published: SimpleDate(year: 2024, month: 5, day: 2)),
            sentences: [Sentence(index: 0, start: 0, end: sentenceEnd, text: text)],
            entities: [
                Entity(id: "e1", name: "Acme Motors", type: .organization, aliases: ["Acme"], tickers: ["NYSE:ACM"]),
                Entity(id: "e2", name: "Ningbo", type: .place),
                Entity(id: "e3", name: "Harbour Daily", type: .outlet),
            ],
            mentions: [
                Mention(entity: "e1", sentence: 0, start: 0, end: 11, text: "Acme Motors"),
                Mention(entity: "e2", sentence: 0, start: 33, end: 39, text: "Ningbo"),
            ],
            claims: [
                Claim(
                    sentence: 0, start: 0, end: 39, text: "Acme Motors will open a plant in Ningbo",
                    stance: .asserted, entities: ["e1", "e2"],
                    dates: [DateMention(text: "today", value: "2024-05-02", precision: .day)],
                    attribution: Attribution(
                        reporter: "Harbour Daily", reporterEntity: "e3", cue: "said", cited: "two officials",
                        citedKind: .official, reportedOn: "2024-05-02",
                        sourceSpan: Span(start: 41, end: 54), cueSpan: Span(start: 55, end: 59)
                    )
                )
            ]
        )
        return ArticleInput(
            text: text, title: "Acme plans a plant", outlet: "Wire Weekly", published: "2024-05-02",
            url: url, sourcePath: "acme.md", format: "markdown", extraction: extraction
        )
    }
}

/// Collects streamed rows, for assertions.
struct CollectedRows: RowSink {
    var columns: [String] = []
    var rows: [[Cell]] = []
    var ended = false

    mutating func begin(columns: [String]) throws { self.columns = columns }
    mutating func row(_ cells: [Cell]) throws { rows.append(cells) }
    mutating func end() throws { ended = true }

    func column(_ name: String) -> [Cell] {
        guard let index = columns.firstIndex(of: name) else { return [] }
        return rows.map { $0[index] }
    }
}
