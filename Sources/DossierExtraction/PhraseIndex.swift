/// A dictionary of phrases keyed by their lowercased tokens joined with single spaces,
/// matched longest-first against a token array.
struct PhraseIndex<Value: Sendable>: Sendable {
    private var values: [String: Value] = [:]
    /// The phrases' first words, so that most tokens are ruled out by one cheap lookup before
    /// any key is built; first words too long to be inline `Word`s are kept by their text.
    private let firstWords: WordSet
    private let longFirstWords: Set<String>
    private var maxTokens = 0

    /// Phrases given as plain text, tokenized the way documents are; a phrase given twice
    /// keeps its last value.
    init<Phrases: Sequence>(_ phrases: Phrases) where Phrases.Element == (phrase: String, value: Value) {
        var firstWords: [Word] = []
        var longFirstWords: Set<String> = []
        for (phrase, value) in phrases {
            let tokens = Tokenizer.tokenize(TextBuffer(phrase))
            guard !tokens.isEmpty else { continue }
            values[PhraseIndex.key(tokens, 0..<tokens.count)] = value
            if tokens[0].lower.isLong { longFirstWords.insert(tokens.lower(0)) } else { firstWords.append(tokens[0].lower) }
            maxTokens = max(maxTokens, tokens.count)
        }
        self.firstWords = WordSet(firstWords.map { ($0, ()) })
        self.longFirstWords = longFirstWords
    }

    /// The longest phrase starting at token `i` and ending before `limit`.
    func longestMatch(_ tokens: Tokens, at i: Int, limit: Int) -> (end: Int, value: Value)? {
        guard i < limit else { return nil }
        let first = tokens[i].lower
        guard first.isLong ? longFirstWords.contains(tokens.lower(i)) : firstWords.contains(first) else { return nil }
        var best: (Int, Value)?
        var key = ""
        var j = i
        while j < limit && j - i < maxTokens {
            if j > i { key += " " }
            key += tokens.lower(j)
            j += 1
            if let v = values[key] { best = (j, v) }
        }
        return best
    }

    static func key(_ tokens: Tokens, _ range: Range<Int>) -> String {
        var key = ""
        for k in range {
            if k > range.lowerBound { key += " " }
            key += tokens.lower(k)
        }
        return key
    }
}
