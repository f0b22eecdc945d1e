import ArgumentParser

/// `dossier sources`: how each outlet's reporting fares.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Per outlet: articles, claims, reports relayed by others, anonymous sourcing, claims later contradicted.",
        discussion: """
            `claims` counts the claims credited to the outlet's reports, wherever they were
            read; `relayed_by_others` its reports that other outlets' articles carry;
            `anonymous_share` the share of its claims resting on anonymous sources;
            `contradicted_later` its claims that a later report contradicts.

            Examples:
              dossier sources
              dossier sources --format csv > sources.csv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let store = try database.open()
        try store.crossReferenceNewArticles()
        var sink = output.format.sink(ByteWriter())
        try store.sources(into: &sink)
    }
}
