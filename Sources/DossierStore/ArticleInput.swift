import DossierExtraction

/// One article ready to be stored: its text, metadata, and what text analysis found in it.
public struct ArticleInput: Sendable {
    public let text: String
    /// The SHA-256 of `text` that identifies it in the store, computed once.
    public let contentHash: String
    /// `contentHash`'s integer key.
    let contentKey: Int64
    public var title: String?
    public var outlet: String?
    /// `YYYY-MM-DD`.
    public var published: String?
    public var url: String? {
        didSet { urlKey = url.map(ArticleKey.of(url:)) }
    }
    /// `url`'s integer key, computed where the article is read rather than by the writer.
    private(set) var urlKey: Int64?
    public var author: String?
    /// The file (and line, for JSON Lines) it came from.
    public var sourcePath: String?
    /// The reader that produced it: `text`, `markdown`, `html`, `rss`, `jsonl`...
    public var format: String
    public var extraction: Extraction {
        didSet { packed = PackedArticle(extraction) }
    }
    /// The extraction prepared for the writer, on the thread that sets it.
    private(set) var packed: PackedArticle

    public init(
        text: String, title: String? = nil, outlet: String? = nil, published: String? = nil,
        url: String? = nil, author: String? = nil, sourcePath: String? = nil, format: String,
        extraction: Extraction
    ) {
        self.text = text
        self.contentHash = Self.contentHash(of: text)
        contentKey = ArticleKey.of(hexDigest: contentHash)
        self.title = title
        self.outlet = outlet
        self.published = published
        self.url = url
        urlKey = url.map(ArticleKey.of(url:))
        self.author = author
        self.sourcePath = sourcePath
        self.format = format
        self.extraction = extraction
        packed = PackedArticle(extraction)
    }

    /// The content hash that identifies `text` in the store.
    public static func contentHash(of text: String) -> String { SHA256.hex(of: text) }
}

/// What writing one article did.
public enum WriteOutcome: Sendable, Equatable {
    /// Stored for the first time.
    case new(articleID: Int64)
    /// The same text was already stored: nothing changed.
    case unchanged(articleID: Int64)
    /// An article with the same URL and other text was replaced whole.
    case replaced(articleID: Int64, previousID: Int64)
}
