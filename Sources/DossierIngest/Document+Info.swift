import DossierExtraction

extension Document {
    /// The metadata text analysis needs, with the published date checked.
    public func info() throws -> DocumentInfo {
        var date: SimpleDate?
        if let published {
            guard let parsed = SimpleDate(iso: published) else { throw IngestError.badDate(path: origin, value: published) }
            date = parsed
        }
        return DocumentInfo(title: title, outlet: outlet, published: date, url: url)
    }
}
