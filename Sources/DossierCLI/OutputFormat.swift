import ArgumentParser
import DossierStore

/// How query results are printed.
public enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Aligned columns for people, clipped to the terminal.
    case table
    /// RFC 4180, with a header row.
    case csv
    /// One JSON array of objects.
    case json
    /// One JSON object per line.
    case jsonl

    /// A sink that prints rows in this format to `writer`; `tableColumns` narrows what the
    /// table format shows to people, while the formats for programs keep every column.
    func sink(_ writer: ByteWriter, header: Bool = true, tableColumns: [String]? = nil) -> any RowSink {
        switch self {
        case .table: return TableRowWriter(writer: writer, width: Terminal.width(), shown: tableColumns)
        case .csv: return CSVRowWriter(writer: writer, header: header)
        case .json: return JSONRowWriter(writer: writer, lines: false)
        case .jsonl: return JSONRowWriter(writer: writer, lines: true)
        }
    }
}
