/// A dictionary of phrases keyed by their lowercased tokens joined with single spaces,
/// matched longest-first against a token array.
struct PhraseIndex<Value: Sendable>: Sendable {
    private var values: [String: Value] = [:]
    private var firstWords: Set<String> = []
    private var maxTokens = 0

    init() {}

    /// `key` must already be normalized with `PhraseIndex.key(of:)`.
    mutating func insert(key: String, tokenCount: Int, value: Value) {
        guard !key.isEmpty else { return }
        values[key] = value
        firstWords.insert(String(key.split(separator: " ", maxSplits: 1)[0]))
        maxTokens = max(maxTokens, tokenCount)
    }

    /// Inserts a phrase given as plain text, tokenizing it the way documents are tokenized.
    mutating func insert(phrase: String, value: Value) {
        let tokens = Tokenizer.tokenize(TextBuffer(phrase))
        insert(key: PhraseIndex.key(tokens, 0..<tokens.count), tokenCount: tokens.count, value: value)
    }

    /// The longest phrase starting at token `i` and ending before `limit`.
    func longestMatch(_ tokens: Tokens, at i: Int, limit: Int) -> (end: Int, value: Value)? {
        guard i < limit, firstWords.contains(tokens.lower(i)) else { return nil }
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
