/// Everything text analysis finds in one document: the output of `Extractor`.
///
/// Offsets (`start`, `end`) are counted in Unicode scalars from the start of the
/// document text, end-exclusive, so any tool indexing by code point can use them.
public struct Extraction: Sendable, Equatable, Codable {
    public var document: DocumentInfo
    public var sentences: [Sentence]
    public var entities: [Entity]
    public var mentions: [Mention]
    public var claims: [Claim]

    public init(
        document: DocumentInfo, sentences: [Sentence] = [], entities: [Entity] = [],
        mentions: [Mention] = [], claims: [Claim] = []
    ) {
        self.document = document
        self.sentences = sentences
        self.entities = entities
        self.mentions = mentions
        self.claims = claims
    }
}

/// Metadata of the analysed document, as given by the caller.
public struct DocumentInfo: Sendable, Equatable, Codable {
    public var title: String?
    public var outlet: String?
    /// The article's own date; relative dates resolve against it.
    public var published: SimpleDate?
    public var url: String?

    public init(title: String? = nil, outlet: String? = nil, published: SimpleDate? = nil, url: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.published = published
        self.url = url
    }

    enum CodingKeys: String, CodingKey {
        case title, outlet, published, url
    }

    /// Every key is written, absent values as `null`, so readers of the JSON see one shape.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(published, forKey: .published)
        try container.encode(url, forKey: .url)
    }
}

/// One sentence (or headline line) of the text.
public struct Sentence: Sendable, Equatable, Codable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(index: Int, start: Int, end: Int, text: String) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
    }
}

/// The kind of a named thing.
public enum EntityType: String, Sendable, Codable, CaseIterable {
    case organization, outlet, person, place, government, product
}

/// A named thing found in the document, with every name it goes by there.
public struct Entity: Sendable, Equatable, Codable {
    /// Document-local identifier (`e1`, `e2`, ...), referenced by mentions and claims.
    public var id: String
    public var name: String
    public var type: EntityType
    public var aliases: [String]
    /// Listings as `EXCHANGE:SYMBOL`, e.g. `NYSE:NIO`.
    public var tickers: [String]

    public init(id: String, name: String, type: EntityType, aliases: [String] = [], tickers: [String] = []) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.tickers = tickers
    }
}

/// One occurrence of an entity in the text.
public struct Mention: Sendable, Equatable, Codable {
    public var entity: String
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(entity: String, sentence: Int, start: Int, end: Int, text: String) {
        self.entity = entity
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
    }
}

/// How surely a claim is put.
public enum Stance: String, Sendable, Codable, CaseIterable {
    case asserted, hedged, denied
}

/// A statement made in a sentence, with who it is credited to.
public struct Claim: Sendable, Equatable, Codable {
    public var sentence: Int
    /// Span of the content: the reported statement without the attribution clause.
    public var start: Int
    public var end: Int
    public var text: String
    public var stance: Stance
    public var hedges: [String]
    /// Document-local entity ids mentioned in the content.
    public var entities: [String]
    public var dates: [DateMention]
    public var attribution: Attribution?

    public init(
        sentence: Int, start: Int, end: Int, text: String, stance: Stance = .asserted,
        hedges: [String] = [], entities: [String] = [], dates: [DateMention] = [],
        attribution: Attribution? = nil
    ) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.stance = stance
        self.hedges = hedges
        self.entities = entities
        self.dates = dates
        self.attribution = attribution
    }

    enum CodingKeys: String, CodingKey {
        case sentence, start, end, text, stance, hedges, entities, dates, attribution
    }

    /// An unattributed claim keeps its `attribution` key, as `null`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encode(stance, forKey: .stance)
        try container.encode(hedges, forKey: .hedges)
        try container.encode(entities, forKey: .entities)
        try container.encode(dates, forKey: .dates)
        try container.encode(attribution, forKey: .attribution)
    }
}

/// Who a claim is credited to, through which words, on whose information, and when.
public struct Attribution: Sendable, Equatable, Codable {
    /// The reporter as named ("Jiemian", "Bloomberg"), or the article's outlet for implicit ones.
    public var reporter: String
    /// Document-local entity id of the reporter, when it is an entity.
    public var reporterEntity: String?
    /// The cue words ("said", "reported", "according to"); empty when implicit.
    public var cue: String
    /// The sources behind the account ("two people familiar with the matter").
    public var cited: String?
    public var citedKind: CitedKind?
    /// The date of the account as an ISO 8601 prefix (`2022-08-26`, `2021-11`), when known.
    public var reportedOn: String?
    /// Where the reporter is named; nil when implicit.
    public var sourceSpan: Span?
    /// Where the cue words are; nil when implicit.
    public var cueSpan: Span?

    public init(
        reporter: String, reporterEntity: String? = nil, cue: String, cited: String? = nil,
        citedKind: CitedKind? = nil, reportedOn: String? = nil, sourceSpan: Span? = nil,
        cueSpan: Span? = nil
    ) {
        self.reporter = reporter
        self.reporterEntity = reporterEntity
        self.cue = cue
        self.cited = cited
        self.citedKind = citedKind
        self.reportedOn = reportedOn
        self.sourceSpan = sourceSpan
        self.cueSpan = cueSpan
    }

    enum CodingKeys: String, CodingKey {
        case reporter, cue, cited
        case reporterEntity = "reporter_entity"
        case citedKind = "cited_kind"
        case reportedOn = "reported_on"
        case sourceSpan = "source_span"
        case cueSpan = "cue_span"
    }

    /// Every key is written, absent values as `null`, so readers of the JSON see one shape.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reporter, forKey: .reporter)
        try container.encode(reporterEntity, forKey: .reporterEntity)
        try container.encode(cue, forKey: .cue)
        try container.encode(cited, forKey: .cited)
        try container.encode(citedKind, forKey: .citedKind)
        try container.encode(reportedOn, forKey: .reportedOn)
        try container.encode(sourceSpan, forKey: .sourceSpan)
        try container.encode(cueSpan, forKey: .cueSpan)
    }
}

/// What kind of source an account rests on.
public enum CitedKind: String, Sendable, Codable, CaseIterable {
    /// "two people familiar with the matter", "industry sources"
    case anonymous
    /// a named person or organisation
    case named
    /// a report, filing, announcement or statement
    case document
    /// a government body or official
    case official
}

/// A half-open range of Unicode scalar offsets.
public struct Span: Sendable, Equatable, Hashable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A date found in a claim, resolved as far as the text allows.
public struct DateMention: Sendable, Equatable, Codable {
    public var text: String
    /// ISO 8601 prefix (`2022-08-26`, `2021-11`, `2024`); nil when it cannot be resolved.
    public var value: String?
    public var precision: DatePrecision

    public init(text: String, value: String?, precision: DatePrecision) {
        self.text = text
        self.value = value
        self.precision = precision
    }

    enum CodingKeys: String, CodingKey {
        case text, value, precision
    }

    /// An unresolved date keeps its `value` key, as `null`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(precision, forKey: .precision)
    }
}

/// How finely a date is known.
public enum DatePrecision: String, Sendable, Codable {
    case day, week, month, year
}
