import ArgumentParser
import DossierStore

/// `dossier export`: hands a whole table over, streamed.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a table as CSV (RFC 4180, UTF-8), JSON or JSON Lines, streamed row by row.",
        discussion: """
            Tables: \(ExportTable.allCases.map(\.rawValue).joined(separator: ", ")).

            Examples:
              dossier export claims --format csv -o claims.csv
              dossier export entities --format jsonl
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "What to export: \(ExportTable.allCases.map(\.rawValue).joined(separator: ", ")).")
    var table: ExportTable

    @Option(help: "Output format: csv, json or jsonl.")
    var format: OutputFormat = .csv

    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if format == .table { throw ValidationError("export writes csv, json or jsonl; use `dossier claims` or `dossier sql` for tables") }
    }

    func run() throws {
        let store = try database.open()
        let writer = try output.map { try ByteWriter(path: $0) } ?? ByteWriter()
        var sink = format.sink(writer)
        try store.export(table, into: &sink)
    }
}

extension ExportTable: ExpressibleByArgument {}
