import DossierExtraction
import Foundation

/// One generated wire story: its text and metadata, and the extraction a perfect text
/// analysis would return for it.
public struct GeneratedArticle: Sendable {
    public var id: String
    public var text: String
    public var title: String
    public var outlet: String
    /// `YYYY-MM-DD`.
    public var published: String
    public var url: String
    public var wordCount: Int
    /// What the generator wrote into the text, with exact offsets.
    public var truth: Extraction

    /// The article as one line of JSON (without the newline), keys sorted.
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line = Line(id: id, text: text, title: title, outlet: outlet, published: published, url: url)
        return String(decoding: try! encoder.encode(line), as: UTF8.self)
    }

    /// The article as Markdown with front matter, as `dossier ingest` reads it.
    public func markdown() -> String {
        "---\ntitle: \(title)\noutlet: \(outlet)\npublished: \(published)\nurl: \(url)\n---\n\(text)\n"
    }

    private struct Line: Encodable {
        var id, text, title, outlet, published, url: String
    }
}
