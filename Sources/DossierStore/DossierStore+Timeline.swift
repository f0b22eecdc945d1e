import DossierExtraction

extension DossierStore {
    /// Streams the claims about an entity in the order of the accounts they come from (not
    /// of the articles relaying them): who reported each proposition first, how many days
    /// after the first each later report came, and how many days each relay took.
    public func timeline<S: RowSink>(entity name: String, since: String? = nil, until: String? = nil, into sink: inout S) throws {
        let xref = try crossReference(entity: name, since: since, until: until)
        let articles = Dictionary(uniqueKeysWithValues: xref.articles.map { ($0.id, $0) })
        let dates = Dictionary(uniqueKeysWithValues: xref.reports.map { ($0.id, $0.reportedOn.flatMap(SimpleDate.init(iso:))) })
        var firstDay: [Int64: SimpleDate] = [:]
        for proposition in xref.propositions where proposition.reports.count > 1 {
            guard let first = proposition.reports.compactMap({ dates[$0] ?? nil }).min() else { continue }
            for claim in proposition.claims { firstDay[claim] = first }
        }
        try sink.begin(columns: [
            "reported_on", "reporter", "first", "days_after_first", "stance", "claim_id", "text",
            "article_id", "relayed_in", "published", "days_later",
        ])
        for report in xref.reports {
            let day = dates[report.id] ?? nil
            for claim in report.claims {
                let article = articles[claim.article]
                let published = article?.published.flatMap(SimpleDate.init(iso:))
                let first = firstDay[claim.id]
                let afterFirst = first.flatMap { f in day.map { $0.dayNumber - f.dayNumber } }
                try sink.row([
                    report.reportedOn.map(Cell.text) ?? .null, .text(report.reporter),
                    afterFirst == 0 ? .text("first") : .null, afterFirst.map { .integer(Int64($0)) } ?? .null,
                    .text(claim.stance), .integer(claim.id), .text(claim.text), .integer(claim.article),
                    article?.outlet.map(Cell.text) ?? .null, article?.published.map(Cell.text) ?? .null,
                    published.flatMap { p in day.map { .integer(Int64(p.dayNumber - $0.dayNumber)) } } ?? .null,
                ])
            }
        }
        try sink.end()
    }
}
