import DossierStore

/// `dossier xref` for people: one block per report, then the contradictions and the
/// corroborations report by report, every line clipped to the terminal so that the whole
/// fits on a screen. `repeats` of a claim within its report are folded into one line.
struct CrossReferenceText {
    let xref: CrossReference
    /// Says how many reports were left out and how to see them, under the first line.
    let omissionNote: String?
    let width: Int
    private let articles: [Int64: CrossReference.Article]
    private let claims: [Int64: (claim: CrossReference.Claim, report: CrossReference.Report)]
    /// Claim pairs (lower id first) linked by `repeats`.
    private let repeats: Set<[Int64]>

    init(_ xref: CrossReference, omissionNote: String? = nil, width: Int) {
        self.xref = xref
        self.omissionNote = omissionNote
        self.width = max(width, 40)
        articles = Dictionary(uniqueKeysWithValues: xref.articles.map { ($0.id, $0) })
        var claims: [Int64: (CrossReference.Claim, CrossReference.Report)] = [:]
        for report in xref.reports { for claim in report.claims { claims[claim.id] = (claim, report) } }
        self.claims = claims
        repeats = Set(xref.links.filter { $0.relation == .repeats }.map { [min($0.a, $0.b), max($0.a, $0.b)] })
    }

    func render() -> String {
        let contradictions = pairsOfReports(xref.links.filter { $0.relation == .contradicts })
        let corroborated = xref.propositions.filter { $0.reports.count > 1 }
        let reports = xref.omittedReports > 0
            ? "the latest \(xref.reports.count) of \(xref.reports.count + xref.omittedReports) reports" : count(xref.reports.count, "report")
        var lines = ["\(xref.entity): \(reports), "
            + "\(count(contradictions.count, "contradiction")), \(count(corroborated.count, "corroborated proposition"))"]
        if let omissionNote { lines.append(omissionNote) }
        lines.append("")
        for report in xref.reports { lines += block(report) }
        if !contradictions.isEmpty {
            lines += ["", "Contradictions"]
            for links in contradictions {
                let best = links[0]
                let (a, b) = (claims[best.a]!, claims[best.b]!)
                let more = links.count > 1 ? ", \(count(links.count, "claim pair"))" : ""
                lines.append("  \(name(a.report)) ✗ \(name(b.report))  (score \(best.score)\(more))")
                lines.append("    c\(a.claim.id) \(a.claim.stance): \(a.claim.text)")
                lines.append("    c\(b.claim.id) \(b.claim.stance): \(b.claim.text)")
                for link in links where link.explanation != nil { lines.append("    " + explain(link)) }
            }
        }
        if !corroborated.isEmpty {
            lines += ["", "Corroborations"]
            for proposition in corroborated {
                let reports = proposition.reports.compactMap { id in xref.reports.first { $0.id == id } }
                lines.append("  \(count(proposition.independentReports, "independent report")) of \(reports.count): "
                    + reports.map(name).joined(separator: ", "))
                for report in reports {
                    guard let claim = report.claims.first(where: { proposition.claims.contains($0.id) }) else { continue }
                    lines.append("    c\(claim.id) \(report.reporter) \(claim.stance): \(claim.text)")
                }
                for link in xref.links where link.explanation != nil && proposition.claims.contains(link.a) && proposition.claims.contains(link.b) {
                    lines.append("    " + explain(link))
                }
            }
        }
        return lines.map(clip).joined(separator: "\n") + "\n"
    }

    /// A report's heading, its sources, and its claims, relays of one claim folded together.
    private func block(_ report: CrossReference.Report) -> [String] {
        var head = "\(report.reportedOn ?? "undated")  \(report.reporter)"
        if !report.cited.isEmpty { head += ", citing " + report.cited.joined(separator: "; ") }
        let primary = report.primaryArticle.map { "primary " + article($0) } ?? "known only second-hand"
        let relays = report.relayedBy.map(article)
        var lines = [head, "    " + primary + (relays.isEmpty ? "" : "; relayed by " + relays.joined(separator: ", "))]
        var folded: [Int64: Int] = [:]
        var shown: [Int64] = []
        for claim in report.claims {
            let original = shown.first { repeats.contains([min($0, claim.id), max($0, claim.id)]) }
            if let original { folded[original, default: 0] += 1 } else { shown.append(claim.id) }
        }
        for id in shown {
            let claim = claims[id]!.claim
            let relays = folded[id].map { "  (+\($0) relayed)" } ?? ""
            lines.append("    c\(claim.id) \(pad(claim.stance, 8)) \(claim.text)\(relays)")
        }
        return lines
    }

    /// Links grouped by the pair of reports they join, best score first in each group.
    private func pairsOfReports(_ links: [CrossReference.Link]) -> [[CrossReference.Link]] {
        var groups: [[Int64]: [CrossReference.Link]] = [:]
        var order: [[Int64]] = []
        for link in links {
            guard let a = claims[link.a]?.report.id, let b = claims[link.b]?.report.id else { continue }
            let key = [min(a, b), max(a, b)]
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(link)
        }
        return order.map { key in groups[key]!.sorted { ($0.score, $1.a) > ($1.score, $0.a) } }
    }

    private func name(_ report: CrossReference.Report) -> String { "\(report.reporter) \(report.reportedOn ?? "undated")" }

    private func article(_ id: Int64) -> String {
        guard let article = articles[id] else { return "#\(id)" }
        return "#\(id) " + [article.outlet, article.published].compactMap { $0 }.joined(separator: " ")
    }

    private func explain(_ link: CrossReference.Link) -> String {
        guard let why = link.explanation else { return "" }
        var parts = ["c\(link.a)–c\(link.b) \(link.relation.rawValue) \(link.score) (\(link.method)): shared " + why.sharedTerms.joined(separator: ", ")]
        if !why.sharedEntities.isEmpty { parts.append(why.sharedEntities.joined(separator: ", ")) }
        var polarity = why.polarities.joined(separator: " vs ")
        if !why.negations.isEmpty { polarity += " (" + why.negations.joined(separator: ", ") + ")" }
        parts.append(polarity)
        if let days = why.daysApart { parts.append("\(days) days apart") }
        return parts.joined(separator: "; ")
    }

    private func count(_ n: Int, _ singular: String) -> String {
        "\(n) " + (n == 1 ? singular : singular + "s")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func clip(_ line: String) -> String {
        line.count <= width ? line : String(line.prefix(width - 1)) + "…"
    }
}
