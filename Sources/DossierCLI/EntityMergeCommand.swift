import ArgumentParser

/// `dossier entity merge`: two entities that are one.
struct EntityMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge OTHER into KEEP: names, tickers, mentions, claims and reports move, OTHER goes.",
        discussion: """
            The merge lasts: OTHER's names stay aliases of KEEP, so re-ingesting old or new
            articles credits KEEP.

            Examples:
              dossier entity merge "BAIC Group" BAIC
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The entity that stays.")
    var keep: String

    @Argument(help: "The entity merged into it.")
    var other: String

    func run() throws {
        try database.open().mergeEntity(other, into: keep)
        print("merged \(other) into \(keep)")
    }
}
