import ArgumentParser

/// `dossier claims`: what has been claimed about an entity.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List every claim that mentions an entity or one of its aliases.",
        discussion: """
            Each claim comes with its article, the reporter it is credited to, the sources
            that reporter cited, the date of the account, and its stance.

            Examples:
              dossier claims --entity Xiaomi
              dossier claims --entity "BAIC Group" --format csv > baic.csv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(help: "The entity: its name or any alias, in any case.")
    var entity: String

    @Option(help: "Print at most this many claims.")
    var limit: Int?

    /// What fits a screen; csv and json carry every column.
    static let tableColumns = ["claim_id", "outlet", "reporter", "cited", "reported_on", "stance", "text"]

    func run() throws {
        let store = try database.open()
        var sink = output.format.sink(ByteWriter(), tableColumns: Self.tableColumns)
        try store.claims(entity: entity, limit: limit, into: &sink)
    }
}
