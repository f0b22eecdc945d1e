import ArgumentParser

/// `dossier init`: creates (or upgrades) the database.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database, or bring an existing one up to date.",
        discussion: """
            Examples:
              dossier init
              dossier init --db research/xiaomi.db
            """
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openOrCreate()
        let migrations = try store.appliedMigrations()
        print("\(store.path): ready (\(migrations.count) migrations applied, latest \(migrations.last ?? "none"))")
    }
}
