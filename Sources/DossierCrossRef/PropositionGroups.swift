/// Claims gathered into propositions along `corroborates` and `repeats` links, with how
/// many independent reports back each.
///
/// Reports count as one source when they are linked by `repeats` (one copied the other)
/// or come from the same reporter (an outlet repeating itself confirms nothing).
public struct PropositionGroups: Sendable {
    /// One proposition: its claims (in id order), its reports, and the independent count.
    public struct Group: Sendable, Equatable {
        public var claims: [Int64]
        public var reports: [Int64]
        public var independentReports: Int
    }

    public private(set) var groups: [Group] = []

    /// - Parameters:
    ///   - links: claim pairs and their relation.
    ///   - reportOf: the report of each claim.
    ///   - reporterOf: a key naming the reporter of each report.
    public init(links: [(a: Int64, b: Int64, relation: LinkRelation)], reportOf: [Int64: Int64], reporterOf: [Int64: String]) {
        var claims = UnionFind<Int64>()
        var sources = UnionFind<Int64>()
        for link in links where link.relation != .contradicts {
            claims.union(link.a, link.b)
            if link.relation == .repeats, let x = reportOf[link.a], let y = reportOf[link.b] { sources.union(x, y) }
        }
        var firstReportOfReporter: [String: Int64] = [:]
        for (report, reporter) in reporterOf.sorted(by: { $0.key < $1.key }) {
            if let first = firstReportOfReporter[reporter] { sources.union(first, report) } else { firstReportOfReporter[reporter] = report }
        }
        var members: [Int64: [Int64]] = [:]
        for claim in claims.elements { members[claims.find(claim), default: []].append(claim) }
        groups = members.values.map { group in
            let sorted = group.sorted()
            let reports = Set(sorted.compactMap { reportOf[$0] }).sorted()
            let independent = Set(reports.map { sources.find($0) }).count
            return Group(claims: sorted, reports: reports, independentReports: independent)
        }.sorted { ($0.independentReports, $1.claims[0]) > ($1.independentReports, $0.claims[0]) }
    }
}

/// Disjoint sets with path halving.
struct UnionFind<Element: Hashable> {
    private var parent: [Element: Element] = [:]

    var elements: Dictionary<Element, Element>.Keys { parent.keys }

    mutating func find(_ x: Element) -> Element {
        if parent[x] == nil { parent[x] = x }
        var x = x
        while let p = parent[x], p != x {
            let grand = parent[p] ?? p
            parent[x] = grand
            x = grand
        }
        return x
    }

    mutating func union(_ a: Element, _ b: Element) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[ra] = rb }
    }
}
