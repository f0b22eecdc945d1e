import ArgumentParser
import DossierExtraction
import DossierStore
import Foundation

/// `dossier search`: full-text search over claims or whole articles.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find claims (or articles) by their words, best matches first.",
        discussion: """
            QUERY is SQLite FTS5 syntax: words match in any form (plant finds plants), "a
            phrase" matches words in order, a trailing * matches a prefix (Xiao*), and AND,
            OR, NOT and NEAR(a b, 5) combine them. Each row has a snippet with the matches
            in bold on a terminal, [in brackets] otherwise. Dates are those of the account
            (the article's when the claim has none), compared as prefixes: --until 2022-08
            keeps all of August 2022. A word found in more than --rank-latest matches (1000)
            is ranked among the last that many stored, unless a filter is given, so that a
            common word answers in milliseconds; --rank-latest 0 ranks every match.

            Examples:
              dossier search "Qingdao plant"
              dossier search '"production qualification"' --entity Xiaomi --since 2022-08
              dossier search "Borgward OR BAIC" --stance hedged --format csv
              dossier search "Xiao*" --articles --limit 5
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("What to look for, in FTS5 syntax.", valueName: "query"))
    var query: String

    @Option(help: "Only claims that mention this entity (any of its names).")
    var entity: String?

    @Option(help: "Only claims credited to this reporter; with --articles, published by this outlet.")
    var reporter: String?

    @Option(help: ArgumentHelp("Only accounts dated on or after this date.", valueName: "YYYY[-MM[-DD]]"))
    var since: String?

    @Option(help: ArgumentHelp("Only accounts dated on or before this date.", valueName: "YYYY[-MM[-DD]]"))
    var until: String?

    @Option(help: "Only claims of this stance: asserted, hedged or denied.")
    var stance: Stance?

    @Flag(help: "Search whole articles instead of claims.")
    var articles = false

    @Option(help: "Print at most this many matches.")
    var limit = 20

    @Option(help: ArgumentHelp(
        "Rank only the last N matches stored by relevance when a word is very common (no filters given); 0 ranks every match, slower.",
        valueName: "N"))
    var rankLatest = SearchQuery.defaultRankLatest

    func validate() throws {
        if query.allSatisfy(\.isWhitespace) { throw ValidationError("the search query is empty; give words to look for, e.g. \"Qingdao plant\"") }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, !Self.isDatePrefix(value) { throw ValidationError("\(name) \"\(value)\" is not a date like 2022, 2022-08 or 2022-08-26") }
        }
        if articles, stance != nil { throw ValidationError("--stance applies to claims; leave it out with --articles") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if rankLatest < 0 { throw ValidationError("--rank-latest must be 0 (rank every match) or more") }
    }

    func run() throws {
        let store = try database.openReadOnly()
        var sink = output.format.sink(ByteWriter(), tableColumns: articles ? Self.articleTableColumns : Self.claimTableColumns)
        let bold = output.format == .table && Terminal.isTerminal(STDOUT_FILENO)
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let ranking = try store.search(SearchQuery(
            text: query, entity: entity, reporter: reporter, since: since, until: until, stance: stance?.rawValue,
            articles: articles, limit: limit, rankLatest: rankLatest == 0 ? nil : rankLatest,
            highlight: bold ? (Terminal.bold, Terminal.plain) : ("[", "]")
        ), into: &sink)
        if let ranked = ranking.rankedLatest, output.format == .table {
            FileHandle.standardError.write(Data("note: more than \(ranked) matches; these are the best of the last \(ranked) stored (--rank-latest 0 ranks them all)\n".utf8))
        }
    }

    /// What fits a screen beside the snippet; csv and json carry every column.
    static let claimTableColumns = ["claim_id", "date", "reporter", "stance", "snippet"]
    static let articleTableColumns = ["article_id", "date", "outlet", "snippet"]

    /// `2022`, `2022-08` or `2022-08-26`.
    static func isDatePrefix(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let lengths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return false }
        return zip(parts, lengths).allSatisfy { part, length in part.count == length && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) }
    }
}

extension Stance: ExpressibleByArgument {}
