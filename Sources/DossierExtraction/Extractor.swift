/// Text analysis: sentences, entities, claims with their attributions, stance and dates.
///
/// Pure and deterministic: the same text and document info always give the same
/// extraction; nothing is read from the clock, files or shared state.
public struct Extractor: Sendable {
    private let recognizer: EntityRecognizer

    public init(knownEntities: [KnownEntity] = []) {
        recognizer = EntityRecognizer(knownEntities: knownEntities)
    }

    public func extract(text: String, document: DocumentInfo) -> Extraction {
        let buffer = TextBuffer(text)
        let tokens = Tokenizer.tokenize(buffer)
        let ranges = SentenceSplitter.split(tokens)
        let slice = buffer.slice

        var sentences: [Sentence] = []
        sentences.reserveCapacity(ranges.count)
        for (i, r) in ranges.enumerated() {
            let start = tokens[r.lowerBound].start
            let end = tokens[r.upperBound - 1].end
            sentences.append(Sentence(index: i, start: start, end: end, text: slice(start, end)))
        }

        let (records, found) = recognizer.recognize(text: buffer, tokens: tokens, sentences: ranges)
        let ids = records.indices.map { "e\($0 + 1)" }
        let entities = records.enumerated().map { i, r in
            Entity(id: ids[i], name: r.name, type: r.type, aliases: r.aliases, tickers: r.tickers)
        }
        var mentionsBySentence = [[Int]](repeating: [], count: ranges.count)
        let mentions = found.enumerated().map { i, m in
            mentionsBySentence[m.sentence].append(i)
            return Mention(
                entity: ids[m.entity], sentence: m.sentence, start: m.start, end: m.end, text: slice(m.start, m.end))
        }

        var builder = ClaimBuilder(
            tokens: tokens, records: records, ids: ids, mentions: found, document: document,
            slice: slice)
        var claims: [Claim] = []
        // Most sentences make one claim; claims are large, and growing the array a doubling
        // at a time copies them again and again.
        claims.reserveCapacity(ranges.count)
        var i = 0
        while i < ranges.count {
            let consumed = builder.claims(
                sentence: i, ranges: ranges, mentionsBySentence: mentionsBySentence, into: &claims)
            i += 1 + consumed
        }
        AccountHolder.resolve(&claims, entities: entities, mentions: mentions, text: buffer, document: document)
        return Extraction(
            document: document, sentences: sentences, entities: entities, mentions: mentions, claims: claims)
    }
}
