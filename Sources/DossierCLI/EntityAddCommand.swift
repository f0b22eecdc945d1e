import ArgumentParser
import DossierExtraction
import DossierStore

/// `dossier entity add`: a curated entity, before or after extraction meets it.
struct EntityAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a curated entity with its type, aliases and tickers.",
        discussion: """
            Later ingests recognise the entity by every name given here. The name and aliases
            must not name another entity yet (see `dossier entity alias` and `entity merge`).

            Examples:
              dossier entity add "Xiaomi Auto" --type organization --alias "Xiaomi EV"
              dossier entity add Xiaomi --type organization --ticker HKEX:1810
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The entity's name.")
    var name: String

    @Option(help: "Its type: \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")).")
    var type: EntityType

    @Option(name: .customLong("alias"), help: "Another name it goes by (repeatable).")
    var aliases: [String] = []

    @Option(name: .customLong("ticker"), help: ArgumentHelp("A listing, EXCHANGE:SYMBOL (repeatable).", valueName: "ticker"))
    var tickers: [String] = []

    func run() throws {
        try database.openOrCreate().addEntity(KnownEntity(name: name, type: type, aliases: aliases, tickers: tickers))
        print("added \(name) (\(type.rawValue))")
    }
}
