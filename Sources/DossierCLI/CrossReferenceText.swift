import DossierStore

/// `dossier xref` for people: one block per report, then contradictions and corroborations,
/// every line clipped to the terminal so the whole fits on a screen.
struct CrossReferenceText {
    let xref: CrossReference
    let width: Int
    private let articles: [Int64: CrossReference.Article]
    private let claims: [Int64: (claim: CrossReference.Claim, report: CrossReference.Report)]

    init(_ xref: CrossReference, width: Int) {
        self.xref = xref
        self.width = max(width, 40)
        articles = Dictionary(uniqueKeysWithValues: xref.articles.map { ($0.id, $0) })
        var claims: [Int64: (CrossReference.Claim, CrossReference.Report)] = [:]
        for report in xref.reports { for claim in report.claims { claims[claim.id] = (claim, report) } }
        self.claims = claims
    }

    func render() -> String {
        var lines: [String] = []
        let contradictions = xref.links.filter { $0.relation == .contradicts }
        let corroborated = xref.propositions.filter { $0.reports.count > 1 }
        lines.append("\(xref.entity): \(count(xref.reports.count, "report")), "
            + "\(count(contradictions.count, "contradiction")), \(count(corroborated.count, "corroborated proposition", "corroborated propositions"))")
        for report in xref.reports {
            lines.append("")
            var head = "\(report.reportedOn ?? "undated")  \(report.reporter)"
            if !report.cited.isEmpty { head += ", citing " + report.cited.joined(separator: "; ") }
            lines.append(head)
            let primary = report.primaryArticle.map { "primary " + article($0) } ?? "known only second-hand"
            let relays = report.relayedBy.map(article)
            lines.append("    " + primary + (relays.isEmpty ? "" : "; relayed by " + relays.joined(separator: ", ")))
            for claim in report.claims {
                lines.append("    c\(claim.id) \(pad(claim.stance, 8)) \(claim.text)")
            }
        }
        if !contradictions.isEmpty {
            lines.append("")
            lines.append("Contradictions")
            for link in contradictions {
                lines.append("  " + describe(link.a))
                lines.append("  ✗ " + describe(link.b))
                lines.append("    score \(link.score), \(link.method)")
                if let why = link.explanation { lines.append("    why: " + explain(why)) }
            }
        }
        if !corroborated.isEmpty {
            lines.append("")
            lines.append("Corroborations")
            for proposition in corroborated {
                let reports = proposition.reports.compactMap { id in xref.reports.first { $0.id == id } }
                let names = reports.map { "\($0.reporter) \($0.reportedOn ?? "undated")" }
                lines.append("  \(count(proposition.independentReports, "independent report")): \(names.joined(separator: ", "))")
                for claim in proposition.claims { lines.append("    " + describe(claim)) }
                for link in xref.links where link.relation != .contradicts && proposition.claims.contains(link.a) {
                    guard let why = link.explanation else { continue }
                    lines.append("    c\(link.a)–c\(link.b) \(link.relation.rawValue) \(link.score): " + explain(why))
                }
            }
        }
        return lines.map(clip).joined(separator: "\n") + "\n"
    }

    private func describe(_ claim: Int64) -> String {
        guard let (claim, report) = claims[claim] else { return "c\(claim)" }
        return "c\(claim.id) \(report.reporter) \(report.reportedOn ?? "undated") \(claim.stance): \(claim.text)"
    }

    private func article(_ id: Int64) -> String {
        guard let article = articles[id] else { return "#\(id)" }
        return "#\(id) " + [article.outlet, article.published].compactMap { $0 }.joined(separator: " ")
    }

    private func explain(_ why: CrossReference.Explanation) -> String {
        var parts = ["shared terms " + why.sharedTerms.joined(separator: ", ")]
        if !why.sharedEntities.isEmpty { parts.append("entities " + why.sharedEntities.joined(separator: ", ")) }
        var polarity = "polarity " + why.polarities.joined(separator: " vs ")
        if !why.negations.isEmpty { polarity += " (" + why.negations.joined(separator: ", ") + ")" }
        parts.append(polarity)
        if let days = why.daysApart { parts.append("\(days) days apart") }
        return parts.joined(separator: "; ")
    }

    private func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func clip(_ line: String) -> String {
        line.count <= width ? line : String(line.prefix(width - 1)) + "…"
    }
}
