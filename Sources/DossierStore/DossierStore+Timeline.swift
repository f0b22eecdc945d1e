import DossierCrossRef
import DossierExtraction

extension DossierStore {
    /// Streams the claims about an entity in the order of the accounts they come from (not
    /// of the articles relaying them). `first` marks, among reports linked on the same
    /// matter (agreeing or not), the one that came first, and how many days later each other
    /// came; `days_later` is how long each relaying article took after the account. Takes the
    /// latest `limit` reports (all when nil), as `crossReference` does.
    /// - Returns: how many reports in the date range were left out by the limit.
    @discardableResult
    public func timeline<S: RowSink>(
        entity name: String, since: String? = nil, until: String? = nil, limit: Int? = CrossReference.defaultLimit, into sink: inout S
    ) throws -> Int {
        let xref = try crossReference(entity: name, since: since, until: until, limit: limit)
        let articles = Dictionary(uniqueKeysWithValues: xref.articles.map { ($0.id, $0) })
        let dates = Dictionary(uniqueKeysWithValues: xref.reports.map { ($0.id, $0.reportedOn.flatMap(SimpleDate.init(iso:))) })
        var reportOf: [Int64: Int64] = [:]
        for report in xref.reports { for claim in report.claims { reportOf[claim.id] = report.id } }
        let matters = PropositionGroups(
            links: xref.links.map { ($0.a, $0.b, $0.relation == .contradicts ? .corroborates : $0.relation, $0.score) },
            reportOf: reportOf, reporterOf: Dictionary(uniqueKeysWithValues: xref.reports.map { ($0.id, $0.reporter) }))
        var firstDay: [Int64: SimpleDate] = [:]
        for matter in matters.groups where matter.reports.count > 1 {
            guard let first = matter.reports.compactMap({ dates[$0] ?? nil }).min() else { continue }
            for claim in matter.claims { firstDay[claim] = first }
        }
        try sink.begin(columns: ["reported_on", "reporter", "first", "stance", "claim_id", "text", "relayed_in", "days_later"])
        for report in xref.reports {
            let day = dates[report.id] ?? nil
            for claim in report.claims {
                let article = articles[claim.article]
                let published = article?.published.flatMap(SimpleDate.init(iso:))
                var first = Cell.null
                if let firstDay = firstDay[claim.id], let day {
                    let after = day.dayNumber - firstDay.dayNumber
                    first = .text(after == 0 ? "first" : "+\(after) days")
                }
                try sink.row([
                    report.reportedOn.map(Cell.text) ?? .null, .text(report.reporter), first, .text(claim.stance),
                    .integer(claim.id), .text(claim.text),
                    .text(article.map { "\($0.outlet ?? "?") #\($0.id)" } ?? "#\(claim.article)"),
                    published.flatMap { p in day.map { .integer(Int64(p.dayNumber - $0.dayNumber)) } } ?? .null,
                ])
            }
        }
        try sink.end()
        return xref.omittedReports
    }
}
