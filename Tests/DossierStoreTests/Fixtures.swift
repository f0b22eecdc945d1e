import DossierExtraction
import DossierStore
import Foundation
import GRDB

/// Articles written for the store tests, with hand-made extractions so that the store is
/// tested on its own, whatever text analysis finds.
enum Fixtures {
    static func temporaryDatabase() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-store-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("test.db").path
    }

    /// A second article at another URL relaying the report of `article()`'s claim.
    static func relay() -> ArticleInput {
        article(text: "Acme Motors will open a plant in Ningbo, Harbour Daily said again.", url: "https://example.org/other")
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

extension DatabaseReader {
    /// The first column of each row `sql` returns, as text, for assertions.
    func strings(_ sql: String) throws -> [String] {
        try read { try String.fetchAll($0, sql: sql) }
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

/// One claim of a hand-built article: its words, who it is credited to, and the entities
/// (by name, typed organization) it mentions.
struct FixtureClaim {
    var text: String
    var reporter: String
    var reportedOn: String?
    var stance: Stance = .asserted
    var entities: [String] = []
}

extension Fixtures {
    /// Two articles of two claims each for searching: every claim says "plant" or "plants",
    /// one also "factory"; one claim is hedged, one denied.
    static var searchedArticles: [ArticleInput] {
        [
            Fixtures.article(url: "https://example.org/1", outlet: "Harbour Daily", published: "2022-08-26", claims: [
                FixtureClaim(text: "Acme Motors will likely take over the Ningbo plant", reporter: "Harbour Daily", stance: .hedged, entities: ["Acme Motors"]),
                FixtureClaim(text: "The plant employs 2,000 workers", reporter: "Port Radio", reportedOn: "2022-07-01"),
            ]),
            Fixtures.article(url: "https://example.org/2", outlet: "Wire Weekly", published: "2022-09-01", claims: [
                FixtureClaim(text: "Acme Motors will not buy the plant in Ningbo", reporter: "Wire Weekly", stance: .denied, entities: ["Acme Motors"]),
                FixtureClaim(text: "Acme plans its own factory in Ningbo, plants and all", reporter: "Wire Weekly", entities: ["Acme Motors"]),
            ]),
        ]
    }

    /// An article whose sentences are `claims`, each "TEXT, REPORTER said.", with the
    /// extraction a perfect text analysis would produce.
    static func article(url: String, outlet: String, published: String, claims: [FixtureClaim]) -> ArticleInput {
        var text = ""
        var sentences: [Sentence] = []
        var entities: [Entity] = []
        var mentions: [Mention] = []
        var extracted: [Claim] = []
        func entityID(_ name: String, _ type: EntityType) -> String {
            if let known = entities.first(where: { $0.name == name }) { return known.id }
            entities.append(Entity(id: "e\(entities.count + 1)", name: name, type: type))
            return entities.last!.id
        }
        for (index, claim) in claims.enumerated() {
            if !text.isEmpty { text += " " }
            let start = text.unicodeScalars.count
            let sentence = "\(claim.text), \(claim.reporter) said."
            text += sentence
            sentences.append(Sentence(index: index, start: start, end: start + sentence.unicodeScalars.count, text: sentence))
            let claimEnd = start + claim.text.unicodeScalars.count
            var ids: [String] = []
            for name in claim.entities {
                let id = entityID(name, .organization)
                ids.append(id)
                if let range = claim.text.range(of: name) {
                    let offset = start + claim.text.unicodeScalars[..<range.lowerBound].count
                    mentions.append(Mention(entity: id, sentence: index, start: offset, end: offset + name.unicodeScalars.count, text: name))
                }
            }
            let reporterStart = claimEnd + 2
            let reporterID = entityID(claim.reporter, .outlet)
            mentions.append(Mention(entity: reporterID, sentence: index, start: reporterStart, end: reporterStart + claim.reporter.unicodeScalars.count, text: claim.reporter))
            let cueStart = reporterStart + claim.reporter.unicodeScalars.count + 1
            extracted.append(Claim(
                sentence: index, start: start, end: claimEnd, text: claim.text, stance: claim.stance,
                hedges: claim.stance == .hedged ? ["likely"] : [], entities: ids,
                attribution: Attribution(
                    reporter: claim.reporter, reporterEntity: reporterID, cue: "said", reportedOn: claim.reportedOn ?? published,
                    sourceSpan: Span(start: reporterStart, end: cueStart - 1), cueSpan: Span(start: cueStart, end: cueStart + 4))))
        }
        let extraction = Extraction(
            document: DocumentInfo(outlet: outlet, published: SimpleDate(iso: published)),
            sentences: sentences, entities: entities, mentions: mentions, claims: extracted)
        return ArticleInput(text: text, title: claims.first?.text, outlet: outlet, published: published, url: url, format: "text", extraction: extraction)
    }
}
