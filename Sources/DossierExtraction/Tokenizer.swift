/// One token of the text: a word, a number, or a single punctuation mark.
///
/// Offsets are Unicode-scalar offsets into the document, end-exclusive.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punct
    }

    var start: Int
    var end: Int
    var kind: Kind
    /// Lowercased text for words and numbers; the mark itself for punctuation
    /// (curly quotes are kept as they are, so callers can tell opening from closing).
    /// `Tokens.lower(_:)` gives it as a string.
    var lower: Word
    /// The first scalar is an uppercase letter.
    var isCapitalized: Bool
    /// Every letter is uppercase and there are at least two ("NIO", "BAIC", "U.S").
    var isAllCaps: Bool
    /// A line break separates this token from the previous one.
    var newlineBefore: Bool
    var wordClass: WordClass = []

    var isQuote: Bool {
        kind == .punct && (lower == "\"" || lower == "“" || lower == "”" || lower == "''" || lower == "``")
    }
}

/// A document's tokens, with the text of the words too long to be held inline in a `Word`.
struct Tokens: RandomAccessCollection, Sendable {
    private let items: [Token]
    /// The texts of long words, each once, at the places their `Word`s name.
    private let longWords: [String]

    init(_ items: [Token], longWords: [String]) {
        self.items = items
        self.longWords = longWords
    }

    var startIndex: Int { 0 }
    var endIndex: Int { items.count }
    subscript(k: Int) -> Token { items[k] }

    /// The lowercased text of token `k` (the mark itself for punctuation).
    func lower(_ k: Int) -> String {
        let word = items[k].lower
        return word.isLong ? longWords[word.longPlace] : word.inlineText
    }

    /// Whether token `k`'s text ends with `suffix`, as `String.hasSuffix` decides: the bytes
    /// rule a word out, and settle it when the word is ASCII.
    func hasSuffix(_ k: Int, _ suffix: StaticString) -> Bool {
        let word = items[k].lower
        guard word.endsWithBytes(of: suffix) else { return false }
        return word.isASCII || lower(k).hasSuffix(suffix.description)
    }
}

/// Splits text into tokens with a single forward scan over Unicode scalars.
enum Tokenizer {
    static func tokenize(_ buffer: TextBuffer) -> Tokens {
        let s = buffer.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        var longWords: [String] = []
        var longPlaces: [String: Int] = [:]
        /// The word for a text of any length; long ones are kept once each in `longWords`.
        func word(_ text: String) -> Word {
            if let word = Word(text) { return word }
            let place = longPlaces[text] ?? longWords.count
            if place == longWords.count {
                longWords.append(text)
                longPlaces[text] = place
            }
            var bytes = text
            return bytes.withUTF8 { Word(long: UnsafeRawBufferPointer($0), place: place) }
        }
        var i = 0
        let n = s.count
        var newlines = 0
        while i < n {
            let c = s[i]
            if c == "\n" || c == "\u{2029}" || c == "\u{2028}" {
                newlines += 1
                i += 1
                continue
            }
            if isSpace(c) {
                i += 1
                continue
            }
            let start = i
            var kind = Token.Kind.punct
            if isWordScalar(c) {
                kind = isDigit(c) ? .number : .word
                i += 1
                while i < n {
                    let d = s[i]
                    if isWordScalar(d) {
                        if kind == .number && !isDigit(d) { kind = .word }
                        i += 1
                        continue
                    }
                    // Joiners stay inside a word only between two word scalars:
                    // "don't", "car-making", "U.S", "R&D", "300,000", "1.5".
                    if i + 1 < n, isWordScalar(s[i + 1]), isJoiner(d, kind: kind, next: s[i + 1]) {
                        // A possessive or contraction "'s" is its own token ("Xiaomi's").
                        if isApostrophe(d), i + 2 <= n, s[i + 1] == "s" || s[i + 1] == "S",
                            i + 2 == n || !isWordScalar(s[i + 2])
                        {
                            break
                        }
                        i += 2
                        continue
                    }
                    break
                }
            } else if isApostrophe(c), i + 1 < n, s[i + 1] == "s" || s[i + 1] == "S",
                i + 2 == n || !isWordScalar(s[i + 2]), start > 0, isWordScalar(s[start - 1])
            {
                kind = .word
                i += 2
            } else if (c == "'" && i + 1 < n && s[i + 1] == "'") || (c == "`" && i + 1 < n && s[i + 1] == "`") {
                i += 2
            } else if c == "." && i + 2 < n && s[i + 1] == "." && s[i + 2] == "." {
                i += 3
            } else {
                i += 1
            }
            let first = s[start]
            var caps = isUpper(first)
            var allCaps = false
            if kind == .word {
                var letters = 0
                var upper = 0
                for k in start..<i where isLetter(s[k]) {
                    letters += 1
                    if isUpper(s[k]) { upper += 1 }
                }
                allCaps = letters >= 2 && upper == letters
            } else {
                caps = false
            }
            let lower =
                kind == .punct
                ? buffer.word(start, i) ?? word(buffer.slice(start, i))
                : buffer.lowercasedWord(start, i) ?? word(buffer.slice(start, i).lowercased())
            tokens.append(
                Token(
                    start: start, end: i, kind: kind, lower: lower, isCapitalized: caps, isAllCaps: allCaps,
                    newlineBefore: newlines > 0,
                    wordClass: kind == .word ? WordClass.of(lower) : []))
            newlines = 0
        }
        return Tokens(tokens, longWords: longWords)
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value &- 48 < 10 }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || v == 9 || v == 11 || v == 12 || v == 13 }
        return c.properties.isWhitespace || v == 0x200B || v == 0xFEFF
    }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v &- 65 < 26 }
        return c.properties.isUppercase
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return isASCIILetter(v) }
        return c.properties.isAlphabetic
    }

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v &- 48 < 10 || isASCIILetter(v) }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// Setting the lowercase bit folds A-Z onto a-z, so one unsigned range test (the
    /// subtraction wraps below "a") decides, without branches that text mispredicts.
    @inline(__always) private static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) &- 97 < 26 }

    @inline(__always) static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" }

    @inline(__always) static func isJoiner(_ c: Unicode.Scalar, kind: Token.Kind, next: Unicode.Scalar) -> Bool {
        switch c {
        case "'", "’", "-", "&", "‑": return true
        case ".": return true
        case ",": return kind == .number && isDigit(next)
        case ":": return kind == .number && isDigit(next)
        default: return false
        }
    }
}
