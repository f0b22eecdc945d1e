/// One article as a reader found it: text plus whatever metadata the file carried.
public struct Document: Sendable, Equatable {
    public var text: String
    public var title: String?
    public var outlet: String?
    /// `YYYY-MM-DD`.
    public var published: String?
    public var url: String?
    public var author: String?
    /// Where it came from: a path, with `:LINE` for one line of a JSON Lines file.
    public var origin: String
    /// The reader that produced it.
    public var format: String

    public init(
        text: String, title: String? = nil, outlet: String? = nil, published: String? = nil,
        url: String? = nil, author: String? = nil, origin: String, format: String
    ) {
        self.text = text
        self.title = title
        self.outlet = outlet
        self.published = published
        self.url = url
        self.author = author
        self.origin = origin
        self.format = format
    }
}

/// Metadata given on the command line; each field set here fills or overrides the file's.
public struct MetadataOverrides: Sendable, Equatable {
    public var title: String?
    public var outlet: String?
    public var published: String?
    public var url: String?
    public var author: String?

    public init(title: String? = nil, outlet: String? = nil, published: String? = nil, url: String? = nil, author: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.published = published
        self.url = url
        self.author = author
    }

    /// Sets every field given here on `document`.
    public func apply(to document: inout Document) {
        if let title { document.title = title }
        if let outlet { document.outlet = outlet }
        if let published { document.published = published }
        if let url { document.url = url }
        if let author { document.author = author }
    }
}
