@testable import DossierExtraction
import Testing

@Suite struct WordTableTests {
    @Test func findsEveryWordItHoldsAndNoOther() {
        let words = (0..<300).map { "w\($0)" }
        let table = WordTable(words.enumerated().map { (Word($1)!, $0) })
        for (i, word) in words.enumerated() { #expect(table[Word(word)!] == i) }
        #expect(table["w300"] == nil)
        #expect(table["w"] == nil)
        #expect(table.keys.count == 300)
    }

    @Test func aWordGivenTwiceKeepsItsLastValueAndOnePlace() {
        let table = WordTable<Int>([("said", 1), ("told", 2), ("said", 3)])
        #expect(table["said"] == 3)
        #expect(table.keys == ["said", "told"])
    }

    @Test func setsAnswerForWordsAndForText() {
        let set: WordSet = ["inc", "ltd", "inc"]
        #expect(set.contains("inc"))
        #expect(!set.contains("co"))
        #expect(set.contains(text: "ltd"))
        #expect(!set.contains(text: "a name part much longer than any word"))
    }
}

@Suite struct WordClassTests {
    /// A class bit stands in for a list lookup only if every entry a single token could
    /// equal tokenizes as one word with that text (word tokens alone get classes).
    @Test func everyListEntryIsOneWordToken() {
        for (_, words) in WordClass.lists {
            for word in words where !word.inlineText.contains(" ") {
                let tokens = Tokenizer.tokenize(TextBuffer(word.inlineText))
                #expect(tokens.count == 1 && tokens[0].kind == .word && tokens[0].lower == word, "\(word.inlineText)")
            }
        }
    }
}
