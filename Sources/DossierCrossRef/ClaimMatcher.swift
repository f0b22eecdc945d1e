/// Decides whether two claims state the same proposition and, if so, how they relate.
///
/// Deterministic and explainable: the score comes from the terms and entities the claims
/// share, and every `ClaimMatch` carries them.
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
    public func match(_ a: ClaimFacts, _ b: ClaimFacts) -> ClaimMatch? {
        guard a.id != b.id, a.articleID != b.articleID || a.reportID != b.reportID else { return nil }
        var daysApart: Int?
        if let dayA = a.accountDay, let dayB = b.accountDay {
            daysApart = abs(dayA.dayNumber - dayB.dayNumber)
            if daysApart! > windowDays { return nil }
        }
        let termsA = a.proposition.terms, termsB = b.proposition.terms
        let sharedTerms = termsA.intersection(termsB)
        guard sharedTerms.count >= minimumSharedTerms else { return nil }
        let jaccard = Double(sharedTerms.count) / Double(termsA.union(termsB).count)
        let containment = Double(sharedTerms.count) / Double(min(termsA.count, termsB.count))
        let sharedEntities = a.entities.intersection(b.entities)
        guard !sharedEntities.isEmpty || jaccard >= 0.8 else { return nil }
        guard Self.datesAreCompatible(a.dates, b.dates) else { return nil }
        let entityScore = sharedEntities.isEmpty ? 0 : Double(sharedEntities.count) / Double(min(a.entities.count, b.entities.count))
        let score = ((0.6 * (jaccard + containment) / 2 + 0.4 * entityScore) * 1000).rounded() / 1000
        guard score >= threshold else { return nil }

        let polarities = (a.proposition.polarity, b.proposition.polarity)
        let relation: LinkRelation
        let method: String
        if a.reportID == b.reportID {
            relation = .repeats
            method = "same-report"
        } else if polarities.0 != polarities.1 {
            guard polarities.0 != .pending, polarities.1 != .pending else { return nil }
            relation = .contradicts
            method = "terms+entities+negation"
        } else if jaccard >= 0.9, sharedTerms.count >= 5 {
            relation = .repeats
            method = "near-identical"
        } else {
            relation = .corroborates
            method = "terms+entities"
        }
        return ClaimMatch(
            relation: relation, score: score, method: method, sharedTerms: sharedTerms.sorted(),
            sharedEntities: sharedEntities.sorted(), polarities: polarities, daysApart: daysApart)
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
    public var sharedTerms: [String]
    public var sharedEntities: [Int64]
    public var polarities: (Polarity, Polarity)
    /// Days between the two accounts, when both are dated.
    public var daysApart: Int?

    public static func == (x: ClaimMatch, y: ClaimMatch) -> Bool {
        x.relation == y.relation && x.score == y.score && x.method == y.method && x.sharedTerms == y.sharedTerms
            && x.sharedEntities == y.sharedEntities && x.polarities == y.polarities && x.daysApart == y.daysApart
    }
}
