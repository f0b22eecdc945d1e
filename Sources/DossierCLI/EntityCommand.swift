import ArgumentParser

/// `dossier entity`: look at one entity and correct what extraction made of it.
struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Show and curate entities: names, aliases, types, merges, gazetteers.",
        discussion: """
            Curated facts win over extraction: a later ingest resolves every alias to the
            entity it was given to, keeps curated names and types, and never undoes a merge.

            Examples:
              dossier entity show Xiaomi
              dossier entity merge "BAIC Group" BAIC
              dossier entity import gazetteer.csv
            """,
        subcommands: [
            EntityShowCommand.self, EntityAddCommand.self, EntityAliasCommand.self, EntityMergeCommand.self,
            EntityRenameCommand.self, EntityRetypeCommand.self, EntityImportCommand.self,
        ]
    )
}
