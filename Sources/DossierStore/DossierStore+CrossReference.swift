import DossierCrossRef
import GRDB

extension DossierStore {
    /// The reports about an entity, in the order of their own dates, with their claims about
    /// it, the links between those claims, and the propositions they back.
    /// - Parameters:
    ///   - since, until: keep reports dated within these bounds (ISO 8601 prefixes, inclusive).
    ///   - explain: recompute why each link was made.
    public func crossReference(entity name: String, since: String? = nil, until: String? = nil, explain: Bool = false) throws -> CrossReference {
        try read { db in
            guard let entityID = try Self.entityID(db, name: name) else { throw StoreError.unknownEntity(name) }
            let entityName = try String.fetchOne(db, sql: "SELECT name FROM entity WHERE id = ?", arguments: [entityID]) ?? name
            let reports = try Self.reports(db, entity: entityID, since: since, until: until)
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
            return CrossReference(entity: entityName, reports: reports, links: links, propositions: propositions, articles: articles)
        }
    }

    /// Reports with at least one claim about the entity, oldest account first; undated last.
    static func reports(_ db: Database, entity: Int64, since: String?, until: String?) throws -> [CrossReference.Report] {
        var reports: [Int64: CrossReference.Report] = [:]
        var order: [Int64] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT r.id, r.reporter, r.reported_on, r.primary_article_id, c.id, c.text, c.stance, c.article_id
            FROM claim_entity ce
            JOIN attribution at ON at.claim_id = ce.claim_id
            JOIN report r ON r.id = at.report_id
            JOIN claim c ON c.id = ce.claim_id
            WHERE ce.entity_id = ?1
              AND (?2 IS NULL OR r.reported_on >= ?2) AND (?3 IS NULL OR r.reported_on <= ?3)
            ORDER BY r.reported_on IS NULL, r.reported_on, r.id, c.id
            """, arguments: [entity, since, until.map { $0 + "\u{10FFFF}" }])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if reports[id] == nil {
                order.append(id)
                reports[id] = CrossReference.Report(
                    id: id, reporter: row[1], reportedOn: row[2], cited: [], primaryArticle: row[3], relayedBy: [], claims: [])
            }
            reports[id]!.claims.append(CrossReference.Claim(id: row[4], text: row[5], stance: row[6], article: row[7]))
        }
        // One query each for every report's sources and relays, not one per report.
        let ofEntity = "SELECT at2.report_id FROM claim_entity ce JOIN attribution at2 ON at2.claim_id = ce.claim_id WHERE ce.entity_id = ?"
        let cited = try Row.fetchCursor(db, sql: """
            SELECT report_id, cited FROM attribution
            WHERE report_id IN (\(ofEntity)) AND cited IS NOT NULL
            GROUP BY report_id, cited ORDER BY report_id, min(claim_id)
            """, arguments: [entity])
        while let row = try cited.next() { reports[row[0]]?.cited.append(row[1]) }
        let relays = try Row.fetchCursor(db, sql: """
            SELECT DISTINCT at.report_id, c.article_id FROM attribution at JOIN claim c ON c.id = at.claim_id
            WHERE at.report_id IN (\(ofEntity)) ORDER BY at.report_id, c.article_id
            """, arguments: [entity])
        while let row = try relays.next() {
            let id: Int64 = row[0], article: Int64 = row[1]
            if let report = reports[id], report.primaryArticle != article { reports[id]!.relayedBy.append(article) }
        }
        return order.map { reports[$0]! }
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
