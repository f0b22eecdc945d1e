import GRDB

/// One value of a result row, typed as SQLite stores it.
public enum Cell: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The value as text for CSV and tables; `nil` for NULL.
    public var text: String? {
        switch self {
        case .null: return nil
        case let .integer(value): return String(value)
        case let .real(value): return String(value)
        case let .text(value): return value
        case let .blob(bytes): return bytes.map { String($0, radix: 16) }.joined()
        }
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case let .int64(v): self = .integer(v)
        case let .double(v): self = .real(v)
        case let .string(v): self = .text(v)
        case let .blob(data): self = .blob(Array(data))
        }
    }
}

/// Receives a result set row by row, so that large results stream in constant memory.
public protocol RowSink {
    /// Called once, before any row, with the column names.
    mutating func begin(columns: [String]) throws
    mutating func row(_ cells: [Cell]) throws
    /// Called instead of `row(_:)` while streaming a query: a sink that writes bytes can
    /// read them without a string per cell. The default hands `raw.cells` to `row(_:)`.
    mutating func row(raw: RawRow) throws
    /// Called once after the last row.
    mutating func end() throws
}

extension RowSink {
    public mutating func row(raw: RawRow) throws { try row(raw.cells) }
}

extension DossierStore {
    /// Runs a query and streams its rows into `sink`.
    func stream<S: RowSink>(_ db: Database, sql: String, arguments: StatementArguments = [], into sink: inout S) throws {
        try stream(try db.makeStatement(sql: sql), arguments: arguments, into: &sink)
    }

    /// Streams the rows of a prepared statement into `sink`; the column `entityNames` names
    /// holds entity ids, written as their names.
    func stream<S: RowSink>(
        _ statement: Statement, arguments: StatementArguments = [], into sink: inout S,
        entityNames: (column: Int, names: EntityNames)? = nil
    ) throws {
        try statement.setArguments(arguments)
        try sink.begin(columns: statement.columnNames)
        let rows = try Row.fetchCursor(statement)
        // Values are read straight off the statement: going through `Row`'s generic
        // subscript costs more than SQLite itself on large exports.
        let raw = RawRow(statement: statement.sqliteStatement, count: statement.columnCount, entityNames: entityNames)
        while try rows.next() != nil { try sink.row(raw: raw) }
        try sink.end()
    }
}
