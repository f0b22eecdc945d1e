import GRDB

/// One numbered file of `Migrations/`, carried inside the binary by the EmbedMigrations plugin.
public struct Migration: Sendable, Equatable {
    /// The file name without `.sql`, e.g. `0001_create_article`.
    public let name: String
    public let sql: String

    /// A migrator that applies `migrations` in order, each once.
    static func migrator(_ migrations: [Migration] = embedded) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: migration.sql)
            }
        }
        return migrator
    }
}
