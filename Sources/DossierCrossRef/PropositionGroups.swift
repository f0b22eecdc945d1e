/// Claims gathered into propositions along `corroborates` and `repeats` links, with how
/// many independent reports back each.
///
/// Links do not chain: two groups merge only when every claim of one is linked to every
/// claim of the other (complete linkage, strongest links first), so A~B and B~C alone
/// never make A~C. Reports count as one source when they are linked by `repeats` (one
/// copied the other) or come from the same reporter (an outlet repeating itself confirms
/// nothing).
public struct PropositionGroups: Sendable {
    /// One proposition: its claims (in id order), its reports, and the independent count.
    public struct Group: Sendable, Equatable {
        public var claims: [Int64]
        public var reports: [Int64]
        public var independentReports: Int
    }

    public private(set) var groups: [Group] = []

    /// - Parameters:
    ///   - links: claim pairs, their relation and score.
    ///   - reportOf: the report of each claim.
    ///   - reporterOf: a key naming the reporter of each report.
    public init(links: [(a: Int64, b: Int64, relation: LinkRelation, score: Double)], reportOf: [Int64: Int64], reporterOf: [Int64: String]) {
        var linked: Set<[Int64]> = []
        var sources = UnionFind<Int64>()
        let agreeing = links.filter { $0.relation != .contradicts }
        for link in agreeing {
            linked.insert([min(link.a, link.b), max(link.a, link.b)])
            if link.relation == .repeats, let x = reportOf[link.a], let y = reportOf[link.b] { sources.union(x, y) }
        }
        var firstReportOfReporter: [String: Int64] = [:]
        for (report, reporter) in reporterOf.sorted(by: { $0.key < $1.key }) {
            if let first = firstReportOfReporter[reporter] { sources.union(first, report) } else { firstReportOfReporter[reporter] = report }
        }
        var groupOf: [Int64: Int] = [:]
        var members: [[Int64]] = []
        for link in agreeing.sorted(by: { ($0.score, $1.a, $1.b) > ($1.score, $0.a, $0.b) }) {
            let x = groupOf[link.a] ?? { members.append([link.a]); groupOf[link.a] = members.count - 1; return members.count - 1 }()
            let y = groupOf[link.b] ?? { members.append([link.b]); groupOf[link.b] = members.count - 1; return members.count - 1 }()
            guard x != y, members[x].allSatisfy({ p in members[y].allSatisfy { q in linked.contains([min(p, q), max(p, q)]) } }) else { continue }
            for claim in members[y] { groupOf[claim] = x }
            members[x] += members[y]
            members[y] = []
        }
        for group in members where group.count > 1 {
            let reports = Set(group.compactMap { reportOf[$0] }).sorted()
            let independent = Set(reports.map { sources.find($0) }).count
            groups.append(Group(claims: group.sorted(), reports: reports, independentReports: independent))
        }
        groups.sort { ($0.independentReports, $1.claims[0]) > ($1.independentReports, $0.claims[0]) }
    }
}

/// Disjoint sets with path halving.
struct UnionFind<Element: Hashable> {
    private var parent: [Element: Element] = [:]

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
