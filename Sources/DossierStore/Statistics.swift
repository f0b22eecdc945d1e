/// Row counts of the knowledge base, for `dossier stats`.
public struct Statistics: Sendable, Equatable {
    /// Table name and its row count, in schema order.
    public var tables: [(name: String, rows: Int)]
    /// Size of the database file in bytes.
    public var bytes: Int64

    public static func == (a: Statistics, b: Statistics) -> Bool {
        a.bytes == b.bytes && a.tables.elementsEqual(b.tables) { $0.name == $1.name && $0.rows == $1.rows }
    }
}
