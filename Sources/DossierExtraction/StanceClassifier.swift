/// Decides how surely a statement is put, from the hedge and negation words in it.
///
/// A negation outweighs a hedge: "will most likely not acquire" denies.
enum StanceClassifier {
    static func classify(_ tokens: Tokens, _ range: Range<Int>) -> (Stance, [String]) {
        var words: [String] = []
        var hedged = false
        var denied = false
        var i = range.lowerBound
        while i < range.upperBound {
            let w = tokens[i].lower
            if !tokens[i].wordClass.contains(.stance) && !isContraction(tokens, i) {
                i += 1
                continue
            }
            if let n = phrase(CueLexicon.denialPhrases, tokens, i, range.upperBound) {
                words.append(PhraseIndex<Int>.key(tokens, i..<(i + n)))
                denied = true
                i += n
                continue
            }
            if let n = phrase(CueLexicon.hedgePhrases, tokens, i, range.upperBound) {
                words.append(PhraseIndex<Int>.key(tokens, i..<(i + n)))
                hedged = true
                i += n
                continue
            }
            if CueLexicon.denials.contains(w) || isContraction(tokens, i) {
                words.append(tokens.lower(i))
                denied = true
            } else if CueLexicon.hedges.contains(w) && !(w == "may" && tokens[i].isCapitalized && i > range.lowerBound)
            {
                // "most likely" is one hedge.
                if i > range.lowerBound, tokens[i - 1].lower == "most" || tokens[i - 1].lower == "more" {
                    words.append(tokens.lower(i - 1) + " " + tokens.lower(i))
                } else {
                    words.append(tokens.lower(i))
                }
                hedged = true
            }
            i += 1
        }
        return (denied ? .denied : (hedged ? .hedged : .asserted), words)
    }

    /// "don't", "isn’t", "can't".
    private static func isContraction(_ tokens: Tokens, _ i: Int) -> Bool {
        tokens.hasSuffix(i, "n't") || tokens.hasSuffix(i, "n’t")
    }

    private static func phrase(_ phrases: [[Word]], _ tokens: Tokens, _ i: Int, _ limit: Int) -> Int? {
        outer: for p in phrases where tokens[i].lower == p[0] && i + p.count <= limit {
            for k in 1..<p.count where tokens[i + k].lower != p[k] { continue outer }
            return p.count
        }
        return nil
    }
}
