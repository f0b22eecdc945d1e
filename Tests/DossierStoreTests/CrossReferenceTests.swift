import DossierCrossRef
import DossierExtraction
import DossierStore
import Testing

/// Four outlets on a made-up takeover: Harbour Daily says Acme will likely take over a
/// Borealis Motors plant, Coast Wire a week later that it will not, Market Roundup relays
/// both (and a Bloomfield News report on talks), Pier Journal reports the talks itself.
@Suite struct CrossReferenceTests {
    typealias Claim = ReportFixtures.Claim
    static let takeover = "Acme would likely take over Borealis Motors' assembly plant in Ningbo"
    static let denial = "Acme will most likely not acquire the Borealis Motors factory"
    static let talks = "Acme is in talks with Borealis Motors about building cars together"
    static let profit = "Acme reported record quarterly profit thanks to Borealis Motors orders"

    static let harbour = ReportFixtures.article(outlet: "Harbour Daily", published: "2024-03-01", claims: [
        Claim(content: takeover, stance: .hedged, entities: ["Acme", "Borealis Motors", "Ningbo"], reporter: "Harbour Daily",
              cited: "industry sources", citedKind: .anonymous),
        Claim(content: profit, entities: ["Acme", "Borealis Motors"]),
    ])
    static let coast = ReportFixtures.article(outlet: "Coast Wire", published: "2024-03-08", claims: [
        Claim(content: denial, stance: .denied, entities: ["Acme", "Borealis Motors"], reporter: "Coast Wire",
              cited: "two people familiar with the matter", citedKind: .anonymous),
    ])
    static let roundup = ReportFixtures.article(outlet: "Market Roundup", published: "2024-03-10", claims: [
        Claim(content: "Acme would likely take over the Borealis Motors plant in Ningbo", stance: .hedged,
              entities: ["Acme", "Borealis Motors", "Ningbo"], reporter: "Harbour Daily", reportedOn: "2024-03-01"),
        Claim(content: denial, stance: .denied, entities: ["Acme", "Borealis Motors"], reporter: "Coast Wire", reportedOn: "2024-03-08"),
        Claim(content: talks, stance: .hedged, entities: ["Acme", "Borealis Motors"], reporter: "Bloomfield News", reportedOn: "2024-02-20"),
    ])
    static let pier = ReportFixtures.article(outlet: "Pier Journal", published: "2024-03-12", claims: [
        Claim(content: "Acme has been negotiating with Borealis Motors to build vehicles jointly", entities: ["Acme", "Borealis Motors"]),
    ])

    func store(_ articles: [ArticleInput] = [harbour, coast, roundup, pier]) throws -> DossierStore {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        _ = try store.write(articles)
        try store.crossReferenceNewArticles()
        return store
    }

    func claimID(_ xref: CrossReference, _ text: String, outlet: String) -> Int64? {
        let article = xref.articles.first { $0.outlet == outlet }?.id
        return xref.reports.flatMap(\.claims).first { $0.text == text && $0.article == article }?.id
    }

    func relation(_ xref: CrossReference, _ a: Int64?, _ b: Int64?) -> LinkRelation? {
        xref.links.first { Set([$0.a, $0.b]) == Set([a, b].compactMap { $0 }) }?.relation
    }

    @Test func articlesWaitForTheirFirstCrossReference() throws {
        let store = try DossierStore(path: Fixtures.temporaryDatabase())
        _ = try store.write([Fixtures.article(), Fixtures.relay()])
        #expect(try store.articlesAwaitingCrossReference() == 2)
        try store.crossReferenceNewArticles()
        #expect(try store.articlesAwaitingCrossReference() == 0)
    }

    @Test func theLikelyTakeoverAndItsDenialContradict() throws {
        let xref = try store().crossReference(entity: "Acme")
        let takeover = claimID(xref, Self.takeover, outlet: "Harbour Daily")
        let denial = claimID(xref, Self.denial, outlet: "Coast Wire")
        #expect(takeover != nil && denial != nil)
        #expect(relation(xref, takeover, denial) == .contradicts)
        let link = xref.links.first { $0.relation == .contradicts }
        #expect(link?.method == "terms+entities+negation")
        #expect((link?.score ?? 0) > 0.55)
    }

    @Test func aRelayOfTheSameReportRepeatsIt() throws {
        let xref = try store().crossReference(entity: "Acme")
        let original = claimID(xref, Self.takeover, outlet: "Harbour Daily")
        let relay = claimID(xref, "Acme would likely take over the Borealis Motors plant in Ningbo", outlet: "Market Roundup")
        #expect(relation(xref, original, relay) == .repeats)
        #expect(xref.links.first { $0.relation == .repeats }?.method == "same-report")
    }

    @Test func reportsFromTwoOutletsOnTheTalksCorroborate() throws {
        let xref = try store().crossReference(entity: "Acme")
        let bloomfield = claimID(xref, Self.talks, outlet: "Market Roundup")
        let pier = claimID(xref, "Acme has been negotiating with Borealis Motors to build vehicles jointly", outlet: "Pier Journal")
        #expect(relation(xref, bloomfield, pier) == .corroborates)
        let proposition = xref.propositions.first { $0.claims.contains(bloomfield ?? -1) }
        #expect(proposition?.independentReports == 2)
    }

    @Test func statementsSharingOnlyTheirCompaniesAreNotLinked() throws {
        let xref = try store().crossReference(entity: "Acme")
        let profit = claimID(xref, Self.profit, outlet: "Harbour Daily")
        let talks = claimID(xref, Self.talks, outlet: "Market Roundup")
        #expect(profit != nil)
        #expect(!xref.links.contains { $0.a == profit || $0.b == profit })
        for takeover in xref.reports.flatMap(\.claims) where takeover.text.contains("take over") || takeover.text.contains("acquire") {
            #expect(relation(xref, talks, takeover.id) == nil, "talks linked to \(takeover.text)")
        }
    }

    @Test func aReportKnowsItsPrimaryArticleAndItsRelays() throws {
        let xref = try store().crossReference(entity: "Acme")
        let report = try #require(xref.reports.first { $0.reporter == "Harbour Daily" && $0.reportedOn == "2024-03-01" })
        let articles = Dictionary(uniqueKeysWithValues: xref.articles.map { ($0.outlet ?? "", $0.id) })
        #expect(report.primaryArticle == articles["Harbour Daily"])
        #expect(report.relayedBy == [articles["Market Roundup"]].compactMap { $0 })
        #expect(report.cited == ["industry sources"])
        let bloomfield = try #require(xref.reports.first { $0.reporter == "Bloomfield News" })
        #expect(bloomfield.primaryArticle == nil)
    }

    @Test func thePrimaryArticleIsFoundWhenItArrivesAfterItsRelay() throws {
        let store = try store([Self.roundup])
        #expect(try store.crossReference(entity: "Acme").reports.first { $0.reporter == "Harbour Daily" }?.primaryArticle == nil)
        _ = try store.write([Self.harbour])
        try store.crossReferenceNewArticles()
        let xref = try store.crossReference(entity: "Acme")
        let harbour = xref.reports.filter { $0.reporter == "Harbour Daily" }
        #expect(harbour.count == 1)
        #expect(harbour.first?.primaryArticle == xref.articles.first { $0.outlet == "Harbour Daily" }?.id)
    }

    @Test func reportsComeInTheOrderOfTheirOwnDates() throws {
        let xref = try store().crossReference(entity: "Acme")
        #expect(xref.reports.map(\.reporter) == ["Bloomfield News", "Harbour Daily", "Coast Wire", "Pier Journal"])
        let march = try store().crossReference(entity: "Acme", since: "2024-03-01", until: "2024-03-08")
        #expect(march.reports.map(\.reporter) == ["Harbour Daily", "Coast Wire"])
    }

    @Test func aLimitKeepsTheLatestReportsAndCountsTheRest() throws {
        let store = try store()
        let latest = try store.crossReference(entity: "Acme", limit: 2)
        #expect(latest.reports.map(\.reporter) == ["Coast Wire", "Pier Journal"])
        #expect(latest.omittedReports == 2)
        #expect(latest.links.allSatisfy { link in latest.reports.contains { $0.claims.contains { $0.id == link.a } } })
        let march = try store.crossReference(entity: "Acme", since: "2024-03-01", until: "2024-03-08", limit: 1)
        #expect(march.reports.map(\.reporter) == ["Coast Wire"])
        #expect(march.omittedReports == 1)
        let all = try store.crossReference(entity: "Acme", limit: nil)
        #expect(all.reports.count == 4)
        #expect(all.omittedReports == 0)
    }

    @Test func undatedReportsComeLastAndGoFirstUnderALimit() throws {
        let rumour = ReportFixtures.article(outlet: "Dock Gazette", published: "2024-03-20", claims: [
            Claim(content: "Acme may list its shares in Hong Kong", stance: .hedged, entities: ["Acme"], reporter: "a blogger"),
        ])
        let store = try store([Self.harbour, Self.coast, rumour])
        let all = try store.crossReference(entity: "Acme", limit: nil)
        #expect(all.reports.map(\.reporter) == ["Harbour Daily", "Coast Wire", "a blogger"])
        #expect(all.reports.last?.reportedOn == nil)
        let latest = try store.crossReference(entity: "Acme", limit: 2)
        #expect(latest.reports.map(\.reporter) == ["Harbour Daily", "Coast Wire"])
        #expect(try store.crossReference(entity: "Acme", since: "2024-01-01").reports.map(\.reporter) == ["Harbour Daily", "Coast Wire"])
    }

    @Test func aMergedEntityBringsItsReports() throws {
        let store = try store()
        #expect(try store.crossReference(entity: "Ningbo").reports.map(\.reporter) == ["Harbour Daily"])
        try store.mergeEntity("Acme", into: "Ningbo")
        #expect(try store.crossReference(entity: "Ningbo").reports.count == 4)
    }

    @Test func linkingTwiceAddsNothingAndARebuildFindsTheSameLinks() throws {
        let store = try store()
        let before = try store.crossReference(entity: "Acme").links
        #expect(try store.crossReferenceNewArticles().links == 0)
        let rebuilt = try store.rebuildCrossReferences()
        #expect(rebuilt.articles == 4)
        #expect(rebuilt.links == before.count)
        #expect(try store.crossReference(entity: "Acme").links == before)
    }

    @Test func explanationsNameWhatTheClaimsShare() throws {
        let xref = try store().crossReference(entity: "Acme", explain: true)
        let why = try #require(xref.links.first { $0.relation == .contradicts }?.explanation)
        #expect(why.sharedTerms.contains("acquire") && why.sharedTerms.contains("factory"))
        #expect(why.sharedEntities.contains("Acme") && why.sharedEntities.contains("Borealis Motors"))
        #expect(why.polarities.contains("negative") && why.polarities.contains("positive"))
        #expect(why.daysApart == 7)
    }

    @Test func timelineMarksTheFirstReportAndHowLateEachRelayCame() throws {
        var rows = CollectedRows()
        try store().timeline(entity: "Acme", into: &rows)
        #expect(rows.column("reported_on").first == .text("2024-02-20"))
        let relay = rows.rows.first { ($0[rows.columns.firstIndex(of: "relayed_in")!].text ?? "").hasPrefix("Market Roundup #") && $0[1] == .text("Harbour Daily") }
        #expect(relay?[rows.columns.firstIndex(of: "days_later")!] == .integer(9))
        let firsts = Dictionary(zip(rows.column("reporter"), rows.column("first")).map { ($0.0.text ?? "", [$0.1]) }, uniquingKeysWith: +)
        #expect(firsts["Bloomfield News"]?.contains(.text("first")) == true)
        #expect(firsts["Pier Journal"]?.contains(.text("+21 days")) == true)
        #expect(firsts["Harbour Daily"]?.contains(.text("first")) == true)
        #expect(firsts["Coast Wire"]?.contains(.text("+7 days")) == true)
    }

    @Test func sourcesCountRelaysAnonymitySharesAndLaterContradictions() throws {
        var rows = CollectedRows()
        try store().sources(into: &rows)
        let harbour = try #require(rows.rows.first { $0[0] == .text("Harbour Daily") })
        func value(_ column: String) -> Cell { harbour[rows.columns.firstIndex(of: column)!] }
        #expect(value("articles") == .integer(1))
        #expect(value("claims") == .integer(3))
        #expect(value("relayed_by_others") == .integer(1))
        #expect(value("contradicted_later") == .integer(2))
        let coast = try #require(rows.rows.first { $0[0] == .text("Coast Wire") })
        #expect(coast[rows.columns.firstIndex(of: "contradicted_later")!] == .integer(0))
        #expect(coast[rows.columns.firstIndex(of: "anonymous_share")!] == .real(0.5))
    }
}
