/// The small, fixed word lists behind `Proposition`: kept deterministic and short, so that
/// every link can be explained by the words the two claims share.
enum PropositionLexicon {
    struct Token {
        var lower: String
        var isCapitalized: Bool
        /// Whether a comma or a semicolon stands between this word and the one before.
        var afterComma = false
        var afterSemicolon = false
    }

    /// What a word or phrase contributes to a proposition.
    enum Meaning: Equatable {
        case term(String)
        case negation
        case pending
        case ignored
    }

    /// Words of letters and digits, lowercased; a possessive `'s` is dropped, and `n't`
    /// becomes `not`. Works on scalars with an ASCII fast path: it runs for every claim a
    /// link is sought for.
    static func tokens(of text: String) -> [Token] {
        var result: [Token] = []
        var current = String.UnicodeScalarView()
        var capitalized = false
        var comma = false, semicolon = false
        func flush() {
            guard !current.isEmpty else { return }
            var word = String(current)
            current = String.UnicodeScalarView()
            if word.hasSuffix("'s") || word.hasSuffix("’s") { word.unicodeScalars.removeLast(2) }
            var negated = false
            if word.hasSuffix("n't") || word.hasSuffix("n’t") {
                word.unicodeScalars.removeLast(3)
                negated = true
            }
            word.unicodeScalars.removeAll { $0 == "'" || $0 == "’" }
            if !word.isEmpty {
                result.append(Token(lower: word, isCapitalized: capitalized, afterComma: comma, afterSemicolon: semicolon))
                comma = false
                semicolon = false
            }
            if negated { result.append(Token(lower: "not", isCapitalized: false)) }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 128 {
                switch value {
                case 97...122, 48...57:
                    current.append(scalar)
                    continue
                case 65...90:
                    if current.isEmpty { capitalized = true }
                    current.append(Unicode.Scalar(value + 32)!)
                    continue
                case 39 where !current.isEmpty:
                    current.append(scalar)
                    continue
                default:
                    flush()
                    capitalized = false
                    if value == 44 { comma = true } else if value == 59 { semicolon = true }
                    continue
                }
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if current.isEmpty { capitalized = scalar.properties.isUppercase }
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar == "’", !current.isEmpty {
                current.append(scalar)
            } else {
                flush()
                capitalized = false
            }
        }
        flush()
        return result
    }

    /// Splits a statement where a new clause starts: at "but" and semicolons always, at
    /// "and", "while" or a comma when an auxiliary or reporting verb follows.
    static func clauses(of tokens: [Token]) -> [[Token]] {
        var clauses: [[Token]] = [[]]
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
            if token.lower == "but" || (token.lower == "and" || token.lower == "while") && clauseStarters.contains(next) {
                if !clauses[clauses.count - 1].isEmpty { clauses.append([]) }
                continue
            }
            if token.afterSemicolon || (token.afterComma && clauseStarters.contains(token.lower)), !clauses[clauses.count - 1].isEmpty {
                clauses.append([])
            }
            clauses[clauses.count - 1].append(token)
        }
        return clauses.filter { !$0.isEmpty }
    }

    /// Words that open a clause of their own after "and", "while" or a comma.
    static let clauseStarters: Set<String> = [
        "has", "have", "had", "will", "would", "is", "was", "are", "were", "could", "can", "may", "might",
        "plans", "aims", "expects", "also", "not",
    ]

    /// The longest phrase starting at `index`, with its length.
    static func phrase(at index: Int, in tokens: [Token]) -> (Int, Meaning)? {
        guard index + 1 < tokens.count, let candidates = phrases[tokens[index].lower] else { return nil }
        for (rest, meaning) in candidates where index + rest.count < tokens.count {
            if rest.indices.allSatisfy({ tokens[index + 1 + $0].lower == rest[$0] }) {
                return (rest.count + 1, meaning)
            }
        }
        return nil
    }

    static func isNegation(_ word: String) -> Bool { negations.contains(word) }

    /// A light suffix stripper: enough for "factories"/"factory" and "obtaining"/"obtain"
    /// to meet, without a dictionary.
    static func stem(_ word: String) -> String {
        var w = word
        if w.count > 4, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if w.count > 5, w.hasSuffix("ing") { w.removeLast(3) }
        else if w.count > 4, w.hasSuffix("ed") { w.removeLast(2) }
        else if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss") { w.removeLast() }
        if w.count > 4, w.hasSuffix("e") { w.removeLast() }
        return w
    }

    /// Phrases by first word: the rest of the words and what the whole means.
    static let phrases: [String: [([String], Meaning)]] = {
        var table: [String: [([String], Meaning)]] = [:]
        func add(_ phrase: String, _ meaning: Meaning) {
            let words = phrase.split(separator: " ").map(String.init)
            table[words[0], default: []].append((Array(words.dropFirst()), meaning))
        }
        for verb in ["take", "takes", "took", "taking", "taken"] { add("\(verb) over", .term("acquire")) }
        for noun in ["site", "sites", "base", "bases", "facility", "facilities"] { add("production \(noun)", .term("factory")) }
        for noun in ["site", "sites", "base", "bases"] { add("manufacturing \(noun)", .term("factory")) }
        add("green light", .term("license"))
        add("tie up", .term("partner"))
        add("in talks", .term("talk"))
        for verb in ["rule", "rules", "ruled", "ruling"] { add("\(verb) out", .negation) }
        add("so far", .pending)
        add("close to", .ignored)
        add("set to", .ignored)
        add("on track to", .ignored)
        // Longest first, so "on track to" wins over shorter phrases sharing its start.
        return table.mapValues { $0.sorted { $0.0.count > $1.0.count } }
    }()

    /// Inflected word -> the one term its whole class goes by.
    static let synonyms: [String: String] = {
        let classes: [String: String] = [
            "acquire": "acquire acquires acquired acquiring acquisition acquisitions buy buys buying bought purchase purchases purchased purchasing takeover takeovers",
            "factory": "factory factories plant plants site sites facility facilities",
            "license": "licence licences license licenses licensed licensing qualification qualifications qualified approval approvals approve approves approved approving permit permits credential credentials",
            "obtain": "obtain obtains obtained obtaining get gets getting got receive receives received receiving win wins won winning gain gains gained gaining secure secures secured securing",
            "build": "build builds building built construct constructs constructed constructing construction",
            "produce": "produce produces produced producing production make makes making made manufacture manufactures manufactured manufacturing",
            "vehicle": "vehicle vehicles car cars ev evs nev nevs automobile automobiles",
            "talk": "talk talks talking talked discuss discusses discussed discussing discussion discussions negotiate negotiates negotiated negotiating negotiation negotiations",
            "invest": "invest invests invested investing investment investments",
            "partner": "partner partners partnered partnering partnership partnerships cooperate cooperates cooperated cooperating cooperation together jointly",
            "sell": "sell sells selling sold divest divests divested divesting",
            "open": "open opens opened opening launch launches launched launching",
        ]
        var table: [String: String] = [:]
        for (term, words) in classes {
            for word in words.split(separator: " ") { table[String(word)] = term }
        }
        return table
    }()

    /// Each synonym class's members, one inflection per stem.
    static let classWords: [String: [String]] = {
        var table: [String: [String: String]] = [:]
        for (word, term) in synonyms {
            let stem = stem(word)
            if let kept = table[term]?[stem], kept <= word { continue }
            table[term, default: [:]][stem] = word
        }
        return table.mapValues { $0.values.sorted() }
    }()

    static let negations: Set<String> = [
        "not", "no", "never", "neither", "nor", "cannot", "unlikely", "deny", "denies", "denied",
        "denying", "none",
    ]

    static let pendingWords: Set<String> = ["yet"]

    /// Words saying that what follows is held up, not done: "struggling to win approval" does
    /// not back "close to receiving a licence", nor does it deny it.
    static let hindrances: Set<String> = [
        "struggle", "struggles", "struggled", "struggling", "unable", "fail", "fails", "failed", "failing",
        "stall", "stalls", "stalled", "stalling", "trouble", "troubles", "difficulty", "difficulties",
    ]

    /// Stop words, hedges and the vocabulary of attribution: none of them says what happened.
    static let ignoredWords: Set<String> = Set("""
        a an the of in on at to for with by from and or but as is are was were be been being has have had \
        having do does did it its they them their he she his her we our you your this that these those which \
        who whom whose what there here than then into onto over about after before under up out off also \
        just only very more most so such if while when where whether however instead other others some any \
        all each both either said say says saying told tell tells according report reports reported \
        reporting reportedly company firm group matter people person sources source familiar province city \
        region will would shall should can could may might must likely probably possibly perhaps expected \
        expect expects expecting set near nears nearing close soon eventually currently now still already \
        again further within per via its eastern western northern southern central
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
