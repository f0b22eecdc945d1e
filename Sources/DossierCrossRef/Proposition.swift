import DossierExtraction

/// Whether a claim says that something is, is not, or has not happened yet.
public enum Polarity: String, Sendable, Equatable {
    case positive
    case negative
    /// "has so far not received", "has yet to", "is struggling to win": not a denial of what
    /// may still come, nor a statement that it came.
    case pending
}

/// What a claim states, reduced to terms that can be compared with another claim's: the
/// words that carry its meaning, lowercased, stemmed, with synonyms folded into one term
/// ("take over", "acquire", "buy" are all `acquire`), and without names, stop words, hedges
/// and negations, which are judged apart.
public struct Proposition: Sendable, Equatable {
    public var terms: Set<String>
    /// The words of the text behind each term, for a full-text query.
    var wordsByTerm: [String: [String]]
    public var polarity: Polarity
    /// The negation words found, for explanations.
    public var negations: [String]

    public init(text: String, stance: Stance) {
        self.init(tokens: PropositionLexicon.tokens(of: text), stance: stance)
    }

    init(tokens: [PropositionLexicon.Token], stance: Stance) {
        var terms: Set<String> = []
        var wordsByTerm: [String: [String]] = [:]
        var negations: [String] = []
        var pending = false
        var hindered = false
        var index = 0
        while index < tokens.count {
            if let (length, meaning) = PropositionLexicon.phrase(at: index, in: tokens) {
                let phrase = tokens[index..<(index + length)].map(\.lower).joined(separator: " ")
                switch meaning {
                case let .term(term):
                    terms.insert(term)
                    wordsByTerm[term, default: []].append(contentsOf: tokens[index..<(index + length)].map(\.lower))
                case .negation: negations.append(phrase)
                case .pending: pending = true
                case .ignored: break
                }
                index += length
                continue
            }
            let token = tokens[index]
            index += 1
            if PropositionLexicon.isNegation(token.lower) {
                negations.append(token.lower)
            } else if PropositionLexicon.pendingWords.contains(token.lower) {
                pending = true
            } else if PropositionLexicon.hindrances.contains(token.lower) {
                hindered = true
            } else if let term = PropositionLexicon.synonyms[token.lower] {
                terms.insert(term)
                wordsByTerm[term, default: []].append(token.lower)
            } else if PropositionLexicon.ignoredWords.contains(token.lower) || token.isCapitalized {
                continue
            } else {
                let stem = PropositionLexicon.stem(token.lower)
                terms.insert(stem)
                wordsByTerm[stem, default: []].append(token.lower)
            }
        }
        self.terms = terms
        self.wordsByTerm = wordsByTerm
        self.negations = negations
        if !negations.isEmpty {
            polarity = pending ? .pending : .negative
        } else if hindered {
            polarity = .pending
        } else {
            polarity = stance == .denied ? .negative : .positive
        }
    }

    /// The clauses of a claim that each state something on their own: "X will not buy the
    /// plant and has no intention of leasing it, but will build its own" is three
    /// propositions, each with its own polarity. A denied stance without any negation word
    /// (extraction saw a denial the word lists miss) makes every clause negative.
    public static func clauses(of text: String, stance: Stance) -> [Proposition] {
        let tokens = PropositionLexicon.tokens(of: text)
        var clauses = PropositionLexicon.clauses(of: tokens).map { Proposition(tokens: $0, stance: .asserted) }
        if stance == .denied, clauses.allSatisfy({ $0.negations.isEmpty }) {
            for index in clauses.indices { clauses[index].polarity = .negative }
        }
        return clauses
    }

    /// The words a full-text index finds `term` by: one form of each member of its synonym
    /// class, else the words of the text it was stemmed from.
    public func searchWords(of term: String) -> [String] {
        PropositionLexicon.classWords[term] ?? wordsByTerm[term] ?? []
    }
}
