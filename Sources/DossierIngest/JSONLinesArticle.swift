/// One article of a JSON Lines file: `text`, and optionally `id`, `title`, `outlet`,
/// `published`, `url`, `author`.
public struct JSONLinesArticle: Decodable, Sendable {
    /// The line's own identifier, a string or a number in the file.
    public var id: String?
    public var text: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    public var url: String?
    public var author: String?

    private enum Key: String, CodingKey { case id, text, title, outlet, published, url, author }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        // A string id is the common case: try it first, as each failed attempt builds an error.
        if let text = try? container.decodeIfPresent(String.self, forKey: .id) {
            id = text
        } else if let number = try? container.decodeIfPresent(Int64.self, forKey: .id) {
            id = String(number)
        } else {
            id = try container.decodeIfPresent(String.self, forKey: .id)
        }
        text = try container.decode(String.self, forKey: .text)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        outlet = try container.decodeIfPresent(String.self, forKey: .outlet)
        published = try container.decodeIfPresent(String.self, forKey: .published)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        author = try container.decodeIfPresent(String.self, forKey: .author)
    }

    /// The line as a document; a line whose text is blank is rejected.
    public func document(origin: String) throws -> Document {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw IngestError.empty(path: origin) }
        return Document(
            text: text, title: title, outlet: outlet, published: published, url: url, author: author,
            origin: origin, format: "jsonl"
        )
    }
}
