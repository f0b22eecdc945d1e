import DossierExtraction

/// What the writer stores of an article's text analysis, prepared where the analysis runs
/// (on every core) rather than on the one writer thread: name keys, and the JSON packed
/// into article, article_entity and claim rows.
struct PackedArticle: Sendable {
    /// `[[start, end], ...]`, a sentence's place being its index; nil when the sentences are
    /// not numbered 0, 1, 2... in text order (a sentence number repeated keeps its first span).
    let sentences: String?
    /// In the order of `Extraction.entities`.
    let entities: [PackedEntity]
    /// In the order of `Extraction.claims`; nil for a claim in no stored sentence.
    let claims: [PackedClaim?]

    init(_ extraction: Extraction) {
        var spans: [(start: Int, end: Int)] = []
        var numbered = true
        for sentence in extraction.sentences where sentence.index >= spans.count {
            guard sentence.index == spans.count else {
                numbered = false
                break
            }
            spans.append((sentence.start, sentence.end))
        }
        sentences = numbered ? JSONText.array(of: spans) { json, span in json.append(span.start, span.end) } : nil

        var indexOfEntity: [String: Int] = [:]
        var mentions = Array(repeating: [MentionSpan](), count: extraction.entities.count)
        for (index, entity) in extraction.entities.enumerated() { indexOfEntity[entity.id] = index }
        for mention in extraction.mentions where spans.indices.contains(mention.sentence) {
            guard let index = indexOfEntity[mention.entity] else { continue }
            mentions[index].append(MentionSpan(start: mention.start, end: mention.end, sentence: mention.sentence))
        }
        entities = extraction.entities.enumerated().map { index, entity in
            PackedEntity(entity, mentions: MentionSpan.inTextOrder(mentions[index]))
        }
        claims = extraction.claims.map { claim in
            guard spans.indices.contains(claim.sentence) else { return nil }
            return PackedClaim(
                hedges: claim.hedges.joined(separator: "; "), dates: PackedClaim.json(claim.dates),
                entities: claim.entities.compactMap { indexOfEntity[$0] })
        }
    }
}

/// An entity's names and mentions, ready for the writer.
struct PackedEntity: Sendable {
    let name: String
    let type: EntityType
    /// The key of `name`, under which the writer caches the entity's stored id.
    let key: String
    /// Its name and aliases with their keys; names whose key is empty are left out.
    let names: [(key: String, name: String)]
    /// Tickers as (exchange, symbol), upper case; malformed tickers are left out.
    let tickers: [(exchange: String, symbol: String)]
    /// Its mentions in the article's sentences, in text order, one per start offset.
    let mentions: [MentionSpan]
    /// `mentions` as `article_entity.spans` stores them.
    let spans: String

    init(_ entity: Entity, mentions: [MentionSpan]) {
        name = entity.name
        type = entity.type
        key = NameKey.of(entity.name)
        names = ([(key, entity.name)] + entity.aliases.map { (NameKey.of($0), $0) }).filter { !$0.key.isEmpty }
        tickers = entity.tickers.compactMap(Self.split(ticker:))
        self.mentions = mentions
        spans = MentionSpan.json(mentions)
    }

    /// `EXCHANGE:SYMBOL` as its two parts, trimmed and upper case.
    static func split(ticker: String) -> (exchange: String, symbol: String)? {
        guard let colon = ticker.firstIndex(of: ":") else { return nil }
        let exchange = ticker[..<colon].trimmingCharacters(in: .whitespaces).uppercased()
        let symbol = ticker[ticker.index(after: colon)...].trimmingCharacters(in: .whitespaces).uppercased()
        guard !exchange.isEmpty, !symbol.isEmpty else { return nil }
        return (exchange, symbol)
    }
}

/// One mention as `article_entity.spans` stores it.
struct MentionSpan: Sendable {
    let start: Int
    let end: Int
    let sentence: Int

    /// Sorted by start; two names found at one offset are one mention (the first found).
    static func inTextOrder(_ spans: [MentionSpan]) -> [MentionSpan] {
        var ordered: [MentionSpan] = []
        ordered.reserveCapacity(spans.count)
        for span in spans.sorted(by: { $0.start < $1.start }) where ordered.last?.start != span.start {
            ordered.append(span)
        }
        return ordered
    }

    /// `[[start, end, sentence], ...]`.
    static func json(_ spans: [MentionSpan]) -> String {
        JSONText.array(of: spans) { json, span in json.append(span.start, span.end, span.sentence) }
    }
}

/// A claim's values that need preparing, ready for the writer.
struct PackedClaim: Sendable {
    let hedges: String
    let dates: String?
    /// Indexes into `PackedArticle.entities`; the writer folds repeats, which their stored
    /// entities can make anyway.
    let entities: [Int]

    /// `[[text, value, precision], ...]`; nil when there are none.
    static func json(_ dates: [DateMention]) -> String? {
        guard !dates.isEmpty else { return nil }
        return "[" + dates.map { date in
            "[" + JSONText.quoted(date.text) + "," + (date.value.map(JSONText.quoted) ?? "null") + ",\"" + date.precision.rawValue + "\"]"
        }.joined(separator: ",") + "]"
    }
}
