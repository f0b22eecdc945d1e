import Foundation

/// Reads RSS (2.0 and 1.0) and Atom feeds: one document per item or entry, with the full
/// content (`content:encoded`, `content`) when the feed carries it, else the description or
/// summary, and the HTML inside stripped to its text. The feed's title is the outlet.
public struct FeedReader: Sendable {
    public init() {}

    /// The feed's items, each a document or the reason it was rejected (no text). A feed
    /// that is not well formed is rejected whole.
    public func read(_ bytes: [UInt8], path: String) throws -> [Result<Document, IngestError>] {
        var parser = FeedParser(bytes: bytes, path: path)
        return try parser.parse()
    }
}

private struct Item {
    let line: Int
    var fields: [String: String] = [:]
    var link: String?
}

private struct FeedParser {
    let bytes: [UInt8]
    let path: String
    private var scanner: MarkupScanner
    private var stack: [String] = []
    private var sawRoot = false
    private var format = "rss"
    private var outlet: String?
    private var home: String?
    private var base: String?
    private var item: Item?
    private var itemDepth = 0
    private var field: (name: String, depth: Int, start: Int, nested: Bool)?
    private var results: [Result<Document, IngestError>] = []

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
        scanner = MarkupScanner(bytes, html: false)
    }

    /// Fields of an item (or of the channel) whose text is kept.
    private static let itemFields: Set<String> = [
        "title", "link", "guid", "id", "pubDate", "dc:date", "published", "updated", "author",
        "dc:creator", "description", "summary", "content:encoded", "content",
    ]

    mutating func parse() throws -> [Result<Document, IngestError>] {
        while let token = scanner.next() {
            switch token {
            case let .start(rawName, attributes, selfClosing, offset, end):
                let name = rawName.hasPrefix("atom:") ? String(rawName.dropFirst(5)) : rawName
                if !sawRoot {
                    try root(name, attributes, offset: offset)
                    sawRoot = true
                }
                open(name, attributes, selfClosing: selfClosing, offset: offset, end: end)
                if !selfClosing { stack.append(name) }
            case let .end(rawName, offset):
                let name = rawName.hasPrefix("atom:") ? String(rawName.dropFirst(5)) : rawName
                guard let top = stack.last else {
                    throw broken(at: offset, "</\(rawName)> after the end of the feed")
                }
                guard top == name else { throw broken(at: offset, "</\(rawName)> where </\(top)> was expected") }
                stack.removeLast()
                close(name, offset: offset)
            case .text, .literal:
                break
            }
        }
        guard sawRoot else { throw IngestError.badFeed(path: path, line: 1, cause: "no <rss> or <feed> element") }
        guard let open = stack.last else {
            if results.isEmpty { throw IngestError.badFeed(path: path, line: scanner.line(at: bytes.count), cause: "no <item> or <entry>") }
            return results
        }
        throw broken(at: bytes.count, "ends inside <\(open)>, the file is cut short")
    }

    private mutating func root(_ name: String, _ attributes: [String: String], offset: Int) throws {
        switch name {
        case "rss", "rdf:RDF": format = "rss"
        case "feed": format = "atom"
        default: throw broken(at: offset, "starts with <\(name)>, not <rss> or <feed>")
        }
        base = attributes["xml:base"]
    }

    private mutating func open(_ name: String, _ attributes: [String: String], selfClosing: Bool, offset: Int, end: Int) {
        if field != nil {
            field!.nested = true
            return
        }
        if item == nil, name == "item" || name == "entry" {
            item = Item(line: scanner.line(at: offset))
            itemDepth = stack.count
            return
        }
        let parent = stack.last
        let isItemField = item != nil && stack.count == itemDepth + 1
        let isFeedField = item == nil && (parent == "channel" || (parent == "feed" && stack.count == 1))
        guard isItemField || isFeedField else { return }
        if name == "link", let href = attributes["href"] {
            let rel = attributes["rel"] ?? "alternate"
            guard rel == "alternate" else { return }
            if isItemField { item!.link = item!.link ?? href } else { home = home ?? href }
            return
        }
        if Self.itemFields.contains(name), !selfClosing {
            field = (name, stack.count, end, false)
        }
    }

    private mutating func close(_ name: String, offset: Int) {
        if let current = field, current.depth == stack.count, current.name == name {
            field = nil
            let value = Self.value(of: bytes[current.start..<offset], nested: current.nested, name: name)
            if item != nil {
                if item!.fields[name] == nil { item!.fields[name] = value }
            } else if name == "title" {
                outlet = outlet ?? Self.nonEmpty(value)
            } else if name == "link" {
                home = home ?? Self.nonEmpty(value)
            }
            return
        }
        if let finished = item, stack.count == itemDepth, name == "item" || name == "entry" {
            item = nil
            results.append(document(from: finished))
        }
    }

    private func document(from item: Item) -> Result<Document, IngestError> {
        let origin = "\(path):\(item.line)"
        let fields = item.fields.compactMapValues(Self.nonEmpty)
        let text = fields["content:encoded"] ?? fields["content"] ?? fields["description"] ?? fields["summary"]
        guard let text else { return .failure(.noText(path: origin)) }
        let date = ["pubDate", "published", "dc:date", "updated"].lazy.compactMap { fields[$0].flatMap(PublishedDate.day(from:)) }.first
        var link = item.link ?? fields["link"]
        if link == nil, let guid = fields["guid"] ?? fields["id"], guid.hasPrefix("http") { link = guid }
        return .success(Document(
            text: text, title: fields["title"], outlet: outlet, published: date,
            url: link.flatMap(resolve), author: fields["dc:creator"] ?? fields["author"],
            origin: origin, format: format
        ))
    }

    /// A link made absolute against the feed's `xml:base` or its home page.
    private func resolve(_ link: String) -> String? {
        if let url = URL(string: link), url.scheme != nil { return url.absoluteString }
        for candidate in [base, home].compactMap({ $0 }) {
            if let root = URL(string: candidate), root.scheme != nil, let resolved = URL(string: link, relativeTo: root)?.absoluteURL {
                return resolved.absoluteString
            }
        }
        return nil
    }

    /// The text of a field: XML escapes and CDATA undone, then the HTML inside stripped.
    /// Atom's inline XHTML (`nested`) is markup already; an author's is its `<name>`.
    private static func value(of inner: ArraySlice<UInt8>, nested: Bool, name: String) -> String {
        if nested, name == "author" {
            var scanner = MarkupScanner(Array(inner), html: false)
            var inName = false
            while let token = scanner.next() {
                switch token {
                case let .start(element, _, _, _, _): inName = element == "name"
                case .end: inName = false
                case let .text(text) where inName: return HTMLReader.text(ofFragment: Array(Entities.decode(text).utf8))
                default: break
                }
            }
            return ""
        }
        if nested { return HTMLReader.text(ofFragment: Array(inner)) }
        var markup = ""
        var scanner = MarkupScanner(Array(inner), html: false)
        while let token = scanner.next() {
            switch token {
            case let .text(text): markup += Entities.decode(text)
            case let .literal(text): markup += String(decoding: text, as: UTF8.self)
            case .start, .end: break
            }
        }
        return HTMLReader.text(ofFragment: Array(markup.utf8))
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    private mutating func broken(at offset: Int, _ cause: String) -> IngestError {
        .badFeed(path: path, line: scanner.line(at: offset), cause: cause)
    }
}
