/// Groups tokens into sentences.
///
/// Line breaks always end a sentence (headlines, captions and paragraphs stand alone).
/// Inside a line, `.`, `!` and `?` end a sentence unless they close an abbreviation, sit
/// inside an open quotation or parenthesis, or the next word does not start a sentence.
/// Closing quotes and brackets stay with the sentence they close.
enum SentenceSplitter {
    /// Token ranges, one per sentence, in order.
    static func split(_ tokens: Tokens) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var quoteOpen = false
        var parens = 0
        var i = 0
        let n = tokens.count
        while i < n {
            let t = tokens[i]
            if i > start && t.newlineBefore {
                result.append(start..<i)
                start = i
                quoteOpen = false
                parens = 0
            }
            if t.kind == .punct {
                switch t.lower {
                case "“", "``": quoteOpen = true
                case "”": quoteOpen = false
                case "\"", "''": quoteOpen.toggle()
                case "(", "[": parens += 1
                case ")", "]": parens = max(0, parens - 1)
                case ".", "!", "?", "...":
                    var j = i + 1
                    // Closing marks that follow the terminator belong to this sentence.
                    while j < n, !tokens[j].newlineBefore, tokens[j].kind == .punct {
                        let m = tokens[j].lower
                        if m == "”" || ((m == "\"" || m == "''") && quoteOpen) {
                            quoteOpen = false
                        } else if m == ")" || m == "]" {
                            parens = max(0, parens - 1)
                        } else if m != "." && m != "!" && m != "?" && m != "’" && m != "'" {
                            break
                        }
                        j += 1
                    }
                    let quoted = j > i + 1 && tokens[j - 1].isQuote
                    if !quoteOpen && parens == 0 && endsSentence(tokens, terminator: i, next: j)
                        && !(quoted && attributionFollows(tokens, from: j))
                    {
                        result.append(start..<j)
                        start = j
                        i = j
                        continue
                    }
                    i = j
                    continue
                default: break
                }
            }
            i += 1
        }
        if start < n { result.append(start..<n) }
        return result
    }

    /// `"Why now?" Trump said.`: a quotation ending in `?` or `!` (or `.`) stays with the
    /// speaker named right after it.
    private static func attributionFollows(_ tokens: Tokens, from j: Int) -> Bool {
        var k = j
        while k < tokens.count, k - j < 6, !tokens[k].newlineBefore || k == j {
            let t = tokens[k]
            if t.kind == .punct && t.lower != "." { return false }
            if t.wordClass.contains(.cue) && !t.isCapitalized { return t.lower != "according" }
            k += 1
        }
        return false
    }

    /// "Tchadinfos.com", "sina.com.cn": dotted like "U.S." or "e.g." but with words between
    /// the dots, so a period after one ends a sentence like after any word.
    private static func isDomainName(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count >= 2 }
    }

    private static func endsSentence(_ tokens: Tokens, terminator i: Int, next j: Int) -> Bool {
        guard j < tokens.count else { return true }
        let next = tokens[j]
        if next.newlineBefore { return true }
        let mark = tokens[i].lower
        if mark == "." && i > 0 && tokens[i - 1].end == tokens[i].start {
            let prev = tokens[i - 1]
            if prev.kind == .word {
                if Gazetteer.titleAbbreviations.contains(prev.lower) { return false }
                let abbreviation =
                    Gazetteer.abbreviations.contains(prev.lower)
                    || (prev.end - prev.start == 1 && prev.isCapitalized)
                    || tokens.lower(i - 1).unicodeScalars.contains(".") && !isDomainName(tokens.lower(i - 1))
                if abbreviation {
                    // "Xiaomi Co. The deal ...": an abbreviation ends a sentence only
                    // before a word that typically opens one.
                    return next.isCapitalized && Gazetteer.sentenceOpeners.contains(next.lower)
                }
            }
        }
        if next.kind == .word { return next.isCapitalized || next.isAllCaps }
        if next.kind == .number { return true }
        switch next.lower {
        case "\"", "“", "''", "``", "(", "[", "‘", "'", "—", "-": return true
        default: return false
        }
    }
}
