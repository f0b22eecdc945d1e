import ArgumentParser

/// `dossier entity alias`: one more name for an entity.
struct EntityAliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Give an entity another name, which later ingests resolve to it.",
        discussion: """
            A name that extraction had given to another entity moves over; a curated name, or
            another entity's own name, is refused (merge the two instead).

            Examples:
              dossier entity alias "Sina Tech" "Sina Technology"
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The entity: its name or any alias.")
    var name: String

    @Argument(help: "The new name.")
    var alias: String

    func run() throws {
        try database.open().addAlias(alias, to: name)
        print("\(alias) now names \(name)")
    }
}
