@testable import DossierExtraction

/// Shared helpers: run extraction on test text and find claims by their wording.
enum TestSupport {
    static func extract(
        _ text: String, outlet: String? = "TestWire", published: String? = "2024-05-15",
        known: [KnownEntity] = []
    ) -> Extraction {
        Extractor(knownEntities: known).extract(
            text: text, document: DocumentInfo(outlet: outlet, published: published.flatMap { SimpleDate(iso: $0) }))
    }

    /// The first claim whose text contains `fragment`.
    static func claim(_ e: Extraction, containing fragment: String) -> Claim? {
        e.claims.first { $0.text.contains(fragment) }
    }

    static func entity(_ e: Extraction, named name: String) -> Entity? {
        e.entities.first { $0.name == name }
    }

    /// The text at a span, counted in Unicode scalars.
    static func text(_ source: String, _ span: Span?) -> String? {
        guard let span else { return nil }
        let scalars = Array(source.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    }
}
