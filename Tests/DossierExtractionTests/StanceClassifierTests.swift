import Testing
@testable import DossierExtraction

@Suite struct StanceClassifierTests {
    private func stance(_ text: String) -> (Stance, [String]) {
        let c = TestSupport.extract(text).claims.first
        return (c?.stance ?? .asserted, c?.hedges ?? [])
    }

    @Test func plainStatementIsAsserted() {
        #expect(stance("Vantor Motors opened a plant in Hefei.").0 == .asserted)
        #expect(stance("Vantor Motors opened a plant in Hefei.").1.isEmpty)
    }

    @Test(arguments: [
        ("The firm could sell the unit.", "could"),
        ("The firm may sell the unit.", "may"),
        ("The firm might sell the unit.", "might"),
        ("The firm will likely sell the unit.", "likely"),
        ("The sale is expected next year.", "expected"),
        ("The firm is close to a sale.", "close to"),
        ("The firm is in talks with buyers.", "in talks"),
    ])
    func hedges(text: String, word: String) {
        let (s, words) = stance(text)
        #expect(s == .hedged)
        #expect(words.contains(word))
    }

    @Test(arguments: [
        "The firm will not sell the unit.",
        "The firm has no intention of selling.",
        "The firm never sold the unit.",
        "The firm denied the sale.",
        "The firm ruled out a sale.",
    ])
    func denials(text: String) {
        #expect(stance(text).0 == .denied)
    }

    @Test func negationOutweighsAHedge() {
        let (s, words) = stance("The firm will most likely not buy the plant.")
        #expect(s == .denied)
        #expect(words == ["most likely", "not"])
    }

    @Test func monthMayIsNoHedge() {
        #expect(stance("Sales rose in May 2023 after the launch.").0 == .asserted)
    }
}
