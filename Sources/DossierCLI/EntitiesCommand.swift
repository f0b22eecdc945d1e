import ArgumentParser
import DossierExtraction

/// `dossier entities`: the named things the knowledge base knows.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List known entities with their aliases, tickers and mention counts.",
        discussion: """
            Examples:
              dossier entities
              dossier entities --type outlet --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(help: "Only this type: \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")).")
    var type: EntityType?

    @Option(help: "Print at most this many entities.")
    var limit: Int?

    func run() throws {
        let store = try database.open()
        var sink = output.format.sink(ByteWriter())
        try store.entities(type: type?.rawValue, limit: limit, into: &sink)
    }
}

extension EntityType: ExpressibleByArgument {}
