import DossierCrossRef
import DossierExtraction
import Testing

/// Claims written for these tests, about made-up companies: Acme (1), Borealis Motors (2),
/// Ningbo (3), Kestrel Bank (4).
@Suite struct ClaimMatcherTests {
    let matcher = ClaimMatcher()

    func claim(
        _ id: Int64, _ text: String, stance: Stance = .asserted, entities: Set<Int64> = [1, 2],
        report: Int64? = nil, article: Int64? = nil, day: String = "2024-03-01", dates: [String] = []
    ) -> ClaimFacts {
        ClaimFacts(
            id: id, articleID: article ?? id, reportID: report ?? id, accountDay: SimpleDate(iso: day),
            text: text, stance: stance, entities: entities, dates: dates)
    }

    @Test func likelyTakeoverAndUnlikelyAcquisitionContradict() throws {
        let a = claim(1, "Acme would likely take over Borealis Motors' assembly plant in Ningbo", stance: .hedged, entities: [1, 2, 3])
        let b = claim(2, "Acme will most likely not acquire the Borealis Motors factory", stance: .denied, day: "2024-03-08")
        let match = try #require(matcher.match(a, b))
        #expect(match.relation == .contradicts)
        #expect(match.method == "terms+entities+negation")
        #expect(match.sharedTerms.contains("acquire") && match.sharedTerms.contains("factory"))
        #expect(match.sharedEntities == [1, 2])
        #expect(match.polarities == (.positive, .negative))
        #expect(match.daysApart == 7)
    }

    @Test func theSamePropositionFromTwoReportsCorroborates() throws {
        let a = claim(1, "Acme is in talks with Borealis Motors about building cars together", stance: .hedged)
        let b = claim(2, "Acme has been negotiating with Borealis Motors to build vehicles jointly")
        let match = try #require(matcher.match(a, b))
        #expect(match.relation == .corroborates)
        #expect(match.sharedTerms == ["build", "partner", "talk", "vehicle"])
    }

    @Test func theSameReportInAnotherArticleRepeats() throws {
        let a = claim(1, "Acme will buy a stake in the Borealis Motors plant", report: 9, article: 1)
        let b = claim(2, "Acme plans to purchase a stake in Borealis Motors' plant", report: 9, article: 2)
        #expect(matcher.match(a, b)?.relation == .repeats)
        #expect(matcher.match(a, b)?.method == "same-report")
    }

    @Test func copiedTextFromAnotherReportRepeats() throws {
        let text = "Acme will invest 2 billion yuan in a new battery plant to supply Borealis Motors from next year"
        let match = try #require(matcher.match(claim(1, text), claim(2, "Reportedly, " + text)))
        #expect(match.relation == .repeats)
        #expect(match.method == "near-identical")
    }

    @Test func unrelatedStatementsAboutTheSameCompaniesAreNotLinked() {
        let pairs = [
            ("Acme is in talks with Borealis Motors about building cars together",
             "Acme will most likely not acquire the Borealis Motors factory"),
            ("Acme reported record quarterly profit thanks to Borealis Motors orders",
             "Acme will open a plant for Borealis Motors"),
            ("Acme will sell its plant to Borealis Motors",
             "Acme will buy a plant from Borealis Motors"),
            ("Acme's chief executive resigned after a dispute with Borealis Motors",
             "Acme did not hire any engineers from Borealis Motors"),
        ]
        for (x, y) in pairs {
            #expect(matcher.match(claim(1, x), claim(2, y)) == nil, "\(x) / \(y)")
        }
    }

    @Test func sharedWordsWithoutASharedEntityAreNotEnough() {
        let a = claim(1, "Acme will build a vehicle factory in Ningbo", entities: [1, 3])
        let b = claim(2, "Kestrel Bank will finance a vehicle factory near the port", entities: [4])
        #expect(matcher.match(a, b) == nil)
    }

    @Test func clashingDatesAreDifferentPropositions() {
        let a = claim(1, "Acme will start mass production of its first car in 2025", dates: ["2025"])
        let b = claim(2, "Acme will start mass production of its first car in 2027", dates: ["2027"])
        #expect(matcher.match(a, b) == nil)
        let c = claim(3, "Acme plans to begin producing its first vehicles in March 2025", dates: ["2025-03"])
        #expect(matcher.match(a, c)?.relation == .corroborates)
    }

    @Test func accountsOutsideTheWindowAreNotLinked() {
        let a = claim(1, "Acme will buy the Borealis Motors plant", day: "2020-01-01")
        let b = claim(2, "Acme will acquire the Borealis Motors factory", day: "2024-01-01")
        #expect(matcher.match(a, b) == nil)
        #expect(ClaimMatcher(windowDays: 5000).match(a, b)?.relation == .corroborates)
    }

    @Test func notYetIsNeitherAgreementNorDenial() {
        let a = claim(1, "Acme has so far not received a licence to make cars", stance: .denied)
        let b = claim(2, "Acme is close to getting a licence to make cars", stance: .hedged)
        #expect(matcher.match(a, b) == nil)
    }

    @Test func aStruggleDoesNotCorroborateBeingCloseToSuccess() {
        let a = claim(1, "Acme is struggling to win regulatory approval to build electric vehicles", entities: [1])
        let b = claim(2, "Acme is close to receiving a licence to make electric cars", stance: .hedged, entities: [1], day: "2025-02-14")
        #expect(matcher.match(a, b) == nil)
        let c = claim(3, "Acme has been struggling to obtain approval for its electric vehicles", entities: [1], day: "2024-05-01")
        #expect(matcher.match(a, c)?.relation == .corroborates)
    }

    @Test func twoClaimsOfOneReportInOneArticleAreNotLinked() {
        let a = claim(1, "Acme will buy the Borealis Motors plant", report: 5, article: 7)
        let b = claim(2, "Acme will acquire the Borealis Motors factory", report: 5, article: 7)
        #expect(matcher.match(a, b) == nil)
    }

    @Test func aDenialInOneClauseOfALongStatementStillContradicts() throws {
        let a = claim(1, "Acme would likely take over the Borealis Motors factory", stance: .hedged)
        let b = claim(2, "Acme will most likely not acquire the Borealis Motors factory and has no intention of adopting a contract manufacturing model, but will instead build its own factory", stance: .denied)
        let match = try #require(matcher.match(a, b))
        #expect(match.relation == .contradicts)
        #expect(match.sharedTerms == ["acquire", "factory"])
        #expect(match.negations == ["not"])
    }

    @Test func rareSharedTermsCountAndCommonOnesHardlyDo() {
        let a = claim(1, "Acme will produce vehicles in a new joint venture", entities: [1])
        let b = claim(2, "Acme will produce vehicles for export markets", entities: [1])
        #expect(matcher.match(a, b)?.relation == .corroborates)
        let common: Set<String> = ["produce", "vehicle"]
        #expect(matcher.match(a, b, weight: { common.contains($0) ? 0.1 : 2 }) == nil)
    }

    @Test func relaysOfOneReportMatchEvenWhenTheyNameTheCompanyDifferently() {
        let a = claim(1, "Acme Auto is close to obtaining a licence to produce electric vehicles", entities: [5], report: 9, article: 1)
        let b = claim(2, "Acme is close to receiving a licence to make electric cars", entities: [1], report: 9, article: 2)
        #expect(matcher.match(a, b)?.relation == .repeats)
    }

    @Test func theSameWordsAboutAnotherCompanyAreNotLinked() {
        let a = claim(1, "Acme will build a vehicle factory", entities: [1])
        let b = claim(2, "Kestrel Bank will build a vehicle factory", entities: [4])
        #expect(matcher.match(a, b) == nil)
    }
}
