/// An entity as it is being built for one document.
struct EntityRecord: Sendable {
    var name: String
    var type: EntityType
    var aliases: [String] = []
    var tickers: [String] = []
}

/// One occurrence of an entity, with the tokens it covers.
struct EntityMention: Sendable {
    var entity: Int
    var sentence: Int
    var tokens: Range<Int>
    var start: Int
    var end: Int
}

/// Finds named things in a document and links the names that refer to the same thing.
///
/// Names are capitalized runs of words; their type comes from, in order: the knowledge
/// base, an earlier name in the same article, the built-in lists, the last word (company
/// suffixes, government bodies, outlet words), a title or role before the name, and the
/// given-name list. Anything else capitalized is taken to be an organization.
struct EntityRecognizer: Sendable {
    let known: PhraseIndex<Int>
    let knownEntities: [KnownEntity]

    init(knownEntities: [KnownEntity]) {
        known = PhraseIndex(
            knownEntities.enumerated().flatMap { i, entity in ([entity.name] + entity.aliases).map { (phrase: $0, value: i) } })
        self.knownEntities = knownEntities
    }

    static let builtIn = PhraseIndex<EntityType>(
        [
            (Gazetteer.places, EntityType.place), (Gazetteer.exchangeNames, .organization),
            (Gazetteer.governmentNames, .government), (Gazetteer.outlets, .outlet),
        ].flatMap { names, type in names.sorted().map { (phrase: $0, value: type) } })

    /// Document state while recognizing: the records and every name linked to one of them.
    struct State {
        var records: [EntityRecord] = []
        var mentions: [EntityMention] = []
        var byKey: [String: Int] = [:]
        var shortForms: [String: Int] = [:]
        var knownRecord: [Int: Int] = [:]
    }

    func recognize(
        text: TextBuffer, tokens: Tokens, sentences: [Range<Int>]
    ) -> (records: [EntityRecord], mentions: [EntityMention]) {
        var state = State()
        // News text names something every dozen tokens or so; growing the tables a doubling
        // at a time would hash every name again.
        let expectedNames = tokens.count / 12
        state.byKey.reserveCapacity(expectedNames)
        state.shortForms.reserveCapacity(expectedNames)
        state.mentions.reserveCapacity(expectedNames)
        for (sIndex, range) in sentences.enumerated() {
            recognizeSentence(text: text, tokens: tokens, range: range, sentence: sIndex, state: &state)
        }
        return (state.records, state.mentions)
    }

    private func spanText(_ text: TextBuffer, _ tokens: Tokens, _ range: Range<Int>) -> String {
        text.slice(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    private func recognizeSentence(
        text: TextBuffer, tokens: Tokens, range: Range<Int>, sentence: Int, state: inout State
    ) {
        var i = range.lowerBound
        let limit = range.upperBound
        var lastMentionEnd = -1
        while i < limit {
            let t = tokens[i]
            // Listing: "(NYSE: NIO)", with or without the company's name before it.
            if t.lower == "(", i + 4 < limit, tokens[i + 2].lower == ":", tokens[i + 4].lower == ")",
                let exchange = Gazetteer.exchanges[tokens[i + 1].lower], tokens[i + 3].kind != .punct
            {
                let symbolToken = tokens[i + 3]
                let symbol = text.slice(symbolToken.start, symbolToken.end).uppercased()
                let ticker = exchange + ":" + symbol
                let entity: Int
                if lastMentionEnd == i, let previous = state.mentions.last {
                    entity = previous.entity
                } else {
                    let name = Gazetteer.tickerNames[symbol] ?? symbol
                    entity = link(name: name, key: name.lowercased(), type: .organization, state: &state)
                    state.mentions.append(
                        EntityMention(
                            entity: entity, sentence: sentence, tokens: (i + 3)..<(i + 4),
                            start: symbolToken.start, end: symbolToken.end))
                }
                if !state.records[entity].tickers.contains(ticker) { state.records[entity].tickers.append(ticker) }
                i += 5
                lastMentionEnd = i
                continue
            }
            guard t.kind != .punct, t.isCapitalized || t.isAllCaps || t.kind == .number else {
                i += 1
                continue
            }
            if let match = known.longestMatch(tokens, at: i, limit: limit), t.kind != .number {
                let known = knownEntities[match.value]
                let entity: Int
                if let existing = state.knownRecord[match.value] {
                    entity = existing
                } else {
                    entity = newRecord(
                        EntityRecord(
                            name: known.name, type: known.type, aliases: known.aliases, tickers: known.tickers),
                        keys: ([known.name] + known.aliases).map { $0.lowercased() }, state: &state)
                    state.knownRecord[match.value] = entity
                }
                i = mention(
                    entity, i..<match.end, text: text, tokens: tokens, limit: limit, sentence: sentence, state: &state,
                    lastMentionEnd: &lastMentionEnd)
                continue
            }
            guard t.kind == .word else {
                i += 1
                continue
            }
            if let match = EntityRecognizer.builtIn.longestMatch(tokens, at: i, limit: limit),
                allCapitalized(tokens, i..<match.end),
                match.end - i > 1 || t.end - t.start > 3 || t.isAllCaps
            {
                // A listed name may still start a longer name ("Beijing Economic ... Committee").
                let run = capitalizedRun(tokens, from: i, limit: limit)
                if run.upperBound <= match.end || classifyBySuffix(tokens, run) == nil {
                    let name = spanText(text, tokens, i..<match.end)
                    let entity = link(
                        name: name, key: PhraseIndex<Int>.key(tokens, i..<match.end), type: match.value, state: &state)
                    i = mention(
                        entity, i..<match.end, text: text, tokens: tokens, limit: limit, sentence: sentence, state: &state,
                        lastMentionEnd: &lastMentionEnd)
                    continue
                }
            }
            let adjectiveAlone =
                t.wordClass.contains(.nameAdjective)
                && !(i + 1 < limit && tokens[i + 1].kind == .word && tokens[i + 1].isCapitalized
                    && !tokens[i + 1].wordClass.contains(.nonName))
            if adjectiveAlone || t.wordClass.contains(.nonName) || t.wordClass.contains(.commonAcronym)
                || t.wordClass.contains(.personTitle) && !t.isAllCaps
            {
                i += 1
                continue
            }
            var run = capitalizedRun(tokens, from: i, limit: limit)
            if run.isEmpty {
                i += 1
                continue
            }
            // Sentence-initial adverbs ("Notably", "Reportedly") are not names.
            // So are ordinary words there ("Rain fell ...", "Roundup: ..."), unless known or
            // followed by a company suffix, which makes the run longer.
            if i == range.lowerBound, run.count == 1, !t.isAllCaps,
                tokens.hasSuffix(i, "ly") || t.wordClass.contains(.commonWord)
            {
                i += 1
                continue
            }
            var type = classify(tokens, run, sentenceStart: range.lowerBound)
            // Strip a leading title ("President Obama"): the name is the person's.
            if type == .person, run.count > 1, tokens[run.lowerBound].wordClass.contains(.personTitle) {
                run = (run.lowerBound + 1)..<run.upperBound
            }
            let key = PhraseIndex<Int>.key(tokens, run)
            if type == nil {
                type = .organization
            }
            let name = spanText(text, tokens, run)
            let entity = link(name: name, key: key, type: type!, state: &state)
            i = mention(
                entity, run, text: text, tokens: tokens, limit: limit, sentence: sentence, state: &state,
                lastMentionEnd: &lastMentionEnd)
        }
    }

    /// A parenthetical short name right after a name, "(JAC)", becomes its alias.
    /// Records a mention of `entity` over `range`, then a parenthetical definition right
    /// after it, if any; returns where scanning goes on.
    private func mention(
        _ entity: Int, _ range: Range<Int>, text: TextBuffer, tokens: Tokens, limit: Int, sentence: Int,
        state: inout State, lastMentionEnd: inout Int
    ) -> Int {
        addMention(entity, sentence, range, tokens, &state)
        lastMentionEnd = range.upperBound
        return definition(
            after: range.upperBound, entity: entity, text: text, tokens: tokens, limit: limit, sentence: sentence,
            state: &state, lastMentionEnd: &lastMentionEnd)
    }

    private func definition(
        after i: Int, entity: Int, text: TextBuffer, tokens: Tokens, limit: Int, sentence: Int,
        state: inout State, lastMentionEnd: inout Int
    ) -> Int {
        guard i + 2 < limit, tokens[i].lower == "(", tokens[i + 2].lower == ")" else { return i }
        let inner = tokens[i + 1]
        guard inner.kind == .word, inner.isAllCaps || inner.isCapitalized,
            !inner.wordClass.contains(.commonAcronym), Gazetteer.exchanges[inner.lower] == nil
        else { return i }
        let alias = text.slice(inner.start, inner.end)
        let key = tokens.lower(i + 1)
        if state.byKey[key] == nil {
            state.byKey[key] = entity
            if !state.records[entity].aliases.contains(alias) && alias != state.records[entity].name {
                state.records[entity].aliases.append(alias)
            }
        }
        addMention(state.byKey[key]!, sentence, (i + 1)..<(i + 2), tokens, &state)
        lastMentionEnd = i + 3
        return i + 3
    }

    private func addMention(
        _ entity: Int, _ sentence: Int, _ range: Range<Int>, _ tokens: Tokens, _ state: inout State
    ) {
        state.mentions.append(
            EntityMention(
                entity: entity, sentence: sentence, tokens: range,
                start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end))
    }

    private func allCapitalized(_ tokens: Tokens, _ range: Range<Int>) -> Bool {
        for k in range where tokens[k].kind == .word && !(tokens[k].isCapitalized || tokens[k].isAllCaps) {
            if tokens[k].lower == "'s" || tokens[k].lower == "’s" || tokens[k].lower == "of" || tokens[k].lower == "and"
            {
                continue
            }
            return false
        }
        return true
    }

    /// A month name ends a run of capitalized words ("Reuters March 5"), but a short one
    /// that no day, year or period follows is a given name ("Lei Jun said").
    static func beginsDate(_ tokens: Tokens, at j: Int, limit: Int) -> Bool {
        let word = tokens[j].lower
        guard tokens[j].wordClass.contains(.month) else { return false }
        guard tokens.lower(j).count <= 4, word != "may", word != "june", word != "july" else { return true }
        guard j + 1 < limit else { return false }
        return tokens[j + 1].kind == .number || tokens[j + 1].lower == "."
    }

    /// Capitalized words (and a model number after them), joined by "of", "and", "for", "&"
    /// or "de" when a capitalized word follows.
    func capitalizedRun(_ tokens: Tokens, from i: Int, limit: Int) -> Range<Int> {
        var j = i
        var firstAnd = -1
        while j < limit {
            let t = tokens[j]
            if t.kind == .word && (t.isCapitalized || t.isAllCaps) {
                if j > i && t.wordClass.contains(.nonName) && !t.isAllCaps
                    && !t.wordClass.contains(.month)
                {
                    break
                }
                if j > i && (t.wordClass.contains(.weekday) || Self.beginsDate(tokens, at: j, limit: limit)) { break }
                j += 1
                continue
            }
            if t.kind == .number && j > i {
                // Product names carry their model number ("Model 3").
                if tokens[j - 1].lower == "model" { j += 1 }
                break
            }
            if j > i, j + 1 < limit, ["of", "and", "for", "&", "de"].contains(t.lower),
                tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized,
                !tokens[j + 1].wordClass.contains(.nonName)
            {
                if t.lower == "and" && firstAnd < 0 { firstAnd = j }
                j += 1
                continue
            }
            break
        }
        // "and" joins words of a government body's name ("National Development and Reform
        // Commission"); elsewhere it joins two names.
        if firstAnd > 0 && !(i..<j).contains(where: { tokens[$0].wordClass.contains(.governmentWord) }) {
            j = firstAnd
        }
        while j > i && ["of", "and", "for", "&", "de"].contains(tokens[j - 1].lower) { j -= 1 }
        return i..<j
    }

    private func classifyBySuffix(_ tokens: Tokens, _ run: Range<Int>) -> EntityType? {
        guard run.count > 1 else { return nil }
        let last = tokens[run.upperBound - 1].wordClass
        for k in run where tokens[k].wordClass.contains(.governmentWord) {
            return .government
        }
        if last.contains(.organizationSuffix) { return .organization }
        if last.contains(.outletSuffix) { return .outlet }
        return nil
    }

    private func classify(_ tokens: Tokens, _ run: Range<Int>, sentenceStart: Int) -> EntityType? {
        if let type = classifyBySuffix(tokens, run) { return type }
        if tokens[run.upperBound - 1].kind == .number { return .product }
        let first = tokens[run.lowerBound]
        var p = run.lowerBound - 1
        if p >= sentenceStart, tokens[p].lower == "." { p -= 1 }
        if p >= sentenceStart {
            let before = tokens[p].wordClass
            if before.contains(.outletCue) { return .outlet }
            if before.contains(.personTitle) { return .person }
        }
        if run.count > 1 && first.wordClass.contains(.personTitle) { return .person }
        if run.upperBound < tokens.count {
            let after = tokens[run.upperBound].lower
            if after == "province" || after == "city" || after == "county" || after == "district"
                || after == "state" && first.lower != "islamic"
            {
                return .place
            }
        }
        if (2...3).contains(run.count), first.wordClass.contains(.givenName), !first.isAllCaps {
            var plain = true
            for k in run where tokens[k].kind != .word || tokens[k].isAllCaps { plain = false }
            if plain { return .person }
        }
        return nil
    }

    /// The entity a name refers to: one seen before under this name or short form, else a new one.
    ///
    /// An organization's name without its legal form ("Xiaomi" for "Xiaomi Corp") is its
    /// alias, so the knowledge base links the company across articles that name it either way.
    private func link(name: String, key: String, type: EntityType, state: inout State) -> Int {
        if let existing = state.byKey[key] ?? state.shortForms[key] {
            return existing
        }
        var record = EntityRecord(name: name, type: type)
        if type == .organization, let base = EntityRecognizer.baseName(of: name) {
            // "Xiaomi Corp" after "Xiaomi": the company named before.
            if let existing = state.byKey[base.lowercased()], state.records[existing].type == .organization {
                if !state.records[existing].aliases.contains(name) { state.records[existing].aliases.append(name) }
                state.byKey[key] = existing
                return existing
            }
            record.aliases.append(base)
        }
        return newRecord(record, keys: [key], state: &state)
    }

    /// The name without trailing legal forms ("BAIC" for "BAIC Group", "Foday" for "Foday Co
    /// Ltd"), or nil when nothing is left that names the company by itself.
    static func baseName(of name: String) -> String? {
        var words = EntityRecognizer.words(of: name)
        let count = words.count
        while words.count > 1, Gazetteer.legalForms.contains(text: words[words.count - 1].lowercased()) {
            words.removeLast()
        }
        guard words.count < count else { return nil }
        if words.count == 1 {
            let word = words[0].lowercased()
            guard word.count > 1, !Gazetteer.commonWords.contains(text: word), !Gazetteer.nonNames.contains(text: word),
                !Gazetteer.nameAdjectives.contains(text: word), !Gazetteer.organizationSuffixes.contains(text: word)
            else { return nil }
        }
        return words.joined(separator: " ")
    }

    /// The words of a name or key, as `split(separator: " ")` gives them. In ASCII text a
    /// space is always a character of its own, so bytes are split without walking characters.
    static func words(of name: String) -> [Substring] {
        var words: [Substring] = []
        var wordStart: String.Index?
        var i = name.utf8.startIndex
        while i != name.utf8.endIndex {
            let byte = name.utf8[i]
            guard byte < 0x80 else { return name.split(separator: " ") }
            if byte == UInt8(ascii: " ") {
                if let start = wordStart { words.append(name[start..<i]) }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = i
            }
            name.utf8.formIndex(after: &i)
        }
        if let start = wordStart { words.append(name[start...]) }
        return words
    }

    private func newRecord(_ record: EntityRecord, keys: [String], state: inout State) -> Int {
        let index = state.records.count
        state.records.append(record)
        for key in keys where state.byKey[key] == nil { state.byKey[key] = index }
        // Short forms: "BAIC" for "BAIC Group", "Trump" for "Donald Trump".
        let words = EntityRecognizer.words(of: keys[0])
        if words.count > 1 {
            switch record.type {
            case .organization, .government, .outlet:
                var n = words.count
                while n > 1
                    && (Gazetteer.organizationSuffixes.contains(text: String(words[n - 1]))
                        || Gazetteer.outletSuffixes.contains(text: String(words[n - 1])))
                {
                    n -= 1
                    let short = words[0..<n].joined(separator: " ")
                    if state.shortForms[short] == nil && state.byKey[short] == nil { state.shortForms[short] = index }
                }
            case .person:
                let last = String(words[words.count - 1])
                if state.shortForms[last] == nil && state.byKey[last] == nil { state.shortForms[last] = index }
            case .place, .product:
                break
            }
        }
        return index
    }
}
