import GRDB
import GRDBSQLite

/// One result row as SQLite holds it, readable only while `RowSink.row(raw:)` runs: lets
/// writers of bytes copy text straight out of SQLite instead of making a string per cell.
public struct RawRow {
    /// What one cell holds; `text` points into SQLite's own buffer.
    public enum Value {
        case null
        case integer(Int64)
        case text(UnsafeBufferPointer<UInt8>)
        case other(Cell)
    }

    let statement: SQLiteStatement
    public let count: Int
    /// A column of entity ids to write as names, and the names.
    let entityNames: (column: Int, names: EntityNames)?

    init(statement: SQLiteStatement, count: Int, entityNames: (column: Int, names: EntityNames)? = nil) {
        self.statement = statement
        self.count = count
        self.entityNames = entityNames
    }

    public func cell(_ index: Int) -> Cell {
        if let entityNames, index == entityNames.column {
            return switch value(index) {
            case let .text(bytes): .text(String(decoding: bytes, as: UTF8.self))
            default: .null
            }
        }
        return Cell(DatabaseValue(sqliteStatement: statement, index: CInt(index)))
    }

    public func value(_ index: Int) -> Value {
        let column = CInt(index)
        if let entityNames, index == entityNames.column {
            guard let start = sqlite3_column_text(statement, column) else { return .null }
            let ids = UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement, column)))
            return entityNames.names.joined(ids: ids).map(Value.text) ?? .null
        }
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL:
            return .null
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(statement, column))
        case SQLITE_TEXT:
            // The text pointer first, then its length, as SQLite's documentation asks.
            guard let start = sqlite3_column_text(statement, column) else { return .null }
            return .text(UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement, column))))
        default:
            return .other(cell(index))
        }
    }

    /// Every cell, as values that outlive the row.
    public var cells: [Cell] { (0..<count).map(cell) }
}
