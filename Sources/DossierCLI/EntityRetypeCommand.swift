import ArgumentParser
import DossierExtraction

/// `dossier entity retype`: correct what kind of thing an entity is.
struct EntityRetypeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retype",
        abstract: "Change an entity's type; extraction never changes it back.",
        discussion: """
            Examples:
              dossier entity retype Cailian outlet
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The entity: its name or any alias.")
    var name: String

    @Argument(help: "Its type: \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")).")
    var type: EntityType

    func run() throws {
        try database.open().retypeEntity(name, to: type)
        print("\(name) is now of type \(type.rawValue)")
    }
}
