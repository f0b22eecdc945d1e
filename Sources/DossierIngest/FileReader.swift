import Foundation

/// Reads whole files: checks each is real UTF-8 text of a sane size, then hands it to the
/// reader of its format (front matter for text and Markdown, HTML, RSS and Atom).
public struct FileReader: Sendable {
    /// Files over this many bytes are rejected (for JSON Lines: lines over it).
    public var maxBytes: Int
    /// The format to read every file as; `auto` detects it per file.
    public var format: InputFormat

    public init(maxBytes: Int = 10_000_000, format: InputFormat = .auto) {
        self.maxBytes = maxBytes
        self.format = format
    }

    /// Reads a file that holds one article: text, Markdown or HTML.
    public func read(path: String) throws -> Document {
        let text = try load(path: path)
        let format = self.format == .auto ? InputFormat.detect(path: path, head: text.utf8) : self.format
        switch format {
        case .rss, .atom, .jsonl: throw IngestError.manyArticles(path: path, format: format.rawValue)
        default: return try documents(of: text, path: path, format: format)[0].get()
        }
    }

    /// The articles in a whole file of text, Markdown, HTML or a feed, each one a document
    /// or the reason it was rejected.
    func documents(of text: String, path: String, format: InputFormat) throws -> [Result<Document, IngestError>] {
        switch format {
        case .auto:
            return try documents(of: text, path: path, format: InputFormat.detect(path: path, head: text.utf8))
        case .text, .markdown:
            return [.success(try FrontMatter.parse(text, origin: path, format: format.rawValue))]
        case .html:
            return [.success(try HTMLReader().read(Array(text.utf8), origin: path))]
        case .rss, .atom:
            return try FeedReader().read(Array(text.utf8), path: path)
        case .jsonl:
            throw IngestError.manyArticles(path: path, format: format.rawValue)
        }
    }

    /// The file's text, after checking its size and bytes.
    func load(path: String) throws -> String {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw IngestError.missing(path: path)
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > maxBytes { throw IngestError.tooLarge(path: path, bytes: size, limit: maxBytes) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw IngestError.unreadable(path: path, cause: (error as NSError).localizedDescription)
        }
        return try Self.decode(data, path: path)
    }

    /// Decodes bytes as UTF-8 text, or in the character set a page or feed declares,
    /// rejecting binary data and undeclared encodings.
    static func decode(_ data: Data, path: String) throws -> String {
        if data.isEmpty { throw IngestError.empty(path: path) }
        if data.prefix(8192).contains(0) { throw IngestError.binary(path: path) }
        guard var text = try String(validating: data, as: UTF8.self) ?? declared(data, path: path) else {
            throw IngestError.notUTF8(path: path)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw IngestError.empty(path: path) }
        return text
    }

    /// The text of bytes that are not UTF-8, in the character set their markup declares.
    private static func declared(_ data: Data, path: String) throws -> String? {
        guard let charset = DeclaredCharset(in: data) else { return nil }
        guard let encoding = charset.encoding, let text = String(data: data, encoding: encoding) else {
            throw IngestError.unreadableCharset(path: path, charset: charset.label)
        }
        return text
    }
}
