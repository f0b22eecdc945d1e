/// Everything that can go wrong in the store, each with a cause and a hint for the user.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, cause: String)
    case notInitialised(path: String)
    case newerSchema(path: String, unknown: [String])
    /// Opened read-only before the newest migrations were applied.
    case outdatedSchema(path: String)
    case unknownEntity(String)
    case invalidArgument(String, hint: String)
    case invalidSQL(String, hint: String)
    /// `dossier sql` was given something that could change the database.
    case writeRefused(String)
    case badSearchQuery(String, cause: String)
    case sqlite(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, cause):
            return "cannot open database \(path): \(cause) (hint: check the path and its permissions, or pass --db)"
        case let .notInitialised(path):
            return "no Dossier database at \(path) (hint: run `dossier init` or `dossier ingest`, or pass --db)"
        case let .newerSchema(path, unknown):
            return "database \(path) was written by a newer Dossier (migrations \(unknown.joined(separator: ", "))) (hint: upgrade dossier)"
        case let .outdatedSchema(path):
            return "database \(path) predates this Dossier (hint: run `dossier init --db \(path)` to bring it up to date)"
        case let .unknownEntity(name):
            return "no entity named \"\(name)\" (hint: `dossier entities` lists the known names)"
        case let .invalidArgument(cause, hint):
            return "\(cause) (hint: \(hint))"
        case let .invalidSQL(message, hint):
            return "invalid SQL: \(message) (hint: \(hint))"
        case let .writeRefused(reason):
            return "only reading is allowed here, and \(reason); nothing was changed (hint: ask with one SELECT; change entities with `dossier entity`)"
        case let .badSearchQuery(query, cause):
            return "cannot read the search query \"\(query)\": \(cause) (hint: put phrases and words with punctuation in double quotes, \"Qingdao plant\"; end a word with * for a prefix, Xiao*; write AND, OR, NOT in capitals)"
        case let .sqlite(message):
            return "database error: \(message)"
        }
    }
}
