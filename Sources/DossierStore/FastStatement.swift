import GRDB
import GRDBSQLite

/// A prepared statement the ingest writer binds and steps through SQLite's C API.
///
/// The writer runs a few hundred statements per article; binding through GRDB's
/// `StatementArguments` (an array of boxed values per row, checked on every call) cost it
/// about as much CPU as SQLite's own work. Values are bound in the order of the SQL's `?`.
struct FastStatement {
    /// Keeps the compiled statement alive in the connection's cache.
    private let statement: Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer?

    init(_ db: Database, _ sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    /// Runs the statement once with these values.
    func execute<each Value: FastBindable>(_ values: repeat each Value) throws {
        bind(repeat each values)
        try step()
    }

    /// Runs an INSERT once with these values; the rowid of the row it inserted.
    func insert<each Value: FastBindable>(_ values: repeat each Value) throws -> Int64 {
        try execute(repeat each values)
        return insertedRowID
    }

    /// Runs an INSERT once with the values `bind` binds; the rowid of the row it inserted.
    /// For rows of many columns: a parameter pack of twenty values was bound through
    /// unspecialised generic code, which cost the writer more than SQLite's insert did.
    func insert(_ bind: (inout Binder) -> Void) throws -> Int64 {
        var binder = Binder(handle: handle)
        bind(&binder)
        try step()
        return insertedRowID
    }

    /// Read off the connection directly: GRDB's `lastInsertedRowID` checks which queue it
    /// runs on first, which cost the writer more than SQLite's own read.
    private var insertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }

    /// Steps through the statement with the values bound, and resets it.
    private func step() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw failure(code) }
    }

    /// Runs the statement once with these values; the first column of its first row.
    func fetchInt<each Value: FastBindable>(_ values: repeat each Value) throws -> Int64? {
        bind(repeat each values)
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return sqlite3_column_type(handle, 0) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 0)
        case SQLITE_DONE: return nil
        case let code: throw failure(code)
        }
    }

    /// Inserts `rows` with one statement per `chunk` of them: a statement's fixed cost
    /// (opening its cursors, starting and ending its step) is paid per chunk, not per row.
    /// `insert` is `INSERT OR IGNORE INTO table (columns)`: a multi-row statement that could
    /// fail part-way would make SQLite keep a statement journal, which costs more than it saves.
    static func insert<Row>(
        _ db: Database, _ insert: String, columns: Int, rows: some Collection<Row>, chunk: Int = 64,
        bind: (Row, inout Binder) -> Void
    ) throws {
        let group = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        var start = rows.startIndex
        while start != rows.endIndex {
            let end = rows.index(start, offsetBy: chunk, limitedBy: rows.endIndex) ?? rows.endIndex
            let count = rows.distance(from: start, to: end)
            let statement = try FastStatement(db, insert + " VALUES " + Array(repeating: group, count: count).joined(separator: ", "))
            var binder = Binder(handle: statement.handle)
            for row in rows[start..<end] { bind(row, &binder) }
            try statement.step()
            start = end
        }
    }

    /// Binds a multi-row statement's values in the order of its `?`.
    struct Binder {
        fileprivate let handle: OpaquePointer
        private var index: Int32 = 1

        fileprivate init(handle: OpaquePointer) { self.handle = handle }

        mutating func callAsFunction<Value: FastBindable>(_ value: Value) {
            value.bind(to: handle, at: index)
            index += 1
        }
    }

    private func bind<each Value: FastBindable>(_ values: repeat each Value) {
        var index: Int32 = 1
        for value in repeat each values {
            value.bind(to: handle, at: index)
            index += 1
        }
    }

    private func failure(_ code: Int32) -> StoreError {
        let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
        return .sqlite(message)
    }
}

/// A value `FastStatement` binds without boxing it.
protocol FastBindable {
    func bind(to statement: OpaquePointer, at index: Int32)
}

/// SQLite copies bound text before `bind` returns, so Swift's buffer may go right after.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension Int64: FastBindable {
    func bind(to statement: OpaquePointer, at index: Int32) { _ = sqlite3_bind_int64(statement, index, self) }
}

extension Int: FastBindable {
    func bind(to statement: OpaquePointer, at index: Int32) { _ = sqlite3_bind_int64(statement, index, Int64(self)) }
}

extension String: FastBindable {
    func bind(to statement: OpaquePointer, at index: Int32) {
        var text = self
        text.withUTF8 { bytes in
            // A zero-length buffer may have no address, which SQLite would read as NULL.
            if let base = bytes.baseAddress {
                UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    _ = sqlite3_bind_text(statement, index, $0, Int32(bytes.count), transient)
                }
            } else {
                _ = sqlite3_bind_text(statement, index, "", 0, transient)
            }
        }
    }
}

extension Optional: FastBindable where Wrapped: FastBindable {
    func bind(to statement: OpaquePointer, at index: Int32) {
        if let self { self.bind(to: statement, at: index) } else { _ = sqlite3_bind_null(statement, index) }
    }
}
