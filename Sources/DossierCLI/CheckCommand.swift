import ArgumentParser
import DossierStore

/// `dossier check`: proves the knowledge base is consistent.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: SQLite's integrity and foreign keys, and the knowledge base's own rules.",
        discussion: """
            Runs SQLite's integrity_check and foreign_key_check, then checks that sentences lie
            inside their article's text and mentions inside their sentence, that every claim
            quotes its article's text at its offsets and sits in a sentence of its own article,
            that stored mention counts match the mentions, that each claim's entities and the
            claims listed per article and entity agree, that every attribution has its report
            and every cross-referenced article is paired with the reports it relays, that no two
            articles share a content hash or a URL and each carries the keys of both, that each
            entity is found by its own name, and that the full-text indexes hold exactly the
            rows of their tables. Prints one line per problem and exits with 3 when there is
            any; prints "ok" and exits with 0 otherwise.

            Examples:
              dossier check
              dossier check --db archive.db
            """
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let problems = try database.open().check()
        guard !problems.isEmpty else {
            print("ok")
            return
        }
        for problem in problems { print(problem.description) }
        throw CLIError.checkFailed(problems: problems.count)
    }
}
