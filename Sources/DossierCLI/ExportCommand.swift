import ArgumentParser
import DossierStore
import Foundation

/// `dossier export`: hands a whole table, view or query over, streamed.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a table, view or query as CSV (RFC 4180, UTF-8), JSON or JSON Lines, streamed row by row.",
        discussion: """
            NAME is any table or view of the schema (article, entity, entity_alias, claim,
            attribution, report, claim_link, ...), including the views claims_flat (one row
            per claim with its article, reporter, sources, stance and entities) and
            claim_links (both claims of each cross-reference), or a shortcut:
            \(ExportTable.shortcuts.map(\.name).joined(separator: ", ")). With --query, the rows of one
            read-only SELECT instead.

            On a terminal, the count of rows written so far shows on standard error.

            --excel-safe puts a ' before text cells that begin with =, +, -, @, a tab or a
            carriage return, so that a spreadsheet does not run them as formulas.

            Examples:
              dossier export claims_flat --format csv -o claims.csv
              dossier export claim_links --format jsonl
              dossier export --query "SELECT * FROM claims_flat WHERE stance = 'denied'" -o denied.csv
              dossier export entities --format csv --excel-safe --no-header
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The table, view or shortcut to export.", valueName: "name"))
    var table: String?

    @Option(help: ArgumentHelp("Export the rows of this read-only query instead of a table.", valueName: "sql"))
    var query: String?

    @Option(help: "Output format: csv, json or jsonl.")
    var format: OutputFormat = .csv

    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Leave out the CSV header row.")
    var noHeader = false

    @Flag(help: "Neutralise cells a spreadsheet would run as formulas (CSV injection).")
    var excelSafe = false

    func validate() throws {
        if format == .table { throw ValidationError("export writes csv, json or jsonl; use `dossier sql` for a table on screen") }
        if (table == nil) == (query == nil) { throw ValidationError("give either a table name or --query, not both nor neither") }
        if noHeader, format != .csv { throw ValidationError("--no-header applies to --format csv only") }
    }

    func run() throws {
        let store = try database.openReadOnly()
        let exported = try table.map { try store.exportTable(named: $0) }
        let writer = try output.map { try ByteWriter(path: $0) } ?? ByteWriter()
        let plain = format.sink(writer, header: !noHeader)
        var sink: any RowSink = excelSafe ? ExcelSafeSink(base: plain) : plain
        if Terminal.isTerminal(STDERR_FILENO), output != nil || !Terminal.isTerminal(STDOUT_FILENO) {
            sink = ProgressSink(base: sink)
        }
        if let exported {
            try store.export(exported, into: &sink)
        } else {
            try store.query(readOnlySQL: query ?? "", parameters: [:], into: &sink)
        }
    }
}
