import Foundation
import GRDB

/// The knowledge base on one SQLite file: opening, migrating, writing and querying.
///
/// The public API speaks the product's types (articles, claims, rows of cells), never
/// GRDB's, so that another store could stand beside this one.
public final class DossierStore: Sendable {
    /// Where the database lives.
    public let path: String
    let pool: DatabasePool

    /// Opens the database at `path`, creating and migrating it when `create` is true.
    ///
    /// Without `create`, a missing file is an error rather than a new empty database, so a
    /// mistyped `--db` never silently answers "nothing found".
    public init(path: String, create: Bool = true, readOnly: Bool = false) throws {
        self.path = path
        if !create || readOnly, !FileManager.default.fileExists(atPath: path) {
            throw StoreError.notInitialised(path: path)
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.readonly = readOnly
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try SharedBM25.register(db)
            if !db.configuration.readonly {
                // The writer's batches touch more index pages than SQLite's default 2 MB cache
                // holds; a larger cache spares their re-reads and spills (a quarter less CPU per
                // batch in `make bench`). 32 MB took 2 s of system time off 100,000 articles
                // against 16 MB, for a peak of 152 MB where the budget is 200.
                // Index pages are rewritten batch after batch: checkpointing every 256 MB of log
                // rather than every 4 MB copies each into the database file, and syncs it,
                // far fewer times (100,000 articles: 198 s to 149 s). The log is on disk, not
                // in memory. While articles are written, `LogCheckpointer` checkpoints at the
                // same size on a thread of its own instead.
                try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = \(ArticleWriter.defaultCheckpointFrames)")
            }
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, cause: error.message ?? error.description)
        }
        try migrate(readOnly: readOnly)
    }

    /// Resolves the database path: an explicit `--db`, else `$DOSSIER_DB`, else `./dossier.db`.
    public static func defaultPath(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["DOSSIER_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        return "dossier.db"
    }

    /// Names of the migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try read { db in try Migration.migrator().appliedMigrations(db) }
    }

    private func migrate(readOnly: Bool) throws {
        let migrator = Migration.migrator()
        let known = Set(Migration.embedded.map(\.name))
        let applied = try read { db in try migrator.appliedIdentifiers(db) }
        let unknown = applied.subtracting(known).sorted()
        if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknown: unknown) }
        if readOnly {
            if applied.isEmpty { throw StoreError.notInitialised(path: path) }
            if !known.isSubset(of: applied) { throw StoreError.outdatedSchema(path: path) }
            return
        }
        // Opening a database that is up to date writes nothing, so it never waits for (or
        // blocks) an ingest that is writing.
        if applied == known { return }
        try wrap { try migrator.migrate(pool) }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try wrap { try pool.read(body) }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try wrap { try pool.write(body) }
    }

    /// Turns GRDB's errors into the store's own, so callers never see GRDB types.
    func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError.sqlite(error.message ?? error.description)
        }
    }
}
