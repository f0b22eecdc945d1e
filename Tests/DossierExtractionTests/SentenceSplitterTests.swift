import Testing
@testable import DossierExtraction

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        TestSupport.extract(text).sentences.map(\.text)
    }

    @Test func abbreviationsDoNotEndSentences() {
        let text =
            "Mr. Chen joined Orbit Motors Co. Ltd. in Jan. 2020 after a stint in the U.S. market. He left in 2023."
        #expect(
            sentences(text) == [
                "Mr. Chen joined Orbit Motors Co. Ltd. in Jan. 2020 after a stint in the U.S. market.",
                "He left in 2023.",
            ])
    }

    @Test func abbreviationCanEndASentenceBeforeAnOpener() {
        #expect(sentences("The plant belongs to Kestrel Corp. The deal closed in May.").count == 2)
    }

    /// A web address is dotted like "U.S." but a period after it ends the sentence.
    @Test func aPeriodAfterAWebAddressEndsTheSentence() {
        #expect(sentences("Sales rose, according to Autopulse.com. Analysts were surprised. It was in the U.S. Senate.") == [
            "Sales rose, according to Autopulse.com.", "Analysts were surprised.", "It was in the U.S. Senate.",
        ])
    }

    @Test func quotesAndParenthesesStayInsideTheirSentence() {
        let text = "\"We are ready. The cars are built,\" the founder said. The firm (listed in 2019. Or so.) grew."
        #expect(
            sentences(text) == [
                "\"We are ready. The cars are built,\" the founder said.",
                "The firm (listed in 2019. Or so.) grew.",
            ])
    }

    @Test func closingQuoteJoinsTheSentenceItEnds() {
        #expect(
            sentences("She said “the plan works.” Then she left.") == ["She said “the plan works.”", "Then she left."])
    }

    @Test func headlineLinesStandAlone() {
        let text = "Orbit Motors wins approval to build cars\n\nOrbit Motors said on Monday it had won approval."
        #expect(
            sentences(text) == [
                "Orbit Motors wins approval to build cars", "Orbit Motors said on Monday it had won approval.",
            ])
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "Café owners 👩‍🍳 agreed. Prices rose."
        let e = TestSupport.extract(text)
        let scalars = Array(text.unicodeScalars)
        for s in e.sentences {
            #expect(String(String.UnicodeScalarView(scalars[s.start..<s.end])) == s.text)
        }
        #expect(e.sentences.last?.start == 24)
    }
}
