import GRDB

extension DossierStore {
    /// Streams a whole table of the knowledge base into `sink`.
    public func export<S: RowSink>(_ table: ExportTable, into sink: inout S) throws {
        try read { db in
            let statement = try db.makeStatement(sql: table.sql)
            let names = try table.entityNamesColumn.flatMap { column in
                try statement.columnNames.firstIndex(of: column).map { (column: $0, names: try EntityNames(db)) }
            }
            try stream(statement, into: &sink, entityNames: names)
        }
    }

    /// The export going by `name`: a shortcut, else a table or view of the schema, ordered
    /// by its primary key.
    public func exportTable(named name: String) throws -> ExportTable {
        if let shortcut = ExportTable.shortcuts.first(where: { $0.name == name }) { return shortcut }
        if name == "claims_flat" { return ExportTable.claimsFlat(named: name) }
        return try read { db in
            let schema = try Self.exportableSchema(db)
            guard let type = schema.first(where: { $0.name == name })?.type else {
                let names = ExportTable.shortcuts.map(\.name) + schema.map(\.name)
                throw StoreError.invalidArgument(
                    "nothing to export named \"\(name)\"", hint: "choose one of \(names.joined(separator: ", "))")
            }
            let quoted = "\"\(name)\""
            guard type == "table" else { return ExportTable(name: name, sql: "SELECT * FROM \(quoted)") }
            let keys = try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", arguments: [name])
                .map { "\"\($0[0] as String)\"" }
            return ExportTable(name: name, sql: "SELECT * FROM \(quoted) ORDER BY \(keys.isEmpty ? "rowid" : keys.joined(separator: ", "))")
        }
    }

    /// Tables and views a person may export: the schema's own, without SQLite's, GRDB's
    /// and the full-text indexes (which only mirror other tables).
    static func exportableSchema(_ db: Database) throws -> [(name: String, type: String)] {
        try Row.fetchAll(db, sql: """
            SELECT name, type FROM sqlite_master
            WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
              AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%'
            ORDER BY type, name
            """).map { ($0["name"], $0["type"]) }
    }
}
