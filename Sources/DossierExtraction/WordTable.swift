/// A fixed lexicon of words and what each maps to, looked up with a multiply and a probe or
/// two: `Set` and `Dictionary` seed and finalize a hasher per lookup, which costs far more
/// than comparing two words, and text analysis looks words up on every token.
///
/// Open addressing with linear probing, at most half full; the empty word marks a free slot.
struct WordTable<Value: Sendable>: Sendable {
    /// A word and its value side by side, so that a probe touches one place in memory.
    private struct Slot: Sendable {
        var word: Word = ""
        var value: Value?
    }

    private let slots: [Slot]
    private let mask: Int
    /// The words in the table, in the order given.
    let keys: [Word]

    init(_ entries: [(Word, Value)]) {
        var capacity = 8
        while capacity < 2 * entries.count { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        var keys: [Word] = []
        for (word, value) in entries {
            precondition(word != "", "the empty word marks free slots")
            var i = word.tableHash & (capacity - 1)
            while slots[i].word != "" && slots[i].word != word { i = (i + 1) & (capacity - 1) }
            if slots[i].word == "" { keys.append(word) }
            slots[i] = Slot(word: word, value: value)
        }
        self.slots = slots
        self.keys = keys
        mask = capacity - 1
    }

    /// What `word` maps to, or nil when it is not in the table.
    subscript(word: Word) -> Value? {
        var i = word.tableHash & mask
        while true {
            let slot = slots[i]
            if slot.word == word { return slot.value }
            if slot.word == "" { return nil }
            i = (i + 1) & mask
        }
    }
}

extension WordTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (Word, Value)...) { self.init(elements) }
}

/// A fixed set of words.
typealias WordSet = WordTable<Void>

extension WordTable: ExpressibleByArrayLiteral where Value == Void {
    init(arrayLiteral elements: Word...) { self.init(elements.map { ($0, ()) }) }

    func contains(_ word: Word) -> Bool { self[word] != nil }

    /// Whether the set holds `text` (a word or a name part as a string).
    func contains(text: String) -> Bool { Word(text).map(contains) ?? false }
}
