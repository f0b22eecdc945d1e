import Testing
@testable import DossierExtraction

@Suite struct AccountHolderTests {
    @Test func sourcesTellingAnOutletMakeItTheOutletsAccount() throws {
        let text = "Vantor Motors will not buy the Chengdu plant, two people familiar with the matter told Harbor Daily."
        let e = TestSupport.extract(text)
        let a = try #require(TestSupport.claim(e, containing: "Chengdu")?.attribution)
        #expect(a.reporter == "Harbor Daily")
        #expect(a.reporterEntity == TestSupport.entity(e, named: "Harbor Daily")?.id)
        #expect(a.cited == "two people familiar with the matter")
        #expect(a.citedKind == .anonymous)
        // The spans still point at the speaker and the cue, as the text names them.
        #expect(TestSupport.text(text, a.sourceSpan) == "two people familiar with the matter")
        #expect(TestSupport.text(text, a.cueSpan) == "told")
    }

    @Test func unnamedSourcesOfAnArticleGiveTheOutletsOwnAccount() throws {
        let text = "Vantor Motors is weighing a second plant in Wuhan, people familiar with the matter said."
        let e = TestSupport.extract(text, outlet: "Harbor Daily", published: "2024-05-15")
        let a = try #require(TestSupport.claim(e, containing: "Wuhan")?.attribution)
        #expect(a.reporter == "Harbor Daily")
        #expect(a.cited == "people familiar with the matter")
        #expect(a.reportedOn == "2024-05-15")
    }

    @Test func namedSpeakersKeepTheirAccount() throws {
        let e = TestSupport.extract("Vantor Motors will open a plant in Wuhan, Lin Hao told Harbor Daily.")
        let a = try #require(TestSupport.claim(e, containing: "Wuhan")?.attribution)
        #expect(a.reporter == "Lin Hao")
    }

    @Test func tellingSomeoneWhoIsNotAnOutletChangesNothing() throws {
        let e = TestSupport.extract("Vantor Motors will open a plant in Wuhan, a spokesman for Vantor told Lin Hao.")
        let a = try #require(TestSupport.claim(e, containing: "Wuhan")?.attribution)
        #expect(a.reporter != "Lin Hao")
    }
}
