import DossierExtraction
import DossierStore

/// Articles built from claims, for the cross-reference tests: each claim becomes one
/// sentence, "CONTENT, REPORTER said." (or the content alone when the outlet speaks), with
/// entities, mentions and offsets worked out as text analysis would give them.
enum ReportFixtures {
    struct Claim {
        var content: String
        var stance: Stance = .asserted
        var entities: [String]
        /// Who is credited; nil when the article's outlet states it itself.
        var reporter: String? = nil
        var reportedOn: String? = nil
        var cited: String? = nil
        var citedKind: CitedKind? = nil
    }

    static func article(outlet: String, published: String, claims: [Claim]) -> ArticleInput {
        var text = ""
        var sentences: [Sentence] = []
        var entities: [Entity] = []
        var mentions: [Mention] = []
        var extracted: [DossierExtraction.Claim] = []
        func entityID(_ name: String, _ type: EntityType) -> String {
            if let known = entities.first(where: { $0.name == name }) { return known.id }
            entities.append(Entity(id: "e\(entities.count + 1)", name: name, type: type))
            return entities.last!.id
        }
        for (index, claim) in claims.enumerated() {
            let start = text.unicodeScalars.count
            var sentence = claim.content
            var attribution = Attribution(reporter: outlet, cue: "", citedKind: claim.citedKind)
            if let reporter = claim.reporter {
                let source = sentence.unicodeScalars.count + 2
                sentence += ", \(reporter) said"
                attribution = Attribution(
                    reporter: reporter, reporterEntity: entityID(reporter, .outlet), cue: "said", cited: claim.cited,
                    citedKind: claim.citedKind, reportedOn: claim.reportedOn,
                    sourceSpan: Span(start: start + source, end: start + source + reporter.unicodeScalars.count),
                    cueSpan: Span(start: start + source + reporter.unicodeScalars.count + 1, end: start + source + reporter.unicodeScalars.count + 5))
            }
            sentence += "."
            var ids: [String] = []
            for name in claim.entities {
                let id = entityID(name, .organization)
                ids.append(id)
                if let range = sentence.range(of: name) {
                    let offset = start + sentence.unicodeScalars.distance(from: sentence.unicodeScalars.startIndex, to: range.lowerBound)
                    mentions.append(Mention(entity: id, sentence: index, start: offset, end: offset + name.unicodeScalars.count, text: name))
                }
            }
            let contentLength = claim.content.unicodeScalars.count
            sentences.append(Sentence(index: index, start: start, end: start + sentence.unicodeScalars.count, text: sentence))
            extracted.append(DossierExtraction.Claim(
                sentence: index, start: start, end: start + contentLength, text: claim.content, stance: claim.stance,
                entities: ids, attribution: attribution))
            text += sentence + " "
        }
        let extraction = Extraction(
            document: DocumentInfo(outlet: outlet, published: SimpleDate(iso: published)),
            sentences: sentences, entities: entities, mentions: mentions, claims: extracted)
        return ArticleInput(
            text: text, title: "\(outlet) on \(published)", outlet: outlet, published: published,
            url: "https://example.org/\(outlet.lowercased().replacingOccurrences(of: " ", with: "-"))/\(published)",
            format: "text", extraction: extraction)
    }
}
