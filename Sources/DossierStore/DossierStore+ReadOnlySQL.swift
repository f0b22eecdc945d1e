import GRDB

extension DossierStore {
    /// Runs one statement written by a person, which must only read, and streams its rows.
    ///
    /// Three guards stand between the statement and the file: it must be a single SELECT,
    /// WITH, VALUES or EXPLAIN that SQLite itself deems read-only; the connection runs with
    /// `PRAGMA query_only`; and a store opened with `readOnly` holds a read-only connection.
    /// - Parameter parameters: values for `:name` placeholders, as text.
    public func query<S: RowSink>(readOnlySQL sql: String, parameters: [String: String], into sink: inout S) throws {
        try read { db in
            let statement = try Self.readOnlyStatement(db, sql: sql)
            let arguments = StatementArguments(parameters.mapValues { $0 as (any DatabaseValueConvertible)? })
            do {
                try statement.validateArguments(arguments)
            } catch let error as DatabaseError {
                throw StoreError.invalidSQL(error.message ?? error.description, hint: "pass --param NAME=VALUE for each :NAME in the query")
            }
            try db.execute(sql: "PRAGMA query_only = 1")
            defer { try? db.execute(sql: "PRAGMA query_only = 0") }
            do {
                try stream(statement, arguments: arguments, into: &sink)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY {
                throw StoreError.writeRefused("the statement tried to write")
            } catch let error as DatabaseError {
                throw StoreError.invalidSQL(error.message ?? error.description, hint: "check the statement with `dossier sql \"SELECT name FROM sqlite_master\"` for the schema")
            }
        }
    }

    /// Keywords a read-only statement may begin with.
    static let readingKeywords: Set<String> = ["select", "with", "values", "explain"]

    /// Compiles `sql`, refusing anything but one reading statement.
    static func readOnlyStatement(_ db: Database, sql: String) throws -> Statement {
        let statements: [Statement]
        do {
            statements = try Array(db.allStatements(sql: sql))
        } catch let error as DatabaseError {
            throw StoreError.invalidSQL(error.message ?? error.description, hint: "check the spelling against `dossier sql \"SELECT name, sql FROM sqlite_master\"`")
        }
        guard statements.count == 1, let statement = statements.first else {
            if statements.isEmpty { throw StoreError.invalidSQL("no statement given", hint: "write a query such as \"SELECT count(*) FROM claim\"") }
            throw StoreError.writeRefused("\(statements.count) statements were given where one query goes")
        }
        let keyword = firstKeyword(of: sql)
        guard readingKeywords.contains(keyword), statement.isReadonly else {
            throw StoreError.writeRefused("\(keyword.isEmpty ? "the statement" : "the \(keyword.uppercased()) statement") could write")
        }
        return statement
    }

    /// The statement's first word, lowercased, after white space and comments.
    static func firstKeyword(of sql: String) -> String {
        var rest = Substring(sql)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*") {
                guard let close = rest.range(of: "*/") else { return "" }
                rest = rest[close.upperBound...]
            } else {
                break
            }
        }
        return String(rest.prefix { $0.isLetter }).lowercased()
    }
}
