import Testing
@testable import DossierExtraction

@Suite struct EntityRecognizerTests {
    private func type(_ e: Extraction, _ name: String) -> EntityType? {
        TestSupport.entity(e, named: name)?.type
    }

    @Test func companySuffixesMakeOrganizations() {
        let e = TestSupport.extract(
            "Kestrel Automobile Group Corp and Harbin Lumen Technology signed a deal with Pinecrest Motors and Duoling Co Ltd."
        )
        #expect(type(e, "Kestrel Automobile Group Corp") == .organization)
        #expect(type(e, "Harbin Lumen Technology") == .organization)
        #expect(type(e, "Pinecrest Motors") == .organization)
        #expect(type(e, "Duoling Co Ltd") == .organization)
    }

    @Test func outletsFromListsAndCues() {
        let e = TestSupport.extract("Reuters and Caixin confirmed it, as did local media outlet Zhenbao and Sina Tech.")
        #expect(type(e, "Reuters") == .outlet)
        #expect(type(e, "Caixin") == .outlet)
        #expect(type(e, "Zhenbao") == .outlet)
        #expect(type(e, "Sina Tech") == .outlet)
    }

    @Test func governmentBodies() {
        let e = TestSupport.extract(
            "The Ministry of Industry and Information Technology and the State Planning Commission approved it.")
        #expect(type(e, "Ministry of Industry and Information Technology") == .government)
        #expect(type(e, "State Planning Commission") == .government)
    }

    @Test func peopleWithTitles() {
        let e = TestSupport.extract("CEO Lin Hao met Sen. Mary Dalton in Hefei.")
        #expect(type(e, "Lin Hao") == .person)
        #expect(type(e, "Mary Dalton") == .person)
        #expect(type(e, "Hefei") == .place)
    }

    /// "Jun" is a given name unless a day, a year or its period follows.
    @Test func aShortMonthNameInsideANameIsPartOfIt() {
        let e = TestSupport.extract("Founder and CEO Lei Jun said the plant opens on Jun. 5 and closes Reuters Jun 30.")
        #expect(type(e, "Lei Jun") == .person)
        #expect(TestSupport.entity(e, named: "Lei") == nil)
        #expect(type(e, "Reuters") == .outlet)
        #expect(TestSupport.entity(e, named: "Reuters Jun") == nil)
    }

    @Test func placesFromLists() {
        let e = TestSupport.extract("The firm moved from Wuhan, Hubei province, to Germany and then to Paris.")
        for name in ["Wuhan", "Hubei", "Germany", "Paris"] {
            #expect(type(e, name) == .place, "\(name)")
        }
    }

    @Test func parentheticalDefinitionMakesAnAlias() {
        let e = TestSupport.extract("Zhejiang Corvid Automobile Group Corp (ZCA) builds vans. ZCA also builds buses.")
        let entity = TestSupport.entity(e, named: "Zhejiang Corvid Automobile Group Corp")
        #expect(entity?.aliases == ["Zhejiang Corvid Automobile", "ZCA"])
        #expect(e.mentions.filter { $0.entity == entity?.id }.count == 3)
    }

    @Test func tickerWithoutANameIsTheCompany() {
        let e = TestSupport.extract("(NYSE: NIO) delivered more cars, and (NASDAQ: LI) did too.")
        #expect(TestSupport.entity(e, named: "NIO")?.tickers == ["NYSE:NIO"])
        #expect(TestSupport.entity(e, named: "Li Auto")?.tickers == ["NASDAQ:LI"])
    }

    @Test func tickerAfterANameJoinsIt() {
        let e = TestSupport.extract("Tamarind Motors (NYSE: TMRD) rose.")
        #expect(TestSupport.entity(e, named: "Tamarind Motors")?.tickers == ["NYSE:TMRD"])
        #expect(e.entities.count == 1)
    }

    @Test func possessiveIsTheOwner() {
        let e = TestSupport.extract("Quillon's new plant opened. Quillon said it was pleased.")
        let quillon = TestSupport.entity(e, named: "Quillon")
        #expect(quillon != nil)
        #expect(e.mentions.filter { $0.entity == quillon?.id }.map(\.text) == ["Quillon", "Quillon"])
    }

    @Test func shortFormsLinkWithinTheArticle() {
        let e = TestSupport.extract(
            "Dongfang Group bought a stake. Dongfang Ridgeway Power Technology Co makes motors. Dongfang declined to comment."
        )
        let group = TestSupport.entity(e, named: "Dongfang Group")
        let unit = TestSupport.entity(e, named: "Dongfang Ridgeway Power Technology Co")
        #expect(group != nil && unit != nil && group?.id != unit?.id)
        #expect(e.mentions.last?.entity == group?.id)
    }

    @Test func knownEntitiesWinWithTheirType() {
        let known = [KnownEntity(name: "Halcyon Labs", type: .product, aliases: ["Halcyon"])]
        let e = TestSupport.extract("Halcyon shipped. Later Halcyon Labs shipped again.", known: known)
        #expect(e.entities.count == 1)
        #expect(e.entities.first?.type == .product)
        #expect(e.mentions.count == 2)
    }

    @Test func idsFollowFirstAppearance() {
        let e = TestSupport.extract("Bloomberg reported that Vantor Motors will expand in Chengdu.")
        #expect(e.entities.map(\.id) == ["e1", "e2", "e3"])
        #expect(e.entities.map(\.name) == ["Bloomberg", "Vantor Motors", "Chengdu"])
    }

    @Test func ordinaryWordsOpeningASentenceAreNoNames() {
        let e = TestSupport.extract(
            "Snow closed roads in Harbin on Monday. Recap: the week at Zentrix. Zentrix kept its plant open. "
                + "Deliveries Group shipped parts. Sales rose.",
            known: [KnownEntity(name: "Sales", type: .organization)])
        #expect(type(e, "Snow") == nil)
        #expect(type(e, "Recap") == nil)
        #expect(type(e, "Harbin") == .place)
        #expect(type(e, "Zentrix") == .organization)
        #expect(type(e, "Deliveries Group") == .organization)
        #expect(type(e, "Sales") == .organization)
        let told = TestSupport.extract("Two sources told Harbor Daily that Zentrix will close the plant.")
        #expect(type(told, "Two") == nil)
        #expect(told.claims.first?.attribution?.reporter == "Harbor Daily")
    }

    @Test func legalFormsGiveTheBaseNameAsAlias() throws {
        let e = TestSupport.extract(
            "Zentrix Corp and Orvane Group met Halden Smart Mobility Technology Co and Sales Inc. "
                + "Pellwick agreed. Later Pellwick Holdings Ltd signed with Orvane and Q Corp.")
        #expect(TestSupport.entity(e, named: "Zentrix Corp")?.aliases == ["Zentrix"])
        #expect(TestSupport.entity(e, named: "Orvane Group")?.aliases == ["Orvane"])
        let halden = TestSupport.entity(e, named: "Halden Smart Mobility Technology Co")
        #expect(halden?.aliases == ["Halden Smart Mobility Technology"])
        #expect(TestSupport.entity(e, named: "Sales Inc")?.aliases == [])
        #expect(TestSupport.entity(e, named: "Q Corp")?.aliases == [])
        // Named by its base first, then in full: one company.
        let pellwick = try #require(TestSupport.entity(e, named: "Pellwick"))
        #expect(pellwick.aliases == ["Pellwick Holdings Ltd"])
        #expect(TestSupport.entity(e, named: "Pellwick Holdings Ltd") == nil)
        #expect(e.entities.filter { $0.name.hasPrefix("Orvane") }.count == 1)
    }

    @Test(arguments: ["Foday Co Ltd", "  BAIC   Group ", "", " ", "Xiaomi", "Société Générale SA", "Tesla\u{00A0}Inc", "a \u{0301}b c"])
    func nameWordsAreWhatSplittingOnSpacesGives(name: String) {
        #expect(EntityRecognizer.words(of: name) == name.split(separator: " "))
    }
}
