import ArgumentParser
import DossierIngest

/// `dossier entity import`: a whole gazetteer at once.
struct EntityImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a gazetteer: a CSV of curated entities (name,type,aliases,tickers).",
        discussion: """
            The header row names the columns; aliases and tickers are optional, several
            separated by ;. A row creates its entity, or curates the one already going by its
            name. A bad or conflicting row is reported on one line and skipped, the rest is
            imported, and the exit status is 1. Importing the same file again changes nothing.

            name,type,aliases,tickers
            Xiaomi,organization,Xiaomi Corp;Xiaomi Group,HKEX:1810
            "BAIC Group",organization,BAIC;Beijing Automotive Group,

            Examples:
              dossier entity import gazetteer.csv
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The gazetteer.", valueName: "file.csv"))
    var file: String

    func run() throws {
        let gazetteer = try GazetteerFile(path: file)
        let errors = try database.openOrCreate().importEntities(gazetteer.entries.map(\.entity))
        var rejected = gazetteer.rejected.map(\.description)
        for (entry, error) in zip(gazetteer.entries, errors) {
            if let error { rejected.append("\(file): row \(entry.row): \(error.description)") }
        }
        for message in rejected { Terminal.printError(message) }
        print("\(gazetteer.entries.count - (rejected.count - gazetteer.rejected.count)) entities imported, \(rejected.count) rejected")
        if !rejected.isEmpty { throw CLIError.rejectedInput(count: rejected.count) }
    }
}
