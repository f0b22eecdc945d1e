import ArgumentParser
import DossierStore

/// `--db PATH`, shared by every command that uses the knowledge base.
public struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $DOSSIER_DB, else ./dossier.db).", valueName: "path"))
    public var db: String?

    public init() {}

    /// The database path after `$DOSSIER_DB` and the default are applied.
    public var path: String { DossierStore.defaultPath(explicit: db) }

    /// Opens an existing database; a missing one is an error with a hint.
    func open() throws -> DossierStore { try DossierStore(path: path, create: false) }

    /// Opens an existing database for reading only: nothing the command does can change it.
    func openReadOnly() throws -> DossierStore { try DossierStore(path: path, create: false, readOnly: true) }

    /// Opens the database, creating it when missing.
    func openOrCreate() throws -> DossierStore { try DossierStore(path: path, create: true) }
}

/// `--format` for commands that print rows.
public struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, json or jsonl.")
    public var format: OutputFormat = .table

    public init() {}
}
