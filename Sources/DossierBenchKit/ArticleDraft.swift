import DossierExtraction

/// One article being written: its cast of entities, its date and outlet, and the sentence
/// templates that make wire copy, each shape of attribution among them.
struct ArticleDraft {
    var random: SeededRandom
    var builder = ArticleBuilder()
    let published: SimpleDate
    let outlet: WorldEntity
    let companies: [WorldEntity]
    let outlets: [WorldEntity]
    let people: [WorldEntity]
    let places: [WorldEntity]
    let government: WorldEntity
    /// The last account that cited sources, for `the people said` and `the report said`.
    private var lastAccount: Attribution?
    /// The company the sentence being written is about, never its own object.
    private var subject: WorldEntity?

    init(random: SeededRandom, published: SimpleDate, outlet: WorldEntity, companies: [WorldEntity], outlets: [WorldEntity],
         people: [WorldEntity], places: [WorldEntity], government: WorldEntity) {
        self.random = random
        self.published = published
        self.outlet = outlet
        self.companies = companies
        self.outlets = outlets
        self.people = people
        self.places = places
        self.government = government
    }

    /// Writes sentences until the article has at least `words` words.
    mutating func write(words: Int) {
        dateline()
        attributedSentence()
        while builder.wordCount < words {
            builder.space(paragraph: random.chance(0.45))
            if random.chance(0.72) { attributedSentence() } else { backgroundSentence() }
        }
    }

    // MARK: - Sentences

    private mutating func dateline() {
        builder.mention(places[0])
        builder.append(", \(Words.months[published.month - 1]) \(published.day) (")
        builder.mention(outlet)
        builder.append(") - ")
    }

    private mutating func attributedSentence() {
        switch Int.random(in: 0..<16, using: &random) {
        case 0, 1: reporterSaid(citing: nil)
        case 2: reporterSaid(citing: (random.pick(Words.anonymousSources), .anonymous))
        case 3: reporterSaid(citing: (random.pick(Words.documents), .document))
        case 4: accordingTo()
        case 5: citedAsSaying()
        case 6: onDateReported()
        case 7: separateReport()
        case 8: quote()
        case 9: spokespersonTold()
        case 10: companyAnnounced()
        case 11: backReference()
        case 12: governmentNotice()
        case 13: reportedly()
        case 14: reporterSaidCitingPerson()
        default: analystSaid()
        }
    }

    /// `Korex Motors could build a plant in Velmora, Harbor Wire reported on Tuesday, citing industry sources.`
    private mutating func reporterSaid(citing cited: (String, CitedKind)?) {
        builder.beginClaim()
        let (stance, hedges) = companyPredicate(company(), past: false)
        builder.endClaim()
        builder.append(", ")
        let reporter = pickOutlet()
        let source = builder.mention(reporter).span
        builder.append(" ")
        let cue = writeCue(random.pick(["said", "reported"]))
        let on = timePhrase()
        if let (text, _) = cited { builder.append(", citing \(text)") }
        finish(stance, hedges, reporter: reporter, source: source, cue: cue, cited: cited, on: on)
    }

    /// `Korex Motors may cut jobs, Harbor Wire said, citing Korex Motors chairman Anna Brandt.`
    private mutating func reporterSaidCitingPerson() {
        let firm = company()
        builder.beginClaim()
        let (stance, hedges) = companyPredicate(firm, past: false)
        builder.endClaim()
        builder.append(", ")
        let reporter = pickOutlet()
        let source = builder.mention(reporter).span
        builder.append(" ")
        let cue = writeCue("said")
        builder.append(", citing ")
        name(firm, ticker: false)
        let role = random.pick(Words.roles)
        let person = random.pick(people)
        builder.append(" \(role) ")
        builder.mention(person)
        finish(stance, hedges, reporter: reporter, source: source, cue: cue, cited: ("\(role) \(person.name)", .named), on: published.description)
    }

    /// `According to the Meridian Ledger, Korex Motors is in talks to acquire a stake in Vanora Group.`
    private mutating func accordingTo() {
        let cue = writeCue("According to")
        builder.append(" ")
        let reporter = pickOutlet()
        let source = builder.mention(reporter).span
        builder.append(", ")
        builder.beginClaim()
        let (stance, hedges) = companyPredicate(company(), past: false)
        builder.endClaim()
        finish(stance, hedges, reporter: reporter, source: source, cue: cue, cited: nil, on: published.description)
    }

    /// `Harbor Wire cited two people familiar with the matter as saying that Korex Motors may ...`
    private mutating func citedAsSaying() {
        let reporter = pickOutlet()
        let source = builder.mention(reporter).span
        builder.append(" ")
        let cue = writeCue("cited")
        let cited = random.pick(Words.anonymousSources)
        builder.append(" \(cited) as saying that ")
        builder.beginClaim()
        let (stance, hedges) = companyPredicate(company(), past: false)
        builder.endClaim()
        finish(stance, hedges, reporter: reporter, source: source, cue: cue, cited: (cited, .anonymous), on: published.description)
    }

    /// `On March 3, 2024, Harbor Wire reported that Korex Motors had signed ...`
    private mutating func onDateReported() {
        let day = SimpleDate(dayNumber: published.dayNumber - Int.random(in: 2...400, using: &random))
        builder.append("On \(Self.spelled(day, withYear: true)), ")
        let reporter = pickOutlet()
        let source = builder.mention(reporter).span
        builder.append(" ")
        let cue = writeCue("reported")
        builder.append(" that ")
        builder.beginClaim()
        let (stance, hedges) = companyPredicate(company(), past: true)
        builder.endClaim()
        finish(stance, hedges, reporter: reporter, source: source, cue: cue, cited: nil, on: day.description)
    }

    /// `In a separate report on March 3, Harbor Wire said Korex Motors will not ...`
    private mutating func separateReport() {
        let day = SimpleDate(dayNumber: published.dayNumber - Int.random(in: 1...60, using: &random))
        builder.append("In a separate report on \(Self.spelled(day, withYear: day.year != published.year)), ")
        let reporter = pickOutlet()
        let source = builder.mention(reporter).span
        builder.append(" ")
        let cue = writeCue("said")
        builder.append(" ")
        builder.beginClaim()
        let (stance, hedges) = companyPredicate(company(), past: false)
        builder.endClaim()
        finish(stance, hedges, reporter: reporter, source: source, cue: cue, cited: nil, on: day.description)
    }

    /// `"We expect to build a new plant in Velmora," Anna Brandt, chief executive of Korex Motors, said.`
    private mutating func quote() {
        let firm = company()
        builder.append("\"")
        builder.beginClaim()
        let (modal, stance, hedges) = random.pick([
            ("We will", Stance.asserted, [String]()), ("We expect to", .hedged, ["expect"]),
            ("We may", .hedged, ["may"]), ("We have no intention to", .denied, ["no intention"]),
        ])
        builder.append(modal + " ")
        action(past: false, owner: "our")
        builder.endClaim()
        builder.append(",\" ")
        let speaker = random.pick(people)
        let source = name(speaker)
        builder.append(", \(random.pick(Words.roles)) of ")
        name(firm, ticker: false)
        builder.append(", ")
        let cue = writeCue("said")
        finish(stance, hedges, reporter: speaker, source: source, cue: cue, cited: nil, on: published.description)
    }

    /// `Anna Brandt, a spokesperson for Korex Motors, told Harbor Wire that the company ...`
    private mutating func spokespersonTold() {
        let speaker = random.pick(people)
        let source = name(speaker)
        builder.append(", a spokesperson for ")
        name(company(), ticker: false)
        builder.append(", ")
        let cue = writeCue("told")
        builder.append(" ")
        builder.mention(pickOutlet())
        builder.append(" that ")
        builder.beginClaim()
        builder.append("the company")
        let (stance, hedges) = predicate(past: false)
        builder.endClaim()
        finish(stance, hedges, reporter: speaker, source: source, cue: cue, cited: nil, on: published.description)
    }

    /// `Korex Motors (NYSE: KORA) announced on Monday that it ...`
    private mutating func companyAnnounced() {
        let firm = company()
        let source = name(firm)
        builder.append(" ")
        let cue = writeCue("announced")
        let on = timePhrase()
        builder.append(" that ")
        builder.beginClaim()
        builder.append("it")
        let (stance, hedges) = predicate(past: false)
        builder.endClaim()
        finish(stance, hedges, reporter: firm, source: source, cue: cue, cited: ("a company statement", .document), on: on)
    }

    /// `Korex Motors has also held talks with Vanora Group, the people said.`
    private mutating func backReference() {
        guard let account = lastAccount else { return reporterSaid(citing: (random.pick(Words.anonymousSources), .anonymous)) }
        builder.beginClaim()
        let (stance, hedges) = companyPredicate(company(), past: false)
        builder.endClaim()
        let anaphor = account.citedKind == .anonymous ? random.pick(["the people", "the sources"]) : "the report"
        builder.append(", \(anaphor) ")
        let cue = writeCue("said")
        var attribution = account
        attribution.cue = "said"
        attribution.cueSpan = cue.span
        attribution.sourceSpan = nil
        builder.endSentence(stance: stance, hedges: hedges, attribution: attribution)
    }

    /// `The Ministry of Industry said in a notice on Friday that Korex Motors ...`
    private mutating func governmentNotice() {
        builder.append("The ")
        let source = builder.mention(government).span
        builder.append(" ")
        let cue = writeCue("said")
        builder.append(" in a notice")
        let on = timePhrase()
        builder.append(" that ")
        builder.beginClaim()
        let (stance, hedges) = companyPredicate(company(), past: false)
        builder.endClaim()
        finish(stance, hedges, reporter: government, source: source, cue: cue, cited: ("a notice", .official), on: on)
    }

    /// `Korex Motors has reportedly signed a supply agreement with Vanora Group.` Unattributed: the outlet's own.
    private mutating func reportedly() {
        builder.beginClaim()
        name(company())
        builder.append(" has reportedly ")
        action(past: true, owner: "its")
        builder.endClaim()
        builder.endSentence(stance: .hedged, hedges: ["reportedly"], attribution: ownAttribution())
    }

    /// `Anna Brandt, an analyst at Granite Research, said Korex Motors is likely to ...`
    private mutating func analystSaid() {
        let analyst = random.pick(people)
        let source = name(analyst)
        builder.append(", an analyst at \(random.pick(Words.analystFirms)), ")
        let cue = writeCue("said")
        builder.append(" ")
        builder.beginClaim()
        let (stance, hedges) = companyPredicate(company(), past: false)
        builder.endClaim()
        finish(stance, hedges, reporter: analyst, source: source, cue: cue, cited: nil, on: published.description)
    }

    /// Facts the article states in its own voice.
    private mutating func backgroundSentence() {
        builder.beginClaim()
        let firm = company()
        switch Int.random(in: 0..<5, using: &random) {
        case 0:
            builder.append("Shares of ")
            name(firm)
            builder.append(" \(random.pick(["rose", "fell", "closed up", "closed down"])) \(Int.random(in: 1...9, using: &random)).\(Int.random(in: 0...9, using: &random)) percent in ")
            builder.mention(random.pick(places))
            builder.append(" trading on \(weekday(daysBefore: Int.random(in: 0...4, using: &random)))")
        case 1:
            name(firm)
            builder.append(", based in ")
            builder.mention(random.pick(places))
            builder.append(", employs about \(Int.random(in: 2...90, using: &random)),\(Int.random(in: 100...999, using: &random)) people")
        case 2:
            name(firm)
            builder.append(" did not respond to a request for comment")
        case 3:
            name(firm)
            builder.append(" delivered \(Int.random(in: 1_000...90_000, using: &random)) units in ")
            let month = SimpleDate(dayNumber: published.dayNumber - 31)
            builder.date(Words.months[month.month - 1], value: String(month.description.prefix(7)), precision: .month)
            builder.append(", up \(Int.random(in: 2...80, using: &random)) percent from a year earlier")
        default:
            builder.append("The ")
            builder.mention(government)
            builder.append(" has not commented on the plans of ")
            name(firm, ticker: false)
        }
        builder.endClaim()
        builder.endSentence(stance: .asserted, attribution: ownAttribution())
    }

    // MARK: - Pieces

    /// Names a company as the subject and writes what it will do, or did.
    private mutating func companyPredicate(_ firm: WorldEntity, past: Bool) -> (Stance, [String]) {
        name(firm)
        return predicate(past: past)
    }

    /// ` could acquire a stake in Vanora Group`, with its stance and hedge words.
    private mutating func predicate(past: Bool) -> (Stance, [String]) {
        let roll = Double.random(in: 0..<1, using: &random)
        let stance: Stance = roll < 0.5 ? .asserted : roll < 0.85 ? .hedged : .denied
        let (words, hedges): (String, [String])
        switch (stance, past) {
        case (.asserted, false): (words, hedges) = (random.pick(["will", "plans to", "has agreed to", "is set to"]), [])
        case (.hedged, false):
            (words, hedges) = random.pick([
                ("could", ["could"]), ("may", ["may"]), ("is likely to", ["likely"]), ("is expected to", ["expected"]),
                ("is in talks to", ["in talks"]), ("is close to a deal to", ["close to"]),
            ])
        case (.denied, false):
            (words, hedges) = random.pick([("will not", []), ("has no intention to", []), ("does not plan to", []), ("has ruled out plans to", [])])
        case (.asserted, true): (words, hedges) = ("had", [])
        case (.hedged, true): (words, hedges) = random.pick([("had reportedly", ["reportedly"]), ("may have", ["may"])])
        case (.denied, true): (words, hedges) = ("had not", [])
        }
        builder.append(" \(words) ")
        action(past: past, owner: "its")
        return (stance, hedges)
    }

    /// What a company does: a verb (base form, or past participle) and its object.
    private mutating func action(past: Bool, owner: String) {
        let other = random.pick(companies.filter { $0 != subject })
        let place = random.pick(places)
        func verb(_ base: String, _ participle: String) -> String { (past ? participle : base) + " " }
        switch Int.random(in: 0..<12, using: &random) {
        case 0:
            builder.append(verb("acquire", "acquired") + "a controlling stake in ")
            name(other)
        case 1:
            builder.append(verb("build", "built") + "a new plant in ")
            builder.mention(place)
        case 2:
            builder.append(verb("take over", "taken over"))
            name(other, ticker: false)
            builder.append("'s factory in ")
            builder.mention(place)
        case 3:
            builder.append(verb("raise", "raised") + "\(Int.random(in: 1...40, using: &random)) billion \(random.pick(["dollars", "yuan", "euros"])) in new funding")
        case 4:
            builder.append(verb("cut", "cut") + "about \(Int.random(in: 2...60, using: &random) * 100) jobs at \(owner) ")
            builder.mention(place)
            builder.append(" operations")
        case 5:
            builder.append(verb("launch", "launched") + "\(owner) first \(random.pick(Words.products)) in ")
            monthYear()
        case 6:
            builder.append(verb("list", "listed") + "\(owner) \(random.pick(Words.units)) unit in ")
            builder.mention(place)
        case 7:
            builder.append(verb("sign", "signed") + "a supply agreement with ")
            name(other)
        case 8:
            builder.append(verb("obtain", "obtained") + "a production license from the ")
            builder.mention(government)
        case 9:
            builder.append(verb("delay", "delayed") + "deliveries of \(owner) \(random.pick(Words.products)) until ")
            monthYear()
        case 10:
            builder.append(verb("merge with", "merged with"))
            name(other)
        default:
            builder.append(verb("invest", "invested") + "\(Int.random(in: 50...900, using: &random)) million dollars in ")
            name(other)
        }
    }

    /// `March 2025`, some months after the article's date.
    private mutating func monthYear() {
        let day = SimpleDate(dayNumber: published.dayNumber + Int.random(in: 30...500, using: &random))
        builder.date("\(Words.months[day.month - 1]) \(day.year)", value: String(day.description.prefix(7)), precision: .month)
    }

    /// ` today`, ` on Tuesday` or nothing; returns the date of the account.
    private mutating func timePhrase() -> String {
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            builder.append(" today")
            return published.description
        case 1:
            let back = Int.random(in: 1...4, using: &random)
            builder.append(" on \(weekday(daysBefore: back))")
            return SimpleDate(dayNumber: published.dayNumber - back).description
        default:
            return published.description
        }
    }

    private func weekday(daysBefore days: Int) -> String {
        let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        // 1970-01-01, day number 0, was a Thursday.
        return names[(published.dayNumber - days + 3) % 7]
    }

    /// Names an entity: the full name first (with its ticker, sometimes), then often the short form.
    @discardableResult
    private mutating func name(_ entity: WorldEntity, ticker: Bool = true) -> Span {
        if builder.hasMentioned(entity) {
            if let short = entity.shortName, random.chance(0.6) { return builder.mention(entity, as: short).span }
            return builder.mention(entity).span
        }
        if ticker, let listing = entity.ticker, random.chance(0.6) {
            let span = builder.mention(entity, ticker: listing).span
            builder.append(" (" + listing.replacingOccurrences(of: ":", with: ": ") + ")")
            return span
        }
        return builder.mention(entity).span
    }

    /// The company a sentence is about: the article's main one half of the time.
    private mutating func company() -> WorldEntity {
        let chosen = random.chance(0.5) ? companies[0] : random.pick(companies)
        subject = chosen
        return chosen
    }

    private mutating func pickOutlet() -> WorldEntity { random.pick(outlets) }

    private mutating func finish(
        _ stance: Stance, _ hedges: [String], reporter: WorldEntity, source: Span, cue: (words: String, span: Span),
        cited: (String, CitedKind)?, on date: String
    ) {
        let attribution = Attribution(
            reporter: reporter.name, reporterEntity: builder.localID(for: reporter), cue: cue.words,
            cited: cited?.0, citedKind: cited?.1, reportedOn: date, sourceSpan: source, cueSpan: cue.span
        )
        if cited != nil { lastAccount = attribution }
        builder.endSentence(stance: stance, hedges: hedges, attribution: attribution)
    }

    /// Writes cue words, keeping them and their span for the attribution.
    private mutating func writeCue(_ words: String) -> (words: String, span: Span) { (words, builder.cue(words)) }

    private func ownAttribution() -> Attribution {
        Attribution(reporter: outlet.name, cue: "", reportedOn: published.description)
    }

    static func spelled(_ date: SimpleDate, withYear: Bool) -> String {
        "\(Words.months[date.month - 1]) \(date.day)" + (withYear ? ", \(date.year)" : "")
    }
}
