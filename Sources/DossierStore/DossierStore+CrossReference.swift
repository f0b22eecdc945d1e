import DossierCrossRef
import GRDB

extension DossierStore {
    /// The reports about an entity, in the order of their own dates, with their claims about
    /// it, the links between those claims, and the propositions they back.
    /// - Parameters:
    ///   - since, until: keep reports dated within these bounds (ISO 8601 prefixes, inclusive).
    ///   - limit: show the latest reports only, this many at most (undated ones come after the
    ///     dated); nil shows them all. `omittedReports` says how many were left out.
    ///   - explain: recompute why each link was made.
    public func crossReference(
        entity name: String, since: String? = nil, until: String? = nil, limit: Int? = CrossReference.defaultLimit, explain: Bool = false
    ) throws -> CrossReference {
        try read { db in
            guard let entityID = try Self.entityID(db, name: name) else { throw StoreError.unknownEntity(name) }
            let entityName = try String.fetchOne(db, sql: "SELECT name FROM entity WHERE id = ?", arguments: [entityID]) ?? name
            let (reports, omitted) = try Self.reports(db, entity: entityID, since: since, until: until, limit: limit)
            let claimIDs = Set(reports.flatMap { $0.claims.map(\.id) })
            var reportOf: [Int64: Int64] = [:]
            for report in reports { for claim in report.claims { reportOf[claim.id] = report.id } }
            let links = try Self.links(db, among: claimIDs, explain: explain)
            let reporterOf = Dictionary(uniqueKeysWithValues: try reports.map { ($0.id, try Self.reporterKey(db, report: $0.id)) })
            let groups = PropositionGroups(
                links: links.map { ($0.a, $0.b, $0.relation, $0.score) }, reportOf: reportOf, reporterOf: reporterOf)
            let propositions = groups.groups.map {
                CrossReference.Proposition(claims: $0.claims, reports: $0.reports, independentReports: $0.independentReports)
            }
            let articleIDs = Set(reports.flatMap { $0.relayedBy + ($0.primaryArticle.map { [$0] } ?? []) })
            let articles = try articleIDs.sorted().compactMap { id -> CrossReference.Article? in
                guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT outlet, published, title FROM article WHERE id = ?"), arguments: [id]) else { return nil }
                return CrossReference.Article(id: id, outlet: row[0], published: row[1], title: row[2])
            }
            return CrossReference(
                entity: entityName, reports: reports, omittedReports: omitted, links: links, propositions: propositions, articles: articles)
        }
    }

    /// The latest `limit` reports with a claim about the entity (all when nil), oldest
    /// account first, undated last; and how many more the date range holds. Every lookup is
    /// an index seek: the reports through `entity_report`, then each one's own rows.
    static func reports(_ db: Database, entity: Int64, since: String?, until: String?, limit: Int?) throws -> ([CrossReference.Report], omitted: Int) {
        var range = "entity_id = :entity"
        // A date range leaves undated reports out.
        if since != nil || until != nil { range += " AND reported_on > ''" }
        if since != nil { range += " AND reported_on >= :since" }
        if until != nil { range += " AND reported_on <= :until" }
        let arguments: StatementArguments = ["entity": entity, "since": since, "until": until.map { $0 + "\u{10FFFF}" }, "limit": limit ?? -1]
        // Undated reports ('') sort first, so the latest come first when read backwards.
        let latest = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT report_id FROM entity_report WHERE \(range) ORDER BY reported_on DESC, report_id DESC LIMIT :limit
            """), arguments: arguments)
        var omitted = 0
        if let limit, latest.count == limit {
            let total = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM entity_report WHERE \(range)"), arguments: arguments) ?? 0
            omitted = total - latest.count
        }
        var reports: [CrossReference.Report] = []
        for id in latest.reversed() {
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT reporter, reported_on, primary_article_id FROM report WHERE id = ?"), arguments: [id]) else { continue }
            let claims = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT c.id, c.text, c.stance, c.article_id FROM \(reportClaimsSQL)
                WHERE ra.report_id = ?1 AND EXISTS (SELECT 1 FROM json_each(c.entities) WHERE value = ?2)
                ORDER BY c.id
                """), arguments: [id, entity]).map { CrossReference.Claim(id: $0[0], text: $0[1], stance: $0[2], article: $0[3]) }
            // A report whose claims about the entity went with a replaced article.
            guard !claims.isEmpty else { continue }
            let primary: Int64? = row[2]
            let cited = try String.fetchAll(db.cachedStatement(sql: """
                SELECT c.cited FROM \(reportClaimsSQL) WHERE ra.report_id = ? AND c.cited IS NOT NULL GROUP BY c.cited ORDER BY min(c.id)
                """), arguments: [id])
            let relays = try Int64.fetchAll(db.cachedStatement(sql: """
                SELECT article_id FROM report_article WHERE report_id = ? ORDER BY article_id
                """), arguments: [id])
            reports.append(CrossReference.Report(
                id: id, reporter: row[0], reportedOn: row[1], cited: cited, primaryArticle: primary,
                relayedBy: relays.filter { $0 != primary }, claims: claims))
        }
        // Undated reports were read first; they come last.
        let undated = reports.prefix { $0.reportedOn == nil }
        return (Array(reports.dropFirst(undated.count)) + undated, omitted)
    }

    /// Links whose two claims are both in `claims`, in the order of their first claim.
    static func links(_ db: Database, among claims: Set<Int64>, explain: Bool) throws -> [CrossReference.Link] {
        var links: [CrossReference.Link] = []
        let statement = try db.cachedStatement(sql: "SELECT claim_b, relation, score, method FROM claim_link WHERE claim_a = ? ORDER BY claim_b")
        for a in claims.sorted() {
            let rows = try Row.fetchCursor(statement, arguments: [a])
            while let row = try rows.next() {
                let b: Int64 = row[0]
                guard claims.contains(b), let relation = LinkRelation(rawValue: row[1]) else { continue }
                links.append(CrossReference.Link(relation: relation, a: a, b: b, score: row[2], method: row[3]))
            }
        }
        if explain {
            var weights = TermWeights(db: db)
            try weights.load()
            for index in links.indices {
                links[index].explanation = try explanation(db, links[index].a, links[index].b, weights: &weights)
            }
        }
        return links
    }

    /// Why `a` and `b` were linked, as the matcher sees them now.
    static func explanation(_ db: Database, _ a: Int64, _ b: Int64, weights: inout TermWeights) throws -> CrossReference.Explanation? {
        guard let x = try ClaimLinker.loadFacts(db, claim: a), let y = try ClaimLinker.loadFacts(db, claim: b) else { return nil }
        try weights.lookUp(x.terms.union(y.terms))
        let known = weights.known
        let matcher = ClaimMatcher(windowDays: .max, threshold: 0, minimumSharedTerms: 1)
        guard let match = matcher.match(x, y, weight: { known[$0] ?? 1 }) else { return nil }
        let names = try match.sharedEntities.map {
            try String.fetchOne(db, sql: "SELECT name FROM entity WHERE id = ?", arguments: [$0]) ?? "#\($0)"
        }
        return CrossReference.Explanation(
            sharedTerms: match.sharedTerms, sharedEntities: names,
            polarities: [match.polarities.0.rawValue, match.polarities.1.rawValue],
            negations: match.negations, daysApart: match.daysApart)
    }

    /// Who a report is by, as one key: reports with the same key share a reporter.
    static func reporterKey(_ db: Database, report: Int64) throws -> String {
        let key = try String.fetchOne(db.cachedStatement(sql: "SELECT key FROM report WHERE id = ?"), arguments: [report]) ?? ""
        return String(key[..<(key.lastIndex(of: "|") ?? key.endIndex)])
    }
}
