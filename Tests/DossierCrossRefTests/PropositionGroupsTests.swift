import DossierCrossRef
import Testing

@Suite struct PropositionGroupsTests {
    typealias Link = (a: Int64, b: Int64, relation: LinkRelation, score: Double)

    @Test func tenRelaysOfOneReportCountOnce() {
        // Claims 1...5 relay report 100 and repeat one another; claim 6, report 200's, corroborates them all.
        var links: [Link] = []
        for a in Int64(1)...5 {
            for b in (a + 1)...6 { links.append((a, b, b == 6 ? .corroborates : .repeats, 0.8)) }
        }
        var reportOf: [Int64: Int64] = [6: 200]
        for claim in Int64(1)...5 { reportOf[claim] = 100 }
        let groups = PropositionGroups(links: links, reportOf: reportOf, reporterOf: [100: "jiemian", 200: "bloomberg"])
        #expect(groups.groups.count == 1)
        #expect(groups.groups.first?.claims == [1, 2, 3, 4, 5, 6])
        #expect(groups.groups.first?.reports == [100, 200])
        #expect(groups.groups.first?.independentReports == 2)
    }

    @Test func copiedReportsAndOneReporterTwiceAreOneSource() {
        let links: [Link] = [(1, 2, .repeats, 0.9), (1, 3, .corroborates, 0.7), (2, 3, .corroborates, 0.7),
                             (1, 4, .corroborates, 0.6), (2, 4, .corroborates, 0.6), (3, 4, .corroborates, 0.6)]
        let reportOf: [Int64: Int64] = [1: 10, 2: 20, 3: 30, 4: 40]
        let reporterOf: [Int64: String] = [10: "a", 20: "b", 30: "c", 40: "c"]
        let groups = PropositionGroups(links: links, reportOf: reportOf, reporterOf: reporterOf).groups
        #expect(groups.count == 1)
        #expect(groups.first?.independentReports == 2)
    }

    @Test func linksDoNotChain() {
        // 1~2 and 2~3, but 1 and 3 are not linked: two propositions, the stronger link first.
        let links: [Link] = [(1, 2, .corroborates, 0.9), (2, 3, .corroborates, 0.6)]
        let groups = PropositionGroups(links: links, reportOf: [1: 10, 2: 20, 3: 30], reporterOf: [10: "a", 20: "b", 30: "c"])
        #expect(groups.groups.map(\.claims) == [[1, 2]])
    }

    @Test func contradictionsDoNotJoinPropositions() {
        let links: [Link] = [(1, 2, .contradicts, 0.9)]
        let groups = PropositionGroups(links: links, reportOf: [1: 10, 2: 20], reporterOf: [10: "a", 20: "b"])
        #expect(groups.groups.isEmpty)
    }
}
