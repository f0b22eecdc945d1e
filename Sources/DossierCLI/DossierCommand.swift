import ArgumentParser

/// `dossier`: the root command.
public struct DossierCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A research knowledge base for news reports: who reported what, citing whom, when, and how surely.",
        discussion: """
            The database is --db PATH, else $DOSSIER_DB, else ./dossier.db.
            Exit status: 0 ok, 1 some input rejected (the rest stored), 2 usage, 3 database error.

            Start with:
              dossier ingest SampleData/
              dossier claims --entity Xiaomi
            """,
        subcommands: [
            InitCommand.self, IngestCommand.self, ExtractCommand.self, SearchCommand.self, ClaimsCommand.self,
            EntitiesCommand.self, EntityCommand.self, XrefCommand.self, TimelineCommand.self, SourcesCommand.self,
            ExportCommand.self, SQLCommand.self, StatsCommand.self, CheckCommand.self,
        ]
    )

    public init() {}
}
