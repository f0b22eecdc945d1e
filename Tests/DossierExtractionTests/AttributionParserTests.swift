import Testing
@testable import DossierExtraction

@Suite struct AttributionParserTests {
    @Test func subjectVerbThat() throws {
        let text = "Harbor Daily reported that Vantor Motors will open a plant in Chengdu."
        let e = TestSupport.extract(text)
        let c = try #require(e.claims.first)
        let a = try #require(c.attribution)
        #expect(c.text == "Vantor Motors will open a plant in Chengdu")
        #expect(a.reporter == "Harbor Daily")
        #expect(a.cue == "reported")
        #expect(TestSupport.text(text, a.sourceSpan) == "Harbor Daily")
        #expect(TestSupport.text(text, a.cueSpan) == "reported")
        #expect(a.reporterEntity == TestSupport.entity(e, named: "Harbor Daily")?.id)
    }

    @Test func trailingAttributionCitingSources() throws {
        let text =
            "Vantor Motors is near a deal to buy a factory, local media outlet Zhenbao said today, citing three people briefed on the talks."
        let e = TestSupport.extract(text)
        let c = try #require(e.claims.first)
        let a = try #require(c.attribution)
        #expect(c.text == "Vantor Motors is near a deal to buy a factory")
        #expect(a.reporter == "Zhenbao")
        #expect(a.cited == "three people briefed on the talks")
        #expect(a.citedKind == .anonymous)
        #expect(a.reportedOn == "2024-05-15")
        #expect(TestSupport.text(text, a.sourceSpan) == "local media outlet Zhenbao")
    }

    @Test func accordingToAtEitherEnd() throws {
        let e = TestSupport.extract(
            "According to Reuters, the merger will close in June. The price was $2 billion, according to a filing.")
        let first = try #require(TestSupport.claim(e, containing: "merger"))
        #expect(first.text == "the merger will close in June")
        #expect(first.attribution?.reporter == "Reuters")
        #expect(first.attribution?.cue == "According to")
        let second = try #require(TestSupport.claim(e, containing: "price"))
        #expect(second.text == "The price was $2 billion")
        #expect(second.attribution?.reporter == "a filing")
        #expect(second.attribution?.citedKind == .document)
    }

    @Test func citedAsSaying() throws {
        let text = "Harbor Daily cited two engineers at the plant as saying that production has stopped."
        let c = try #require(TestSupport.extract(text).claims.first)
        #expect(c.text == "production has stopped")
        #expect(c.attribution?.reporter == "Harbor Daily")
        #expect(c.attribution?.cited == "two engineers at the plant")
        #expect(TestSupport.extract(text).claims.count == 1)
    }

    @Test func datedReportsLeadTheSentence() throws {
        let e = TestSupport.extract(
            "On March 3, 2023, Bloomberg reported that Vantor Motors was short of cash. In a separate report on April 9, Bloomberg said the company had found a buyer."
        )
        let first = try #require(TestSupport.claim(e, containing: "short of cash"))
        #expect(first.attribution?.reportedOn == "2023-03-03")
        let second = try #require(TestSupport.claim(e, containing: "found a buyer"))
        #expect(second.text == "the company had found a buyer")
        #expect(second.attribution?.reporter == "Bloomberg")
        #expect(second.attribution?.reportedOn == "2023-04-09")
    }

    @Test func quotationBeforeItsSpeaker() throws {
        let text = "\"We will not sell the brand,\" Chairman Wu Lei told reporters. \"It is not for sale.\""
        let e = TestSupport.extract(text)
        let c = try #require(e.claims.first)
        #expect(c.text.hasPrefix("\"We will not sell the brand,\""))
        #expect(c.text.hasSuffix("\"It is not for sale.\""))
        #expect(c.attribution?.reporter == "Wu Lei")
        #expect(c.attribution?.cue == "told")
        #expect(e.claims.count == 1)
    }

    @Test func invertedSpeakerWithApposition() throws {
        let text = "\"Prices will fall,\" said Ana Ruiz, an analyst at Fenwick Capital."
        let c = try #require(TestSupport.extract(text).claims.first)
        #expect(c.text == "\"Prices will fall,\"")
        #expect(TestSupport.text(text, c.attribution?.sourceSpan) == "Ana Ruiz, an analyst at Fenwick Capital")
        #expect(c.attribution?.reporter == "Ana Ruiz")
    }

    @Test func toldAnAddressee() throws {
        let c = try #require(
            TestSupport.extract("The mayor told CNN on Sunday that the bridge would reopen.").claims.first)
        #expect(c.text == "the bridge would reopen")
        #expect(c.attribution?.reporter == "the mayor" || c.attribution?.reporter == "The mayor")
    }

    @Test func participleContinuesTheSpeaker() throws {
        let e = TestSupport.extract(
            "Vantor Motors announced a recall on Friday, saying a sensor can fail in cold weather.")
        let c = try #require(TestSupport.claim(e, containing: "sensor"))
        #expect(c.text == "a sensor can fail in cold weather")
        #expect(c.attribution?.reporter == "Vantor Motors")
        #expect(c.attribution?.cue == "saying")
    }

    @Test func backReferencesResolveToTheEarlierAccount() throws {
        let text = """
            Vantor Motors will cut 500 jobs, Harbor Daily said on May 2, citing two people familiar with the plan. \
            Bloomberg reported on May 6 that the cuts would start in June. \
            The cuts could be delayed, the people said. \
            Unions were not consulted, according to the report.
            """
        let e = TestSupport.extract(text)
        let people = try #require(TestSupport.claim(e, containing: "delayed")?.attribution)
        #expect(people.reporter == "Harbor Daily")
        #expect(people.cited == "two people familiar with the plan")
        #expect(people.reportedOn == "2024-05-02")
        #expect(TestSupport.text(text, people.sourceSpan) == "the people")
        let report = try #require(TestSupport.claim(e, containing: "Unions")?.attribution)
        #expect(report.reporter == "Bloomberg")
        #expect(report.reportedOn == "2024-05-06")
    }

    @Test func unattributedClaimsAreCreditedToTheOutlet() throws {
        let c = try #require(TestSupport.extract("Vantor Motors makes vans.").claims.first)
        #expect(c.text == "Vantor Motors makes vans.")
        #expect(c.attribution == Attribution(reporter: "TestWire", cue: ""))
        #expect(TestSupport.extract("Vantor Motors makes vans.", outlet: nil).claims.first?.attribution == nil)
    }

    @Test func reportedlyIsAnUnattributedHedge() throws {
        let text = "Vantor Motors is reportedly weighing a sale."
        let c = try #require(TestSupport.extract(text).claims.first)
        #expect(c.attribution?.reporter == "TestWire")
        #expect(c.attribution?.cue == "reportedly")
        #expect(c.attribution?.sourceSpan == nil)
        #expect(c.stance == .hedged)
    }

    @Test func passiveIsNoAttribution() throws {
        let c = try #require(TestSupport.extract("The company was declared bankrupt by a court in 2022.").claims.first)
        #expect(c.attribution?.cue == "")
    }

    @Test func attributionInsideItsContent() throws {
        let text = "The goal, the minister said, is to double exports."
        let c = try #require(TestSupport.extract(text).claims.first)
        #expect(TestSupport.text(text, c.attribution?.sourceSpan) == "the minister")
        #expect(c.text.hasSuffix("is to double exports"))
    }

    @Test func speakerHeadline() throws {
        let text = "Harlan: The tariff plan will fail\n\nThe senator spoke on Monday."
        let c = try #require(TestSupport.extract(text).claims.first)
        #expect(c.text == "The tariff plan will fail")
        #expect(c.attribution?.reporter == "Harlan")
        #expect(c.attribution?.cue == ":")
    }

    @Test func coordinatedVerbsShareTheSpeaker() throws {
        let text = "Mayor Ana Ortiz praised the plan and said the city would add buses."
        let e = TestSupport.extract(text)
        let c = try #require(TestSupport.claim(e, containing: "add buses"))
        #expect(c.text == "the city would add buses")
        #expect(TestSupport.text(text, c.attribution?.sourceSpan) == "Mayor Ana Ortiz")
    }

    @Test func subordinateClauseEndsAtItsComma() throws {
        let e = TestSupport.extract("While the union said the talks had failed, the company planned new offers.")
        let c = try #require(TestSupport.claim(e, containing: "talks"))
        #expect(c.text == "the talks had failed")
    }

    @Test func statementFollowedByItsQuotation() throws {
        let text = "The ministry said in a statement:\n\n\"Exports will recover by autumn.\""
        let c = try #require(TestSupport.extract(text).claims.first)
        #expect(c.text == "\"Exports will recover by autumn.\"")
        #expect(c.attribution?.reporter == "The ministry" || c.attribution?.reporter == "the ministry")
        #expect(c.sentence == 1)
    }

    @Test func pronounSpeakerIsTheLastPersonNamed() throws {
        let e = TestSupport.extract("Vantor Motors hired CEO Lin Hao in May. He said the brand would grow.")
        let c = try #require(TestSupport.claim(e, containing: "grow"))
        #expect(c.attribution?.reporter == "Lin Hao")
        #expect(c.attribution?.reporterEntity == TestSupport.entity(e, named: "Lin Hao")?.id)
    }

    @Test func headlineLabelIsNoSpeaker() throws {
        let e = TestSupport.extract("Recap: how Vantor Motors lost its Hefei licence\n\nThe plant closed in March.")
        let label = try #require(TestSupport.claim(e, containing: "Hefei licence"))
        #expect(label.text == "Recap: how Vantor Motors lost its Hefei licence")
        #expect(label.attribution?.reporter == "TestWire")
        #expect(label.attribution?.cue == "")
        let named = TestSupport.extract("Okafor: the Hefei plant will stay open\n\nThe plant employs 900 people.")
        let quote = try #require(TestSupport.claim(named, containing: "stay open"))
        #expect(quote.text == "the Hefei plant will stay open")
        #expect(quote.attribution?.reporter == "Okafor")
    }

    @Test func citedAsSayingIsOneAccount() throws {
        let text =
            "Last June 3, local media outlet Harbor Daily today cited three people close to the company as saying that "
            + "Zentrix will not sell its plant but will instead expand it."
        let e = TestSupport.extract(text)
        #expect(e.claims.count == 1)
        let c = try #require(e.claims.first)
        #expect(c.text == "Zentrix will not sell its plant but will instead expand it")
        #expect(c.attribution?.cue == "cited")
        #expect(c.attribution?.reporter == "Harbor Daily")
        #expect(c.attribution?.cited == "three people close to the company")
        #expect(c.attribution?.citedKind == .anonymous)
        #expect(c.attribution?.reportedOn == "2023-06-03")
    }

    @Test func theyResolvesToTheEarlierUnnamedSources() throws {
        let text = """
            Vantor Motors will cut 500 jobs, Harbor Daily said on May 2, citing two people familiar with the plan. \
            Some managers still hope to save the Hefei line, while others doubt it, they said.
            """
        let e = TestSupport.extract(text)
        let they = try #require(TestSupport.claim(e, containing: "others doubt")?.attribution)
        #expect(they.reporter == "Harbor Daily")
        #expect(they.cited == "two people familiar with the plan")
        #expect(they.citedKind == .anonymous)
        #expect(they.reportedOn == "2024-05-02")
        #expect(TestSupport.text(text, they.sourceSpan) == "they")
        // Sources speaking in the article's own voice.
        let own = TestSupport.extract(
            "Zentrix will shut its Hefei line, according to people familiar with the matter. "
                + "Managers hope to keep some staff, while others expect none to stay, they said.")
        let voiced = try #require(TestSupport.claim(own, containing: "none to stay")?.attribution)
        #expect(voiced.reporter == "TestWire")
        #expect(voiced.cited == "people familiar with the matter")
        #expect(voiced.reportedOn == "2024-05-15")
        // Without an earlier account, "they" stays the speaker.
        let alone = TestSupport.extract("The plant will close, they said.")
        #expect(alone.claims.first?.attribution?.reporter == "they")
    }

    /// "According to the plan, S, the sources said": the sources say it all; the plan is not
    /// a second source. "Y said S, according to X" keeps both accounts.
    @Test func aLeadingAccordingToInsideWhatASpeakerSaysIsNotASecondSource() throws {
        let leading = TestSupport.extract("According to the launch schedule, Vantor Motors will build its own plant, the sources said.")
        #expect(leading.claims.map { $0.attribution?.cue } == ["said"])
        #expect(leading.claims.first?.text == "According to the launch schedule, Vantor Motors will build its own plant")

        let trailing = TestSupport.extract("The mayor said the plant would close, according to a memo seen by Harbor Daily.")
        #expect(Set(trailing.claims.compactMap { $0.attribution?.cue }) == ["said", "according to"])
    }

    /// "made further demands", "new claims": nouns, not cues; "it further wrote" is a verb.
    @Test func aCueWordAfterAnAdjectiveIsANoun() throws {
        let noun = TestSupport.extract("The next day, according to Lin Hao, Vantor Motors made further demands.")
        #expect(noun.claims.map { $0.attribution?.cue } == ["according to"])
        #expect(noun.claims.first?.text == "Vantor Motors made further demands")
        let verb = TestSupport.extract("Harbor Daily further wrote that the plant would close.")
        #expect(verb.claims.first?.attribution?.cue == "wrote")
    }
}
