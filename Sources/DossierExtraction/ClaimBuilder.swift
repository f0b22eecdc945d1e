/// Turns parsed attributions into claims, sentence by sentence in document order, keeping
/// the accounts seen so far so that "the people said" and "the same day" resolve.
struct ClaimBuilder {
    let tokens: Tokens
    let records: [EntityRecord]
    let ids: [String]
    let mentions: [EntityMention]
    let document: DocumentInfo
    let slice: (Int, Int) -> String
    private var dates: DateResolver
    /// Accounts credited so far, most recent last.
    private var accounts: [Attribution] = []

    init(
        tokens: Tokens, records: [EntityRecord], ids: [String], mentions: [EntityMention],
        document: DocumentInfo, slice: @escaping (Int, Int) -> String
    ) {
        self.tokens = tokens
        self.records = records
        self.ids = ids
        self.mentions = mentions
        self.document = document
        self.slice = slice
        dates = DateResolver(published: document.published)
    }

    /// Appends the claims of sentence `i` to `claims` (no array per sentence), and returns
    /// how many sentences after it they took in (a quotation that goes on after its
    /// attribution stays one claim).
    mutating func claims(
        sentence i: Int, ranges: [Range<Int>], mentionsBySentence: [[Int]], into claims: inout [Claim]
    ) -> Int {
        let range = ranges[i]
        var found = dates.scan(tokens, range)
        if isCaption(range) { return 0 }
        let parsed = AttributionParser(tokens: tokens, sentence: range).parse()
        if parsed.isEmpty {
            let attribution = document.outlet.map { Attribution(reporter: $0, cue: "") }
            claims.append(claim(i, range, found, mentionsBySentence[i], attribution))
            return 0
        }
        var consumed = 0
        var mentionIndices = mentionsBySentence[i]
        for var p in parsed {
            let continues =
                p.awaitsQuote
                || tokens[p.content.lowerBound].isQuote && tokens[p.content.upperBound - 1].isQuote
                    && (p.content.upperBound <= p.cue.lowerBound || p.content.lowerBound == range.lowerBound)
            var n = 0
            if continues {
                n = quotationsFollowing(i, ranges: ranges)
                while consumed < n {
                    consumed += 1
                    found += dates.scan(tokens, ranges[i + consumed])
                    mentionIndices += mentionsBySentence[i + consumed]
                }
            }
            if p.awaitsQuote {
                guard n > 0 else { continue }
                p.content = ranges[i + 1].lowerBound..<ranges[i + n].upperBound
            } else if n > 0 {
                p.content = p.content.lowerBound..<ranges[i + n].upperBound
            }
            let attribution = attribute(p, found: found, mentionIndices: mentionIndices)
            claims.append(claim(p.awaitsQuote ? i + 1 : i, p.content, found, mentionIndices, attribution))
        }
        return consumed
    }

    /// How many sentences after `i` are a quotation with no attribution of its own.
    private func quotationsFollowing(_ i: Int, ranges: [Range<Int>]) -> Int {
        var n = 0
        while i + n + 1 < ranges.count, n < 8 {
            let r = ranges[i + n + 1]
            let first = tokens[r.lowerBound]
            guard first.isQuote, first.lower != "”" else { break }
            // The quotation may open the next paragraph, then goes on within it.
            if first.newlineBefore && n > 0 { break }
            guard AttributionParser(tokens: tokens, sentence: r).parse().isEmpty else { break }
            n += 1
        }
        return n
    }

    /// "(Image credit: Xiaomi)" and similar lines make no statement.
    private func isCaption(_ r: Range<Int>) -> Bool {
        tokens[r.lowerBound].lower == "(" && tokens[r.upperBound - 1].lower == ")"
            || !r.contains(where: { tokens[$0].kind == .word })
    }

    private func claim(
        _ sentence: Int, _ content: Range<Int>, _ found: [FoundDate],
        _ mentionIndices: [Int], _ attribution: Attribution?
    ) -> Claim {
        let start = tokens[content.lowerBound].start
        let end = tokens[content.upperBound - 1].end
        var (stance, hedges) = StanceClassifier.classify(tokens, content)
        // "X denied that ...", "X ruled out ...": the cue itself says no.
        if let cue = attribution?.cue.lowercased(), CueLexicon.denials.contains(text: cue) {
            stance = .denied
            hedges.insert(cue, at: 0)
        }
        var entityIDs: [String] = []
        for m in mentionIndices where mentions[m].start >= start && mentions[m].end <= end {
            let id = ids[mentions[m].entity]
            if !entityIDs.contains(id) { entityIDs.append(id) }
        }
        let claimDates = found.filter { $0.start >= start && $0.end <= end }.map {
            DateMention(text: slice($0.start, $0.end), value: $0.value, precision: $0.precision)
        }
        return Claim(
            sentence: sentence, start: start, end: end, text: slice(start, end), stance: stance,
            hedges: hedges, entities: entityIDs, dates: claimDates, attribution: attribution)
    }

    private mutating func attribute(_ p: ParsedAttribution, found: [FoundDate], mentionIndices: [Int]) -> Attribution? {
        let cueSpan = Span(start: tokens[p.cue.lowerBound].start, end: tokens[p.cue.upperBound - 1].end)
        let cue = slice(cueSpan.start, cueSpan.end)
        if p.isHedgeOnly {
            guard let outlet = document.outlet else { return nil }
            return Attribution(reporter: outlet, cue: cue, citedKind: .anonymous, cueSpan: cueSpan)
        }
        let contentStart = tokens[p.content.lowerBound].start
        let contentEnd = tokens[p.content.upperBound - 1].end
        // The account's own date: an explicit one in the attribution clause beats "today".
        // A date inside the source's own name ("the 2024 production schedule") is not the
        // account's; one closing the source ("an announcement at the time") is.
        let sourceInterior = p.source.map { $0.lowerBound..<($0.upperBound - 1) } ?? 0..<0
        let clauseDates = found.filter { date in
            (date.end <= contentStart || date.start >= contentEnd) && date.value != nil
                && !(sourceInterior.contains(date.tokens.lowerBound)
                    && date.tokens.upperBound <= sourceInterior.upperBound)
        }
        let ownDate = (clauseDates.first { !$0.isDeictic } ?? clauseDates.first)?.value

        var attribution = Attribution(reporter: document.outlet ?? "", cue: cue, cueSpan: cueSpan)
        guard var source = p.source else {
            attribution.reportedOn = ownDate
            return attribution
        }
        // "an announcement at the time": the time belongs to the account, not to its source.
        if let date = found.first(where: {
            $0.tokens.upperBound == source.upperBound && $0.tokens.lowerBound > source.lowerBound
        }) {
            source = source.lowerBound..<date.tokens.lowerBound
        }
        let sourceSpan = Span(start: tokens[source.lowerBound].start, end: tokens[source.upperBound - 1].end)
        attribution.sourceSpan = sourceSpan
        let sourceText = slice(sourceSpan.start, sourceSpan.end)

        if let referent = backReference(source) {
            attribution.reporter = referent.reporter
            attribution.reporterEntity = referent.reporterEntity
            attribution.cited = referent.cited
            attribution.citedKind = referent.citedKind
            attribution.reportedOn = ownDate ?? referent.reportedOn
            // Not a new account: later back-references still point past it.
            if let date = attribution.reportedOn { noteAccountDate(date) }
            return attribution
        }

        var best: EntityMention?
        for m in mentionIndices {
            let mention = mentions[m]
            guard mention.start >= sourceSpan.start && mention.end <= sourceSpan.end else { continue }
            if best == nil || rank(records[mention.entity].type) < rank(records[best!.entity].type) {
                best = mention
            }
        }
        if best == nil, source.count == 1, ["he", "she"].contains(tokens[source.lowerBound].lower) {
            best = lastPerson(before: sourceSpan.start)
        }
        if let best {
            attribution.reporter = records[best.entity].name
            attribution.reporterEntity = ids[best.entity]
        } else {
            attribution.reporter = sourceText
        }
        if let cited = p.cited {
            let citedSpan = (tokens[cited.lowerBound].start, tokens[cited.upperBound - 1].end)
            attribution.cited = slice(citedSpan.0, citedSpan.1)
            attribution.citedKind = kind(of: cited, mentionIndices: mentionIndices)
        } else if best == nil {
            attribution.citedKind = kind(of: source, mentionIndices: mentionIndices)
            if attribution.citedKind != nil { attribution.cited = sourceText }
        } else if records[best!.entity].type == .government {
            attribution.citedKind = .official
        }
        attribution.reportedOn = ownDate
        remember(attribution)
        return attribution
    }

    /// The person a "he" or "she" most likely means: the last one named before it.
    private func lastPerson(before offset: Int) -> EntityMention? {
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        var k = low - 1
        while k >= 0 && low - k <= 40 {
            if records[mentions[k].entity].type == .person { return mentions[k] }
            k -= 1
        }
        return nil
    }

    private mutating func remember(_ a: Attribution) {
        accounts.append(a)
        if let date = a.reportedOn { noteAccountDate(date) }
    }

    private mutating func noteAccountDate(_ date: String) {
        dates.lastAccount = (date, date.count == 10 ? .day : (date.count == 7 ? .month : .year))
    }

    private func rank(_ type: EntityType) -> Int {
        switch type {
        case .outlet: 0
        case .person: 1
        case .organization: 2
        case .government: 3
        case .product: 4
        case .place: 5
        }
    }

    /// "the people", "the sources", "the report", "they": the earlier account they point back to.
    private func backReference(_ source: Range<Int>) -> Attribution? {
        // Unnamed sources, cited by a named reporter or speaking in the article's own voice.
        let unnamed: (Attribution) -> Bool = {
            $0.citedKind == .anonymous && $0.cited != nil && ($0.reporterEntity != nil || $0.cited == $0.reporter)
        }
        // "they said" after unnamed sources spoke: those sources again.
        if source.count == 1, tokens[source.lowerBound].lower == "they" {
            return accounts.last(where: unnamed)
        }
        guard source.count >= 2, tokens[source.lowerBound].lower == "the" else { return nil }
        let noun = tokens[source.lowerBound + 1].lower
        guard CueLexicon.backReferenceNouns.contains(noun) else { return nil }
        let people: Set<Word> = ["people", "person", "sources", "source", "insiders"]
        if people.contains(noun) {
            return accounts.last(where: unnamed)
        }
        return accounts.last { a in
            guard let id = a.reporterEntity, let index = ids.firstIndex(of: id) else { return false }
            return records[index].type == .outlet
        }
    }

    /// What kind of source a phrase names.
    private func kind(of r: Range<Int>, mentionIndices: [Int]) -> CitedKind? {
        let start = tokens[r.lowerBound].start
        let end = tokens[r.upperBound - 1].end
        for m in mentionIndices where mentions[m].start >= start && mentions[m].end <= end {
            return records[mentions[m].entity].type == .government ? .official : .named
        }
        for k in r {
            let w = tokens[k].lower
            if w == "officials" || w == "official" || w == "regulators" || w == "authorities" { return .official }
            if Gazetteer.anonymousNouns.contains(w) { return .anonymous }
            if Gazetteer.documentNouns.contains(w) { return .document }
        }
        return nil
    }
}
