/// What the lexicons know about a word, looked up once per token so that the scanners
/// test bits instead of hashing the same word again and again.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16

    /// Starts a hedge or a denial, alone or as the first word of a phrase.
    static let stance = WordClass(rawValue: 1 << 0)
    /// Can start a date expression.
    static let date = WordClass(rawValue: 1 << 1)
    /// A cue verb, or "according".
    static let cue = WordClass(rawValue: 1 << 2)

    private static let table: WordTable<WordClass> = {
        var table: [Word: WordClass] = [:]
        func add<S: Sequence>(_ words: S, _ c: WordClass) where S.Element == Word {
            for w in words { table[w, default: []].insert(c) }
        }
        add(CueLexicon.hedges.keys, .stance)
        add(CueLexicon.denials.keys, .stance)
        add(CueLexicon.hedgePhrases.map { $0[0] }, .stance)
        add(CueLexicon.denialPhrases.map { $0[0] }, .stance)
        add(DateResolver.triggers.keys, .date)
        add(Gazetteer.months.keys, .date)
        add(Gazetteer.weekdays.keys, .date)
        add(CueLexicon.verbs.keys, .cue)
        add(["according"], .cue)
        return WordTable(Array(table))
    }()

    static func of(_ lower: Word) -> WordClass { table[lower] ?? [] }
}
