/// Built-in word lists. All entries are lowercase; multi-word names are joined by one space.
enum Gazetteer {
    /// Abbreviations after which a period does not end a sentence.
    static let titleAbbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
        "cmdr", "adm", "maj", "rev", "hon", "pres", "st", "mt", "ft", "no", "vs", "v", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "reps", "sens",
        "messrs", "fig", "approx", "dept", "est", "e.g", "i.e", "cf", "al", "atty", "supt", "insp",
    ]

    /// Abbreviations that may also end a sentence ("... a unit of Xiaomi Inc.").
    static let abbreviations: WordSet = [
        "co", "corp", "inc", "ltd", "llc", "plc", "bros", "jr", "sr", "etc", "u.s", "u.k", "u.n",
        "e.u", "a.m", "p.m", "d.c", "n.y", "l.a", "ph.d", "s.a", "n.v", "ag", "cos",
    ]

    /// Words that typically open a sentence; used to decide whether an abbreviation's
    /// period also ends the sentence.
    static let sentenceOpeners: WordSet = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on",
        "at", "this", "that", "these", "those", "his", "her", "their", "its", "our", "however",
        "meanwhile", "after", "before", "when", "while", "if", "as", "there", "according",
        "last", "earlier", "later", "so", "yet", "still", "also", "for", "with", "some", "many",
    ]

    /// Capitalized words that are not names when they open a sentence or stand alone.
    static let nonNames: WordSet = [
        "the", "a", "an", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at",
        "to", "by", "with", "from", "as", "into", "onto", "about", "after", "before", "during",
        "since", "until", "while", "when", "where", "what", "who", "whom", "whose", "which", "why",
        "how", "if", "then", "than", "that", "this", "these", "those", "there", "here", "it", "its",
        "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him",
        "them", "us", "me", "however", "meanwhile", "notably", "also", "still", "last", "next",
        "earlier", "later", "today", "yesterday", "tomorrow", "according", "although", "though",
        "because", "despite", "instead", "moreover", "furthermore", "additionally", "besides",
        "indeed", "nevertheless", "nonetheless", "otherwise", "thus", "therefore", "hence", "all",
        "any", "both", "each", "every", "few", "many", "more", "most", "much", "no", "not", "none",
        "one", "other", "others", "several", "some", "such", "only", "own", "same", "just", "even",
        "now", "once", "again", "ever", "never", "always", "often", "already", "soon", "mr", "mrs",
        "ms", "dr", "sir", "yes", "ok", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "do", "does", "did", "is", "are", "was",
        "were", "be", "been", "have", "has", "had", "will", "would", "could", "should", "can",
        "might", "must", "let", "like", "unlike", "among", "amid", "under", "over", "through",
        "between", "against", "without", "within", "regarding", "including", "following", "given",
        "speaking", "asked", "said", "says", "well", "oh", "please", "thank", "thanks",
        "republicans", "democrats", "image", "photo", "credit", "source", "update", "updated",
        "read", "see", "note", "editor", "breaking", "exclusive", "opinion", "analysis", "video",
        "watch", "related", "advertisement", "full", "text", "live", "getty", "images",
    ]

    /// Ordinary capitalized words that open sentences and headlines ("Roundup: ...",
    /// "Rain fell ..."): alone at a sentence start they are not names.
    static let commonWords: WordSet = [
        "roundup", "explainer", "recap", "preview", "review", "interview", "feature", "factbox",
        "timeline", "briefing", "brief", "digest", "wrap", "wrapup", "insight", "comment",
        "commentary", "editorial", "letters", "podcast", "newsletter", "quiz", "profile",
        "rain", "snow", "weather", "sales", "shares", "stocks", "prices", "demand", "supply",
        "production", "deliveries", "exports", "imports", "revenue", "profit", "profits", "losses",
        "investors", "analysts", "officials", "police", "residents", "workers", "employees",
        "customers", "buyers", "drivers", "consumers", "experts", "critics", "reports", "data",
        "results", "plans", "talks", "news", "markets", "growth", "inflation", "costs", "batteries",
        "cars", "vehicles", "charging", "competition", "overall", "separately", "elsewhere",
        "previously", "currently", "recently", "finally", "first", "second", "third", "together",
        "everyone", "nobody", "someone", "something", "nothing", "people", "sources",
        "supporters", "opponents", "voters", "students", "parents", "children",
        "protesters", "lawmakers", "regulators", "authorities", "executives", "insiders", "fans",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
        "thousands", "millions",
    ]

    /// Adjectives that are not names alone but may start or continue one
    /// ("New Energy Technology", "American Airlines", "Democratic Party").
    static let nameAdjectives: WordSet = [
        "new", "old", "first", "second", "third", "great", "good", "western", "eastern",
        "northern", "southern", "democratic", "republican", "chinese", "american", "german",
        "japanese", "korean", "british", "french", "european", "asian", "african", "russian",
        "indian", "italian", "spanish", "canadian", "mexican", "israeli", "iranian", "syrian",
        "iraqi", "afghan", "saudi", "turkish", "ukrainian", "australian", "brazilian", "swiss",
        "dutch", "swedish", "taiwanese", "hong", "christian", "muslim", "jewish", "catholic",
        "islamic", "english", "latino", "hispanic", "national", "united", "central", "general",
        "federal", "royal", "international", "global", "north", "south", "east", "west",
    ]

    /// Acronyms that are common nouns, not names.
    static let commonAcronyms: WordSet = [
        "ev", "evs", "nev", "nevs", "oem", "oems", "rmb", "r&d", "ceo", "cfo", "coo", "cto", "gdp",
        "ipo", "ipos", "ai", "suv", "suvs", "usd", "eur", "cny", "hk", "q1", "q2", "q3", "q4",
        "ok", "tv", "pc", "api", "faq", "pdf", "usb", "vip", "diy", "ps", "am", "pm", "covid",
        "co2", "phev", "phevs", "bev", "bevs", "adas", "lidar", "esg", "etf", "etfs", "m&a",
        "yoy", "mom", "ytd", "gop", "i", "ii", "iii", "iv",
    ]

    /// News outlets and agencies.
    static let outlets: Set<String> = [
        "reuters", "bloomberg", "associated press", "ap", "afp", "agence france-presse", "xinhua",
        "cnevpost", "jiemian", "cailian", "cailian press", "cls", "sina", "sina tech",
        "sina finance", "caixin", "caixin global", "yicai", "china daily", "global times",
        "people's daily", "cctv", "cgtn", "the paper", "thepaper", "36kr", "tencent news",
        "securities times", "china securities journal", "shanghai securities news",
        "21st century business herald", "economic observer", "the economic observer",
        "south china morning post", "scmp", "nikkei", "nikkei asia", "kyodo", "yonhap",
        "the information", "techcrunch", "the verge", "electrek", "wired", "the wall street journal",
        "wall street journal", "wsj", "the new york times", "new york times", "the washington post",
        "washington post", "financial times", "the financial times", "ft", "the economist",
        "economist", "cnbc", "cnn", "bbc", "fox news", "msnbc", "nbc", "nbc news", "abc",
        "abc news", "cbs", "cbs news", "npr", "pbs", "politico", "axios", "the hill",
        "usa today", "los angeles times", "the guardian", "guardian", "the times", "the telegraph",
        "daily mail", "forbes", "fortune", "business insider", "insider", "huffington post",
        "the huffington post", "huffpost", "breitbart", "breitbart news", "buzzfeed",
        "buzzfeed news", "vox", "slate", "the atlantic", "new york post", "the new york post",
        "new york daily news", "daily news", "newsweek", "time", "time magazine", "the intercept",
        "propublica", "bild", "der spiegel", "spiegel", "le monde", "handelsblatt",
        "tass", "ria novosti", "al jazeera", "dow jones", "marketwatch", "barron's",
        "the street", "seeking alpha", "yahoo finance", "yahoo news", "gasgoo", "autohome",
        "dongchedi", "d1ev", "36氪", "lanjing", "latepost", "jiemian news", "huxiu", "ithome",
        "it home", "weibo", "western journalism", "the daily caller", "daily caller",
        "the washington times", "washington times", "national review", "the new yorker",
        "rolling stone", "the boston globe", "boston globe", "chicago tribune", "miami herald",
        "the daily beast", "daily beast", "mother jones", "the nation", "talking points memo",
    ]

    /// Words that announce an outlet name right after them ("local media outlet Jiemian").
    static let outletCues: WordSet = [
        "outlet", "newspaper", "daily", "magazine", "broadcaster", "agency", "portal", "site",
        "website", "tabloid", "network", "publication", "journal", "wire",
    ]

    static let exchanges: WordTable<String> = [
        "nyse": "NYSE", "nasdaq": "NASDAQ", "hkex": "HKEX", "sehk": "HKEX", "hk": "HKEX",
        "sse": "SSE", "szse": "SZSE", "lse": "LSE", "tse": "TSE", "tsx": "TSX", "krx": "KRX",
        "asx": "ASX", "otc": "OTC", "amex": "AMEX", "nyse american": "NYSE American",
        "nysearca": "NYSEARCA", "euronext": "Euronext", "xetra": "XETRA", "bse": "BSE", "nse": "NSE",
        "twse": "TWSE", "sgx": "SGX", "otcmkts": "OTC",
    ]

    /// Names of stock exchanges, as organizations.
    static let exchangeNames: Set<String> = [
        "new york stock exchange", "nasdaq", "nyse", "hong kong stock exchange",
        "shanghai stock exchange", "shenzhen stock exchange", "london stock exchange",
        "tokyo stock exchange", "star market", "hkex",
    ]

    /// Well-known listings, so that `(NYSE: NIO)` names its company even when the text does not.
    static let tickerNames: [String: String] = [
        "NIO": "NIO", "LI": "Li Auto", "XPEV": "XPeng", "TSLA": "Tesla", "BABA": "Alibaba",
        "BIDU": "Baidu", "JD": "JD.com", "PDD": "PDD", "AAPL": "Apple", "MSFT": "Microsoft",
        "GOOGL": "Alphabet", "GOOG": "Alphabet", "AMZN": "Amazon", "META": "Meta", "NVDA": "Nvidia",
        "F": "Ford", "GM": "General Motors", "TM": "Toyota", "HMC": "Honda", "RIVN": "Rivian",
        "LCID": "Lucid", "ZK": "Zeekr", "BYDDY": "BYD", "1211": "BYD", "1810": "Xiaomi",
        "0700": "Tencent", "700": "Tencent", "9988": "Alibaba", "9618": "JD.com", "9868": "XPeng",
        "2015": "Li Auto", "9866": "NIO", "2238": "GAC", "0175": "Geely", "175": "Geely",
        "STLA": "Stellantis", "VWAGY": "Volkswagen", "NKLA": "Nikola", "HSAI": "Hesai",
    ]

    /// Countries, regions, Chinese provinces and cities, world capitals and US states.
    static let places: Set<String> = [
        // countries and regions
        "china", "united states", "us", "u.s", "usa", "america", "united kingdom", "uk", "u.k",
        "britain", "great britain", "england", "scotland", "wales", "ireland", "germany", "france",
        "italy", "spain", "portugal", "netherlands", "belgium", "switzerland", "austria", "sweden",
        "norway", "denmark", "finland", "poland", "czech republic", "hungary", "greece", "turkey",
        "russia", "ukraine", "japan", "south korea", "north korea", "korea", "taiwan",
        "hong kong", "macau", "macao", "india", "pakistan", "bangladesh", "indonesia", "malaysia",
        "singapore", "thailand", "vietnam", "philippines", "australia", "new zealand", "canada",
        "mexico", "brazil", "argentina", "chile", "colombia", "peru", "venezuela", "cuba",
        "egypt", "israel", "iran", "iraq", "syria", "saudi arabia", "united arab emirates", "uae",
        "qatar", "jordan", "lebanon", "yemen", "afghanistan", "south africa", "nigeria", "kenya",
        "ethiopia", "morocco", "algeria", "libya", "tunisia", "europe", "asia", "africa",
        "middle east", "latin america", "north america", "south america", "mongolia",
        "kazakhstan", "uzbekistan", "myanmar", "cambodia", "laos", "nepal", "sri lanka",
        "romania", "bulgaria", "serbia", "croatia", "slovakia", "slovenia", "estonia", "latvia",
        "lithuania", "belarus", "georgia", "armenia", "azerbaijan", "iceland", "luxembourg",
        "mainland china", "crimea", "gaza", "west bank", "palestine", "kuwait", "oman", "bahrain",
        // Chinese provinces and regions
        "anhui", "beijing", "chongqing", "fujian", "gansu", "guangdong", "guangxi", "guizhou",
        "hainan", "hebei", "heilongjiang", "henan", "hubei", "hunan", "inner mongolia", "jiangsu",
        "jiangxi", "jilin", "liaoning", "ningxia", "qinghai", "shaanxi", "shandong", "shanghai",
        "shanxi", "sichuan", "tianjin", "tibet", "xinjiang", "yunnan", "zhejiang",
        // Chinese cities and districts
        "guangzhou", "shenzhen", "hangzhou", "nanjing", "wuhan", "chengdu", "xi'an", "xian",
        "suzhou", "qingdao", "dalian", "xiamen", "ningbo", "hefei", "changsha", "zhengzhou",
        "jinan", "shenyang", "harbin", "changchun", "kunming", "nanning", "fuzhou", "nanchang",
        "taiyuan", "shijiazhuang", "lanzhou", "urumqi", "hohhot", "guiyang", "haikou", "sanya",
        "wuxi", "changzhou", "foshan", "dongguan", "zhuhai", "wenzhou", "shaoxing", "yantai",
        "weifang", "zibo", "tangshan", "baoding", "luoyang", "yichang", "xiangyang", "liuzhou",
        "zhaoqing", "huizhou", "jiaxing", "taizhou", "nantong", "yangzhou", "xuzhou", "wuhu",
        "yizhuang", "pudong", "haidian", "chaoyang", "shunyi", "lingang", "nansha", "panyu",
        "huangpu", "jiading", "anting", "xiong'an", "xiongan", "lhasa", "kashgar",
        // world capitals and major cities
        "washington", "new york", "new york city", "london", "paris", "berlin", "tokyo", "seoul",
        "moscow", "kyiv", "kiev", "rome", "madrid", "lisbon", "amsterdam", "brussels", "vienna",
        "zurich", "geneva", "stockholm", "oslo", "copenhagen", "helsinki", "warsaw", "prague",
        "budapest", "athens", "ankara", "istanbul", "tehran", "baghdad", "damascus", "beirut",
        "jerusalem", "tel aviv", "cairo", "riyadh", "dubai", "abu dhabi", "doha", "new delhi",
        "delhi", "mumbai", "islamabad", "kabul", "dhaka", "jakarta", "kuala lumpur", "bangkok",
        "hanoi", "manila", "taipei", "canberra", "sydney", "melbourne", "wellington", "ottawa",
        "toronto", "montreal", "vancouver", "mexico city", "brasilia", "sao paulo", "buenos aires",
        "santiago", "lima", "bogota", "caracas", "havana", "nairobi", "lagos", "johannesburg",
        "pretoria", "addis ababa", "singapore city", "munich", "frankfurt", "stuttgart", "wolfsburg",
        "detroit", "chicago", "los angeles", "san francisco", "silicon valley", "seattle",
        "boston", "houston", "dallas", "austin", "miami", "atlanta", "philadelphia", "denver",
        "phoenix", "las vegas", "cleveland", "baltimore", "pittsburgh", "milwaukee", "fremont",
        "palo alto", "brooklyn", "manhattan", "pyongyang", "ulaanbaatar", "astana", "minsk",
        // US states
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
        "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
        "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
        "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
        "new mexico", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
        "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
        "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming",
    ]

    /// Legal-form suffixes: "Xiaomi Corp" is the company called Xiaomi.
    static let legalForms: WordSet = [
        "group", "corp", "corporation", "co", "company", "ltd", "limited", "inc", "incorporated",
        "llc", "plc", "ag", "gmbh", "sa", "nv", "holdings", "holding", "cos",
    ]

    /// Last words that mark an organization name.
    static let organizationSuffixes: WordSet = [
        "group", "corp", "corporation", "co", "company", "ltd", "limited", "inc", "incorporated",
        "llc", "plc", "ag", "gmbh", "sa", "nv", "technology", "technologies", "tech", "automobile",
        "automotive", "auto", "motors", "motor", "holdings", "holding", "industries",
        "bank", "securities", "capital", "partners", "ventures", "fund", "electronics", "energy",
        "airlines", "airways", "pharmaceuticals", "pharma", "systems", "solutions", "labs",
        "network", "networks", "media", "entertainment", "foundation", "institute", "university",
        "association", "federation", "union", "alliance", "council", "party", "campaign",
        "exchange", "insurance", "investment", "investments", "logistics", "robotics",
        "semiconductor", "software", "telecom", "communications", "cos", "brothers", "bros",
        "society", "club", "center", "centre", "school", "college", "hospital",
    ]

    /// Last words that mark an outlet name ("Bloomberg News", "Beijing Daily").
    static let outletSuffixes: WordSet = [
        "times", "post", "news", "press", "journal", "daily", "herald", "tribune", "gazette",
        "review", "magazine", "weekly", "observer", "chronicle", "telegraph", "examiner",
    ]

    /// Words that make a name a government body.
    static let governmentWords: WordSet = [
        "commission", "ministry", "committee", "administration", "department", "bureau",
        "agency", "authority", "office", "council", "parliament", "congress", "senate",
        "court", "government", "cabinet", "state council", "regulator", "police", "army",
        "navy", "pentagon", "kremlin", "white house", "politburo", "assembly", "legislature",
        "treasury", "directorate", "inspectorate",
    ]

    /// Names that are government bodies on their own.
    static let governmentNames: Set<String> = [
        "white house", "pentagon", "kremlin", "state council", "congress", "senate", "fbi", "cia",
        "nsa", "sec", "ftc", "fda", "epa", "doj", "ndrc", "miit", "mofcom", "samr", "cac", "pboc",
        "csrc", "cbirc", "nhtsa", "state department", "justice department", "supreme court",
        "house", "european commission", "european union", "eu", "united nations", "un", "nato",
        "imf", "world bank", "wto", "who",
    ]

    /// Titles and roles that announce a person's name ("CEO Lei Jun", "Sen. Marco Rubio").
    static let personTitles: WordSet = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator", "rep",
        "representative", "gov", "governor", "president", "vice", "chairman", "chairwoman",
        "chair", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "cofounder", "director",
        "minister", "premier", "secretary", "spokesman", "spokeswoman", "spokesperson", "analyst",
        "economist", "judge", "justice", "mayor", "general", "gen", "adm", "admiral", "colonel",
        "col", "capt", "captain", "lt", "sgt", "officer", "chief", "executive", "manager",
        "head", "leader", "king", "queen", "prince", "princess", "pope", "sir", "lord", "lady",
        "candidate", "nominee", "attorney", "lawyer", "ambassador", "envoy", "commissioner",
        "speaker", "rev", "reverend", "father", "bishop", "rabbi", "sheikh", "chancellor",
        "partner", "engineer", "researcher", "author", "writer", "columnist", "reporter",
        "correspondent", "host", "anchor", "billionaire", "businessman", "businesswoman",
        "entrepreneur", "investor", "spokesmen", "aide", "adviser", "advisor", "strategist",
        "pollster", "staffer", "lawmaker", "congressman", "congresswoman", "assemblyman",
    ]

    /// Nouns naming a document as a source.
    static let documentNouns: WordSet = [
        "report", "reports", "announcement", "statement", "filing", "study", "survey", "poll",
        "polls", "document", "documents", "letter", "memo", "release", "notice", "data",
        "analysis", "research", "prospectus", "post", "tweet", "article", "story", "paper",
        "records", "record", "emails", "email", "findings", "figures", "schedule", "plan",
        "complaint", "lawsuit", "indictment", "ruling", "order", "transcript", "video", "ad",
    ]

    /// Nouns naming unnamed people as a source.
    static let anonymousNouns: WordSet = [
        "people", "person", "sources", "source", "insiders", "insider", "officials", "official",
        "executives", "executive", "employees", "employee", "analysts", "observers", "experts",
        "aides", "aide", "individuals", "individual", "persons", "someone", "media", "reports",
        "familiar",
    ]

    static let months: WordTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
        "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    static let weekdays: WordTable<Int> = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
        "sunday": 6,
    ]

    /// Given names and common Chinese surnames: a capitalized pair starting with one is a person.
    static let givenNames: WordSet = [
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
        "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven",
        "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald",
        "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan",
        "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory",
        "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron",
        "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter",
        "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean",
        "austin", "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe",
        "bruce", "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah", "randy",
        "roy", "vincent", "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "mary",
        "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
        "karen", "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily",
        "donna", "michelle", "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie",
        "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna",
        "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine",
        "debra", "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth",
        "julie", "olivia", "joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan",
        "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria",
        "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "jean", "abigail",
        "alice", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle",
        "beverly", "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie",
        "kayla", "alexis", "lori", "hillary", "bernie", "ted", "marco", "jeb", "ben", "chris",
        "mike", "bill", "tom", "jim", "bob", "dan", "rick", "newt", "mitt", "barack", "kamala",
        "chuck", "mitch", "elon", "tim", "jeff", "sundar", "satya", "lei", "jen", "jake", "sam",
        "max", "hank", "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou",
        "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie",
        "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan",
        "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen",
        "yao", "jin", "qin",
    ]
}
