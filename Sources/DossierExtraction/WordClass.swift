/// What the lexicons know about a word, looked up once per token so that the scanners
/// test bits instead of looking the same word up again and again.
///
/// Only word tokens have classes; the lists behind the membership bits hold nothing that
/// tokenizes as a number or a mark (a test checks this), so a bit says what a lookup would.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    /// Starts a hedge or a denial, alone or as the first word of a phrase.
    static let stance = WordClass(rawValue: 1 << 0)
    /// Can start a date expression.
    static let date = WordClass(rawValue: 1 << 1)
    /// A cue verb, or "according".
    static let cue = WordClass(rawValue: 1 << 2)

    // Membership in the gazetteer lists tested on every capitalized word.
    static let nonName = WordClass(rawValue: 1 << 3)
    static let personTitle = WordClass(rawValue: 1 << 4)
    static let commonAcronym = WordClass(rawValue: 1 << 5)
    static let nameAdjective = WordClass(rawValue: 1 << 6)
    static let commonWord = WordClass(rawValue: 1 << 7)
    static let month = WordClass(rawValue: 1 << 8)
    static let weekday = WordClass(rawValue: 1 << 9)
    static let governmentWord = WordClass(rawValue: 1 << 10)
    static let organizationSuffix = WordClass(rawValue: 1 << 11)
    static let outletSuffix = WordClass(rawValue: 1 << 12)
    static let outletCue = WordClass(rawValue: 1 << 13)
    static let givenName = WordClass(rawValue: 1 << 14)

    /// The list behind each membership bit.
    static let lists: [(WordClass, [Word])] = [
        (.nonName, Gazetteer.nonNames.keys), (.personTitle, Gazetteer.personTitles.keys),
        (.commonAcronym, Gazetteer.commonAcronyms.keys), (.nameAdjective, Gazetteer.nameAdjectives.keys),
        (.commonWord, Gazetteer.commonWords.keys), (.month, Gazetteer.months.keys),
        (.weekday, Gazetteer.weekdays.keys), (.governmentWord, Gazetteer.governmentWords.keys),
        (.organizationSuffix, Gazetteer.organizationSuffixes.keys), (.outletSuffix, Gazetteer.outletSuffixes.keys),
        (.outletCue, Gazetteer.outletCues.keys), (.givenName, Gazetteer.givenNames.keys),
    ]

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
        for (c, words) in lists { add(words, c) }
        return WordTable(Array(table))
    }()

    static func of(_ lower: Word) -> WordClass { table[lower] ?? [] }
}
