/// Words that introduce an attribution, and the words around them that parsing skips.
enum CueLexicon {
    /// How a cue verb takes its content.
    enum Frame: Sendable {
        /// "said (that) ...", "reported ...".
        case clause
        /// "told CNN (that) ...": an addressee comes before the content.
        case addressee
        /// Belief and intention verbs ("thinks", "wants"): only with a clear subject.
        case belief
    }

    /// Inflected cue verbs.
    static let verbs: WordTable<Frame> = {
        var map: [Word: Frame] = [:]
        let clause: [Word] = [
            "said", "says", "say", "saying", "reported", "reports", "announced", "announces",
            "announce", "announcing", "added", "adds", "adding", "noted", "notes", "noting",
            "wrote", "writes", "write", "writing", "argued", "argues", "argue", "arguing",
            "claimed", "claims", "claiming", "insisted", "insists", "insist", "insisting",
            "tweeted", "tweets", "tweeting", "explained", "explains", "explaining", "stated",
            "stating", "replied", "replies", "responded", "responds", "suggested", "suggests",
            "suggest", "suggesting", "acknowledged", "acknowledges", "acknowledging", "admitted",
            "admits", "admit", "admitting", "confirmed", "confirms", "confirming", "denied",
            "denies", "revealed", "reveals", "declared", "declares", "predicted", "predicts",
            "predict", "concluded", "concludes", "recalled", "recalls", "recalling", "continued",
            "emphasized", "emphasised", "stressed", "stresses", "contended", "contends",
            "countered", "conceded", "complained", "complains", "cautioned", "estimated",
            "estimates", "observed", "remarked", "testified", "alleged", "alleges", "alleging",
            "agreed", "disclosed", "indicated", "indicates", "vowed", "vows", "promised",
            "promises", "pledged", "pledges", "boasted", "bragged", "lamented", "quipped", "joked",
            "posted", "declaring", "predicting", "warning", "conceding", "complaining",
            "acknowledge", "mused", "wondered", "shows", "showed", "found", "finds", "cited",
            "cites",
        ]
        let addressee: [Word] = [
            "told", "tells", "tell", "telling", "warned", "warns", "warn", "asked", "asks",
            "assured", "assures", "reminded", "informed", "urged", "urges",
        ]
        let belief: [Word] = [
            "think", "thinks", "believe", "hope", "hopes", "hoped", "fear", "feared", "worry",
            "worries", "worried", "expect", "knows", "wants", "feel",
        ]
        // Verbs of stance toward a person or proposal: "criticized the plan", "called for a vote".
        let stance: [Word] = [
            "called", "calls", "described", "describes", "describing", "declined", "declines",
            "endorsed", "endorses", "endorsing", "accused", "accuses", "accusing", "criticized",
            "criticizes", "criticizing", "criticised", "supports", "expressed",
            "expresses", "praised", "praises", "defended", "defends", "questioned", "questioning",
            "rejected", "rejects", "attacked", "blasted", "blasts", "opposing", "backs", "proposed",
            "proposes", "proposing", "sought", "seeks", "refused", "refuses", "condemned",
            "condemns", "slammed", "slams", "blamed", "blames", "blaming", "mocked", "mocks",
            "mocking", "welcomed", "welcomes", "dismissed", "dismisses", "touted", "touts",
            "touting", "applauded", "embraces", "demanded", "demands", "demanding", "hailed",
            "lambasted", "decried", "denounced", "denounces", "challenged", "credited", "thanked",
            "signaled", "signalled", "hinted", "highlighted", "mentioned", "referred", "referring",
            "pointed", "vowing", "pledging", "lauded", "ridiculed",
        ]
        for w in stance { map[w] = .clause }
        for w in stanceParticiples.keys { map[w] = .clause }
        for w in topicVerbs.keys { map[w] = .clause }
        for w in clause { map[w] = .clause }
        for w in addressee { map[w] = .addressee }
        for w in belief { map[w] = .belief }
        return WordTable(Array(map))
    }()

    /// Cues that continue the previous speaker's statement after a comma ("..., adding that").
    static let participles: WordSet = [
        "saying", "adding", "noting", "arguing", "claiming", "insisting", "explaining", "stating",
        "suggesting", "acknowledging", "warning", "telling", "writing", "recalling", "declaring",
        "predicting", "announcing", "conceding", "complaining", "alleging", "confirming",
        "tweeting", "asking",
    ]

    /// Participles that take up the sentence's speaker only right after a comma
    /// ("..., calling the plan a mistake").
    static let stanceParticiples: WordSet = [
        "calling", "referring", "describing", "accusing", "praising", "criticizing", "urging",
        "pointing", "blaming", "vowing", "promising", "pledging", "questioning", "dismissing",
        "defending", "rejecting", "touting", "demanding",
    ]

    /// Verbs whose content is the topic after "about", "of" or "on".
    static let topicVerbs: WordSet = [
        "spoke", "speaks", "talked", "talks", "talking", "speaking",
    ]

    /// Words skipped between a subject and its verb ("has also said", "officially announced").
    static let preVerbal: WordSet = [
        "also", "previously", "later", "recently", "repeatedly", "once", "again", "then",
        "publicly", "privately", "officially", "still", "further", "even", "finally", "often",
        "already", "just", "first", "initially", "earlier", "now", "has", "have", "had", "will",
        "would", "could", "did", "does", "do", "is", "was", "are", "were", "today",
        "yesterday", "tonight", "reportedly", "allegedly", "separately", "similarly", "too",
        "flatly", "openly", "explicitly", "bluntly", "simply", "never", "always", "long",
        "subsequently", "afterwards", "since", "last", "week", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "night", "evening",
        "afternoon", "may", "might", "can", "should", "must", "not", "n't", "been",
    ]

    /// Words that end a subject noun phrase when reading backwards from the verb.
    static let subjectStops: WordSet = [
        "that", "because", "while", "when", "if", "although", "though", "since", "after",
        "before", "but", "so", "whereas", "where", "unless", "until", "once", "and", "or",
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would",
        "can", "could", "should", "may", "might", "must", "do", "does", "did", "than", "as",
        "said", "says", "say", "told", "reported", "to", "not", "also", "however", "meanwhile",
        "yet", "then", "why", "how", "what",
    ]

    /// Irregular past tenses that end a subject read forwards ("The campaign sent ...").
    static let pastTenses: WordSet = [
        "sent", "held", "took", "made", "went", "gave", "put", "set", "got", "came", "ran", "won",
        "lost", "left", "led", "met", "kept", "brought", "bought", "began", "became", "fought",
        "spent", "built", "hit", "cut", "let", "saw", "stood", "struck", "threw", "wore", "drew",
    ]

    /// Words opening a subordinate clause, whose content ends at the clause's comma.
    static let subordinators: WordSet = [
        "while", "although", "though", "if", "when", "as", "because", "since", "after", "before",
        "whereas", "unless", "once",
    ]

    /// Words that, after a comma, start a new clause outside a reported statement.
    static let clauseBreaks: WordSet = [
        "despite", "though", "although", "while", "whereas", "including", "even", "for",
    ]

    /// Asides set off by commas that are not appositions ("Rogers, for example, said").
    static let asides: Set<String> = [
        "for example", "for instance", "however", "too", "in turn", "meanwhile", "in fact",
        "though", "moreover", "likewise", "similarly", "in response", "in an interview",
        "in a statement", "on monday", "on tuesday", "on wednesday", "on thursday", "on friday",
        "on saturday", "on sunday", "for his part", "for her part", "for their part",
    ]

    /// Auxiliaries and the complementizer, which mark a clause rather than a noun phrase.
    static let auxiliaries: WordSet = [
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "do", "does", "did", "that", "be", "been",
        "isn't", "wasn't", "won't", "don't", "doesn't", "didn't", "can't",
    ]

    /// Headline labels before a colon that name no speaker ("Watch: ...", "Update: ...").
    static let headlineLabels: Set<String> = [
        "wow", "look", "revealed", "boom", "watch", "breaking", "exclusive", "update",
        "updated", "photos", "photo", "video", "contributing", "paid notice", "note",
        "editor's note", "related", "read more", "source", "sources", "correction", "opinion",
        "analysis", "live", "warning", "just in", "report", "full text", "transcript", "listen",
        "see also", "follow", "disclosure", "clarification", "background", "context", "fact check",
    ]

    /// Pronouns that stand as a whole source.
    static let subjectPronouns: WordSet = [
        "he", "she", "they", "we", "i", "you", "it", "who", "which",
    ]

    /// Object pronouns and common addressees after "told".
    static let addressees: WordSet = [
        "him", "her", "them", "me", "us", "you", "reporters", "journalists", "lawmakers",
        "supporters", "voters", "investors", "analysts", "members", "listeners", "viewers",
        "audiences", "attendees", "delegates", "employees", "staff", "students", "crowds",
    ]

    /// Nouns of settings in which something is said ("in a statement", "at a rally").
    static let settings: WordSet = [
        "statement", "statements", "interview", "interviews", "conference", "call", "release",
        "email", "e-mail", "tweet", "tweets", "post", "posts", "speech", "rally", "hearing",
        "letter", "report", "television", "radio", "phone", "note", "memo", "filing", "press",
        "briefing", "appearance", "program", "programme", "show", "remarks", "message",
        "video", "op-ed", "editorial", "column", "blog", "book", "debate", "event", "meeting",
        "session", "forum", "town", "hall", "broadcast", "podcast", "article", "newsletter",
        "twitter", "facebook", "instagram", "weibo", "wechat", "stage", "floor", "testimony",
        "documents", "document", "announcement", "notice", "fundraiser", "dinner", "summit",
        "visit", "trip", "stop", "address", "sunday", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "morning", "afternoon", "evening", "night", "day",
        "week", "month", "year", "today", "yesterday", "time", "exchange", "response",
        "reply", "comment", "comments", "written", "emailed", "e-mailed", "telephone", "audio",
        "new", "recent", "separate", "brief", "lengthy", "joint", "prepared", "televised",
        "provided", "released", "issued", "posted", "sent", "published", "given", "delivered",
        "shared", "obtained", "aired",
        "nationally", "exclusive", "official", "online", "earlier", "later", "last", "this",
    ]

    /// Words that may open such a setting phrase.
    static let settingOpeners: WordSet = [
        "in", "on", "at", "during", "to", "via", "through", "over", "after", "before", "from",
        "with", "while", "late", "early", "earlier", "last", "this",
    ]

    /// Definite references back to an earlier account ("the people", "the report").
    static let backReferenceNouns: WordSet = [
        "people", "person", "sources", "source", "insiders", "report", "reports", "outlet",
        "newspaper", "paper", "agency", "publication", "website", "site", "portal", "media",
        "article", "story",
    ]

    static let hedges: WordSet = [
        "reportedly", "could", "may", "might", "likely", "unlikely", "possibly", "possible",
        "perhaps", "probably", "expected", "expects", "allegedly", "rumored", "rumoured",
        "potentially", "potential", "considering", "mulling", "weighing", "seems", "appears",
        "apparently", "maybe", "uncertain", "unclear",
    ]

    static let hedgePhrases: [[Word]] = [
        ["close", "to"], ["in", "talks"], ["subject", "to", "change"], ["plans", "to"],
        ["set", "to"], ["about", "to"], ["is", "said", "to"], ["are", "said", "to"],
        ["was", "said", "to"], ["in", "discussions"], ["in", "negotiations"],
    ]

    static let denials: WordSet = [
        "not", "never", "no", "denied", "denies", "deny", "denying", "cannot", "neither", "nor",
        "refused", "refuses", "rejected", "rejects", "dismissed", "refuted", "none", "nothing",
        "nobody",
    ]

    static let denialPhrases: [[Word]] = [
        ["ruled", "out"], ["rules", "out"], ["rule", "out"], ["no", "intention"], ["no", "plans"],
        ["has", "yet", "to"], ["have", "yet", "to"],
    ]
}
