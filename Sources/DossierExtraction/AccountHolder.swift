/// Decides whose account an attributed claim is, once the speaker has been found.
///
/// The parser credits a claim to whoever speaks in the sentence. When that speaker is
/// unnamed, the account is the publication's that vouches for it, citing the speaker: in
/// "two sources told Sina Tech" it is Sina Tech's; in an article whose unnamed sources
/// "said", it is the article's outlet's. Named speakers keep their own account ("the mayor
/// told CNN"). The source and cue spans stay on the speaker and the cue words, where the
/// text names them.
enum AccountHolder {
    /// Cue words whose object receives the account.
    static let tellingCues: Set<String> = ["told", "tells", "tell", "telling"]

    /// Words that make a cited speaker a person or group rather than a publication.
    static let speakerNouns: Set<String> = [
        "people", "person", "source", "sources", "insider", "insiders", "official", "officials",
        "executive", "executives", "employee", "employees", "someone",
    ]

    static func resolve(_ claims: inout [Claim], entities: [Entity], mentions: [Mention], text: TextBuffer, document: DocumentInfo) {
        let entityByID = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, $0) })
        let outletEntity = document.outlet.flatMap { outlet in entities.first { $0.type == .outlet && $0.name == outlet } }
        // Unnamed speakers who told an outlet, by their words: back-references to them
        // ("the sources said") carry the same speaker and belong to the same outlet.
        var told: [String: Entity] = [:]
        for index in claims.indices {
            guard var attribution = claims[index].attribution, let span = attribution.sourceSpan,
                  attribution.reporterEntity == nil, names(attribution.reporter, anyOf: speakerNouns)
            else { continue }
            let backReference = text.slice(span.start, span.end) != attribution.reporter
            if let recipient = recipient(of: attribution, mentions: mentions, text: text).flatMap({ entityByID[$0] })
                ?? (backReference ? told[attribution.reporter] : nil),
               recipient.type == .outlet {
                if !backReference { told[attribution.reporter] = recipient }
                attribution.cited = attribution.cited ?? attribution.reporter
                attribution.citedKind = attribution.citedKind ?? .anonymous
                attribution.reporter = recipient.name
                attribution.reporterEntity = recipient.id
                // Told the article's own outlet: reported when the article was published.
                if recipient.name == document.outlet {
                    attribution.reportedOn = attribution.reportedOn ?? document.published?.description
                }
            } else if attribution.citedKind == .anonymous, attribution.cited == attribution.reporter,
                      let outlet = document.outlet {
                attribution.reporter = outlet
                attribution.reporterEntity = outletEntity?.id
                attribution.reportedOn = attribution.reportedOn ?? document.published?.description
            } else {
                continue
            }
            claims[index].attribution = attribution
        }
    }

    /// The entity named right after a telling cue ("told Sina Tech"), if any.
    private static func recipient(of attribution: Attribution, mentions: [Mention], text: TextBuffer) -> String? {
        guard let cue = attribution.cueSpan,
              tellingCues.contains(attribution.cue.lowercased()) else { return nil }
        // Only blanks (or an article) may stand between the cue and the name.
        let limit = cue.end + 5
        guard let mention = mentions.first(where: { $0.start >= cue.end && $0.start <= limit }) else { return nil }
        let between = text.slice(cue.end, mention.start).lowercased().split(separator: " ")
        guard between.allSatisfy({ $0 == "the" }) else { return nil }
        return mention.entity
    }

    private static func names(_ phrase: String, anyOf nouns: Set<String>) -> Bool {
        phrase.lowercased().split(whereSeparator: { !$0.isLetter }).contains { nouns.contains(String($0)) }
    }
}
