import ArgumentParser

/// `dossier entity rename`: the name an entity is shown by.
struct EntityRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Rename an entity; the old name stays one of its aliases.",
        discussion: """
            Examples:
              dossier entity rename "Xiaomi Corp" Xiaomi
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The entity: its name or any alias.")
    var name: String

    @Argument(help: "Its new name.")
    var newName: String

    func run() throws {
        try database.open().renameEntity(name, to: newName)
        print("renamed \(name) to \(newName)")
    }
}
