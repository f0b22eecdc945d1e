/// Decides whether two claims state the same proposition and, if so, how they relate.
///
/// Deterministic and explainable: the score comes from the terms (weighted by how rare they
/// are), entities and dates the claims share, clause by clause, and every `ClaimMatch`
/// carries them.
public struct ClaimMatcher: Sendable {
    /// Accounts further apart than this are never linked.
    public var windowDays: Int
    /// Below this score two claims are not the same proposition.
    public var threshold: Double
    /// Fewer shared terms than this is a coincidence of vocabulary, not a proposition.
    public var minimumSharedTerms: Int

    public init(windowDays: Int = 365, threshold: Double = 0.55, minimumSharedTerms: Int = 2) {
        self.windowDays = windowDays
        self.threshold = threshold
        self.minimumSharedTerms = minimumSharedTerms
    }

    /// How `a` and `b` relate, or nil when they are not about the same thing.
    /// - Parameter weight: how telling a term is (rare terms more than common ones); 1 for all by default.
    public func match(_ a: ClaimFacts, _ b: ClaimFacts, weight: (String) -> Double = { _ in 1 }) -> ClaimMatch? {
        guard a.id != b.id, a.articleID != b.articleID || a.reportID != b.reportID else { return nil }
        var daysApart: Int?
        if let dayA = a.accountDay, let dayB = b.accountDay {
            daysApart = abs(dayA.dayNumber - dayB.dayNumber)
            if daysApart! > windowDays { return nil }
        }
        guard Self.datesAreCompatible(a.dates, b.dates) else { return nil }
        let sameReport = a.reportID == b.reportID
        let sharedEntities = a.entities.intersection(b.entities)
        var entityScore = sharedEntities.isEmpty ? 0 : Double(sharedEntities.count) / Double(a.entities.union(b.entities).count)
        // Two relays of one account are about the same thing even when they name it differently.
        if sameReport { entityScore = max(entityScore, 0.5) }
        // A date both name, or the same news cycle, is evidence of the same event.
        let dateBonus = (a.dates.isEmpty || b.dates.isEmpty ? 0 : 0.1) + (daysApart.map { $0 <= 7 ? 0.05 : 0 } ?? 0)

        var best: (score: Double, x: Proposition, y: Proposition, shared: Set<String>, jaccard: Double)?
        for x in a.clauses {
            for y in b.clauses {
                let shared = x.terms.intersection(y.terms)
                guard shared.count >= minimumSharedTerms else { continue }
                let sharedWeight = shared.reduce(0) { $0 + weight($1) }
                let weightX = x.terms.reduce(0) { $0 + weight($1) }, weightY = y.terms.reduce(0) { $0 + weight($1) }
                let unionWeight = weightX + weightY - sharedWeight
                guard sharedWeight > 0, unionWeight > 0 else { continue }
                let jaccard = sharedWeight / unionWeight
                // Without a common entity, only a copy of the text is the same proposition.
                guard sameReport || !sharedEntities.isEmpty || Self.isNearIdentical(jaccard, shared) else { continue }
                let containment = sharedWeight / min(weightX, weightY)
                let score = min(1, ((0.5 * jaccard + 0.25 * containment + 0.25 * entityScore + dateBonus) * 1000).rounded() / 1000)
                if score > (best?.score ?? -1) { best = (score, x, y, shared, jaccard) }
            }
        }
        guard let best, best.score >= threshold else { return nil }

        let polarities = (best.x.polarity, best.y.polarity)
        let relation: LinkRelation
        let method: String
        if polarities.0 != polarities.1 {
            guard !sameReport, polarities.0 != .pending, polarities.1 != .pending else { return nil }
            relation = .contradicts
            method = "terms+entities+negation"
        } else if sameReport {
            relation = .repeats
            method = "same-report"
        } else if Self.isNearIdentical(best.jaccard, best.shared) {
            relation = .repeats
            method = "near-identical"
        } else {
            relation = .corroborates
            method = "terms+entities"
        }
        return ClaimMatch(
            relation: relation, score: best.score, method: method, sharedTerms: best.shared.sorted(),
            sharedEntities: sharedEntities.sorted(), polarities: polarities,
            negations: best.x.negations + best.y.negations, daysApart: daysApart)
    }

    static func isNearIdentical(_ jaccard: Double, _ shared: Set<String>) -> Bool {
        jaccard >= 0.9 && shared.count >= 5
    }

    /// Two claims that both name dates must share one, at the precision of the coarser.
    static func datesAreCompatible(_ a: [String], _ b: [String]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return true }
        return a.contains { x in b.contains { y in x.hasPrefix(y) || y.hasPrefix(x) } }
    }
}

/// Why two claims were linked: the relation, its score, and what the claims share.
public struct ClaimMatch: Sendable, Equatable {
    public var relation: LinkRelation
    /// 0...1, rounded to three decimals.
    public var score: Double
    /// How the relation was decided: `same-report`, `near-identical`, `terms+entities`,
    /// `terms+entities+negation`.
    public var method: String
    /// The terms of the two best-matching clauses have in common.
    public var sharedTerms: [String]
    public var sharedEntities: [Int64]
    /// Polarity of the best-matching clause of each claim.
    public var polarities: (Polarity, Polarity)
    /// The negation words of those clauses.
    public var negations: [String]
    /// Days between the two accounts, when both are dated.
    public var daysApart: Int?

    public static func == (x: ClaimMatch, y: ClaimMatch) -> Bool {
        x.relation == y.relation && x.score == y.score && x.method == y.method && x.sharedTerms == y.sharedTerms
            && x.sharedEntities == y.sharedEntities && x.polarities == y.polarities && x.negations == y.negations
            && x.daysApart == y.daysApart
    }
}
