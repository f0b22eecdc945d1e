@testable import DossierExtraction
import Testing

@Suite struct WordTests {
    @Test func tokensGiveBackTheirLowercasedTextWhateverItsLength() {
        let tokens = Tokenizer.tokenize(TextBuffer("Counterintuitively, ÉTAT said “no” at Internationalisation-Day."))
        let texts = tokens.indices.map { tokens.lower($0) }
        #expect(texts == ["counterintuitively", ",", "état", "said", "“", "no", "”", "at", "internationalisation-day", "."])
    }

    @Test func longWordsAreEqualExactlyWhenTheirTextIs() {
        let tokens = Tokenizer.tokenize(TextBuffer("Internationalisation internationalisation Internationalisations"))
        #expect(tokens[0].lower == tokens[1].lower)
        #expect(tokens[0].lower != tokens[2].lower)
        #expect(tokens[0].lower.isLong)
    }

    @Test func inlineWordsMatchLexiconEntriesAndNothingLonger() {
        let tokens = Tokenizer.tokenize(TextBuffer("Said saidsaidsaidsaid"))
        #expect(tokens[0].lower == "said")
        #expect(tokens[1].lower != "said")
        #expect(Gazetteer.nonNames.contains(text: "Said".lowercased()))
        #expect(!Gazetteer.nonNames.contains(text: String(repeating: "said", count: 5)))
    }

    @Test func suffixesAreTestedOnTheWholeText() {
        let tokens = Tokenizer.tokenize(TextBuffer("Counterintuitively hadn’t ly y"))
        #expect(tokens.hasSuffix(0, "ly"))
        #expect(tokens.hasSuffix(1, "n’t"))
        #expect(tokens.hasSuffix(2, "ly"))
        #expect(!tokens.hasSuffix(3, "ly"))
    }
}
