import ArgumentParser
import DossierStore

/// `dossier sql`: any question the other commands do not ask, read-only.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL query against the knowledge base.",
        discussion: """
            The database is opened read-only and only a single SELECT, WITH, VALUES or EXPLAIN
            is accepted: INSERT, UPDATE, DELETE, DROP, ATTACH, PRAGMA and several statements
            at once are refused with exit status 2, and the file is left as it was. Read the
            schema with SELECT name, sql FROM sqlite_master, or pragma_table_info('claim').
            Values given with --param bind :NAME placeholders, as text.

            Examples:
              dossier sql "SELECT outlet, count(*) AS articles FROM article GROUP BY outlet"
              dossier sql "SELECT text FROM claims_flat WHERE reporter = :who" --param who=Bloomberg
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("The query.", valueName: "sql"))
    var sql: String

    @Option(name: .customLong("param"), help: ArgumentHelp("A value for :NAME in the query.", valueName: "NAME=VALUE"))
    var parameters: [String] = []

    func validate() throws { _ = try boundParameters() }

    func run() throws {
        let store = try database.openReadOnly()
        var sink = output.format.sink(ByteWriter())
        try store.query(readOnlySQL: sql, parameters: try boundParameters(), into: &sink)
    }

    private func boundParameters() throws -> [String: String] {
        var bound: [String: String] = [:]
        for parameter in parameters {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                throw ValidationError("--param \"\(parameter)\" is not NAME=VALUE")
            }
            var name = parameter[..<equals]
            if let first = name.first, ":@$".contains(first) { name = name.dropFirst() }
            bound[String(name)] = String(parameter[parameter.index(after: equals)...])
        }
        return bound
    }
}
