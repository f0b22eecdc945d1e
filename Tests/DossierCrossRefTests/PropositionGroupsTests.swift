import DossierCrossRef
import Testing

@Suite struct PropositionGroupsTests {
    @Test func tenRelaysOfOneReportCountOnce() {
        // Claims 1...5 all relay report 100; claim 6 is report 200's, which corroborates.
        var links: [(a: Int64, b: Int64, relation: LinkRelation)] = (2...5).map { (1, Int64($0), .repeats) }
        links.append((1, 6, .corroborates))
        var reportOf: [Int64: Int64] = [6: 200]
        for claim in Int64(1)...5 { reportOf[claim] = 100 }
        let groups = PropositionGroups(links: links, reportOf: reportOf, reporterOf: [100: "jiemian", 200: "bloomberg"])
        #expect(groups.groups.count == 1)
        #expect(groups.groups[0].claims == [1, 2, 3, 4, 5, 6])
        #expect(groups.groups[0].reports == [100, 200])
        #expect(groups.groups[0].independentReports == 2)
    }

    @Test func copiedReportsAndOneReporterTwiceAreOneSource() {
        let links: [(a: Int64, b: Int64, relation: LinkRelation)] = [(1, 2, .repeats), (2, 3, .corroborates), (3, 4, .corroborates)]
        let reportOf: [Int64: Int64] = [1: 10, 2: 20, 3: 30, 4: 40]
        let reporterOf: [Int64: String] = [10: "a", 20: "b", 30: "c", 40: "c"]
        let group = PropositionGroups(links: links, reportOf: reportOf, reporterOf: reporterOf).groups
        #expect(group.count == 1)
        #expect(group[0].independentReports == 2)
    }

    @Test func contradictionsDoNotJoinPropositions() {
        let links: [(a: Int64, b: Int64, relation: LinkRelation)] = [(1, 2, .contradicts)]
        let groups = PropositionGroups(links: links, reportOf: [1: 10, 2: 20], reporterOf: [10: "a", 20: "b"])
        #expect(groups.groups.isEmpty)
    }
}
