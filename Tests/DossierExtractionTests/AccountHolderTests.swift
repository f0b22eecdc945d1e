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

    @Test func backReferencesToSourcesWhoToldAnOutletStayItsAccount() throws {
        let text =
            "Two sources told Harbor Daily on May 3 that Zentrix will close the plant. "
            + "The closure could slip, the sources said."
        let e = TestSupport.extract(text)
        let a = try #require(TestSupport.claim(e, containing: "slip")?.attribution)
        #expect(a.reporter == "Harbor Daily")
        #expect(a.cited == "Two sources")
        #expect(a.reportedOn == "2024-05-03")
        #expect(TestSupport.text(text, a.sourceSpan) == "the sources")
        // Told the article's own outlet, undated: the account dates from the article.
        let own = TestSupport.extract(
            "Two sources told Harbor Daily that Zentrix will close the plant. "
                + "The closure could slip, the sources said.",
            outlet: "Harbor Daily")
        #expect(own.claims.map { $0.attribution?.reportedOn } == ["2024-05-15", "2024-05-15"])
        #expect(own.claims.map { $0.attribution?.reporter } == ["Harbor Daily", "Harbor Daily"])
    }
}
