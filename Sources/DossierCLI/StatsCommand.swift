import ArgumentParser
import DossierStore

/// `dossier stats`: what the knowledge base holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the rows of every table and show the database size.",
        discussion: """
            Examples:
              dossier stats
              dossier stats --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let statistics = try database.open().statistics()
        var sink = output.format.sink(ByteWriter())
        try sink.begin(columns: ["table", "rows"])
        for table in statistics.tables { try sink.row([.text(table.name), .integer(Int64(table.rows))]) }
        try sink.row([.text("(bytes)"), .integer(statistics.bytes)])
        try sink.end()
    }
}
