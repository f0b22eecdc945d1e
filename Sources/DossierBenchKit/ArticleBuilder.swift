import DossierExtraction

/// Writes an article's text piece by piece and records, as it goes, what a perfect text
/// analysis would find: sentences, entities, mentions and claims with exact offsets.
struct ArticleBuilder {
    private(set) var text = ""
    private(set) var sentences: [Sentence] = []
    private(set) var entities: [Entity] = []
    private(set) var mentions: [Mention] = []
    private(set) var claims: [Claim] = []
    private(set) var wordCount = 0

    private var offset = 0
    private var localIDs: [String: Int] = [:]
    private var sentenceStart = 0
    private var sentenceText = ""
    private var claimStart: Int?
    private var claimText = ""
    private var claimEntities: [String] = []
    private var claimDates: [DateMention] = []
    private var claimSpan: (start: Int, end: Int, text: String)?
    private var previousCharacterIsSpace = true

    /// Appends text to the current sentence (and to the open claim, if any).
    mutating func append(_ piece: String) {
        text += piece
        sentenceText += piece
        if claimStart != nil { claimText += piece }
        for scalar in piece.unicodeScalars {
            offset += 1
            let isSpace = scalar == " " || scalar == "\n"
            if !isSpace, previousCharacterIsSpace { wordCount += 1 }
            previousCharacterIsSpace = isSpace
        }
    }

    /// Appends a name of `entity` and records the mention; returns its local id and span.
    @discardableResult
    mutating func mention(_ entity: WorldEntity, as shown: String? = nil, ticker: String? = nil) -> (id: String, span: Span) {
        let id = localID(for: entity)
        let index = localIDs[entity.name]!
        let shown = shown ?? entity.name
        if shown != entity.name, !entities[index].aliases.contains(shown) { entities[index].aliases.append(shown) }
        if let ticker, !entities[index].tickers.contains(ticker) { entities[index].tickers.append(ticker) }
        let start = offset
        append(shown)
        mentions.append(Mention(entity: id, sentence: sentences.count, start: start, end: offset, text: shown))
        if claimStart != nil, !claimEntities.contains(id) { claimEntities.append(id) }
        return (id, Span(start: start, end: offset))
    }

    /// Whether `entity` was already named in this article.
    func hasMentioned(_ entity: WorldEntity) -> Bool { localIDs[entity.name] != nil }

    /// The local id of `entity`, registering it on first use.
    mutating func localID(for entity: WorldEntity) -> String {
        if let index = localIDs[entity.name] { return entities[index].id }
        let id = "e\(entities.count + 1)"
        localIDs[entity.name] = entities.count
        entities.append(Entity(id: id, name: entity.name, type: entity.type))
        return id
    }

    /// Appends a date expression; inside a claim it becomes one of the claim's dates.
    mutating func date(_ shown: String, value: String?, precision: DatePrecision) {
        append(shown)
        if claimStart != nil { claimDates.append(DateMention(text: shown, value: value, precision: precision)) }
    }

    /// Appends cue words and returns where they are.
    mutating func cue(_ words: String) -> Span {
        let start = offset
        append(words)
        return Span(start: start, end: offset)
    }

    mutating func beginClaim() {
        claimStart = offset
        claimText = ""
        claimEntities = []
        claimDates = []
    }

    mutating func endClaim() {
        guard let start = claimStart else { return }
        claimSpan = (start, offset, claimText)
        claimStart = nil
    }

    /// Closes the sentence with `terminator`, and the claim made in it, if any.
    mutating func endSentence(_ terminator: String = ".", stance: Stance = .asserted, hedges: [String] = [], attribution: Attribution? = nil) {
        append(terminator)
        let index = sentences.count
        sentences.append(Sentence(index: index, start: sentenceStart, end: offset, text: sentenceText))
        if let span = claimSpan {
            claims.append(Claim(
                sentence: index, start: span.start, end: span.end, text: span.text, stance: stance,
                hedges: hedges, entities: claimEntities, dates: claimDates, attribution: attribution
            ))
        }
        claimSpan = nil
        claimStart = nil
    }

    /// White space between sentences, which belongs to none of them.
    mutating func space(paragraph: Bool) {
        text += paragraph ? "\n\n" : " "
        offset += paragraph ? 2 : 1
        previousCharacterIsSpace = true
        sentenceStart = offset
        sentenceText = ""
    }
}
