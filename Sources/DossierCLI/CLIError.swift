import DossierIngest
import DossierStore

/// Errors of the command line itself, each one line with a hint.
public enum CLIError: Error, CustomStringConvertible {
    case cannotWrite(path: String, cause: String)
    case badOption(String, hint: String)
    case rejectedInput(count: Int)
    /// `dossier check` found problems (listed on standard output).
    case checkFailed(problems: Int)

    public var description: String {
        switch self {
        case let .cannotWrite(path, cause):
            return "cannot write \(path): \(cause) (hint: check the folder exists and is writable)"
        case let .badOption(cause, hint):
            return "\(cause) (hint: \(hint))"
        case let .rejectedInput(count):
            return "\(count) input\(count == 1 ? " was" : "s were") rejected"
        case let .checkFailed(problems):
            return "the database has \(problems) problem\(problems == 1 ? "" : "s") (hint: restore a backup, or re-ingest the articles involved)"
        }
    }
}

/// Exit statuses of `dossier`, as the README documents them.
public enum ExitStatus: Int32 {
    case ok = 0
    /// Some input was rejected; the rest was stored.
    case rejectedInput = 1
    case usage = 2
    case database = 3
}
