import DossierExtraction

/// A deterministic stream of wire-style English articles (400–700 words) about an invented
/// world: the same seed gives the same articles, byte for byte.
public struct ArticleGenerator: Sendable {
    public let universe: NameUniverse
    private var random: SeededRandom
    private var count = 0
    private let companyRanks: ZipfSampler
    private let outletRanks: ZipfSampler
    private let personRanks: ZipfSampler
    private let placeRanks: ZipfSampler
    /// Articles are dated from this day on, over five years.
    private let firstDay = SimpleDate(year: 2021, month: 1, day: 1)!.dayNumber

    public static let wordRange = 400...700

    public init(seed: UInt64, universe: NameUniverse = .standard) {
        self.universe = universe
        random = SeededRandom(seed: seed)
        companyRanks = ZipfSampler(count: universe.companies.count, exponent: 1.0)
        outletRanks = ZipfSampler(count: universe.outlets.count, exponent: 0.9)
        personRanks = ZipfSampler(count: universe.people.count, exponent: 0.8)
        placeRanks = ZipfSampler(count: universe.places.count, exponent: 1.0)
    }

    public mutating func next() -> GeneratedArticle {
        count += 1
        let published = SimpleDate(dayNumber: firstDay + Int.random(in: 0..<1826, using: &random))
        let outlet = universe.outlets[outletRanks.sample(using: &random)]
        var draft = ArticleDraft(
            random: SeededRandom(seed: random.next()),
            published: published,
            outlet: outlet,
            companies: distinct(4, from: universe.companies, ranks: companyRanks),
            outlets: distinct(3, from: universe.outlets, ranks: outletRanks, excluding: outlet),
            people: distinct(3, from: universe.people, ranks: personRanks),
            places: distinct(3, from: universe.places, ranks: placeRanks),
            government: random.pick(universe.governments)
        )
        // The longest sentence is under 60 words, so stopping at the first sentence past
        // the target keeps every article inside the range.
        draft.write(words: Int.random(in: 430...630, using: &random))
        let builder = draft.builder
        let id = "gen-" + String(count).leftPadded(to: 7)
        let truth = Extraction(
            document: DocumentInfo(title: title(draft), outlet: outlet.name, published: published, url: url(id, outlet, published)),
            sentences: builder.sentences, entities: builder.entities, mentions: builder.mentions, claims: builder.claims
        )
        return GeneratedArticle(
            id: id, text: builder.text, title: truth.document.title!, outlet: outlet.name,
            published: published.description, url: truth.document.url!, wordCount: builder.wordCount, truth: truth
        )
    }

    private mutating func distinct(_ count: Int, from entities: [WorldEntity], ranks: ZipfSampler, excluding: WorldEntity? = nil) -> [WorldEntity] {
        var chosen: [WorldEntity] = []
        while chosen.count < count {
            let entity = entities[ranks.sample(using: &random)]
            if entity != excluding, !chosen.contains(entity) { chosen.append(entity) }
        }
        return chosen
    }

    private mutating func title(_ draft: ArticleDraft) -> String {
        let subject = draft.companies[0].name
        let other = draft.companies[1].name
        let place = draft.places[0].name
        return random.pick([
            "\(subject) in talks to buy stake in \(other)", "\(subject) plans new plant in \(place)",
            "\(subject) denies report of deal with \(other)", "\(subject) shares jump on \(other) tie-up report",
            "\(subject) weighs listing of unit in \(place)", "Regulator reviews \(subject) bid for \(other)",
        ])
    }

    private func url(_ id: String, _ outlet: WorldEntity, _ published: SimpleDate) -> String {
        let host = outlet.name.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: "-")
        return "https://\(host).example/\(published.description.replacingOccurrences(of: "-", with: "/"))/\(id)"
    }
}
