import ArgumentParser
import DossierIngest
import DossierStore
import Foundation

/// The entry point of the `dossier` executable: parses, runs, and maps every error to one
/// line on standard error and the documented exit status.
public enum DossierMain {
    public static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try DossierCommand.parseAsRoot(arguments)
            try command.run()
            return ExitStatus.ok.rawValue
        } catch let error as CLIError {
            if case .rejectedInput = error { return ExitStatus.rejectedInput.rawValue }
            if case .checkFailed = error {
                Terminal.printError(error.description)
                return ExitStatus.database.rawValue
            }
            Terminal.printError(error.description)
            return ExitStatus.usage.rawValue
        } catch let error as StoreError {
            Terminal.printError(error.description)
            switch error {
            case .unknownEntity, .invalidArgument, .invalidSQL, .writeRefused, .badSearchQuery: return ExitStatus.usage.rawValue
            default: return ExitStatus.database.rawValue
            }
        } catch let error as IngestError {
            Terminal.printError(error.description)
            return ExitStatus.rejectedInput.rawValue
        } catch {
            let code = DossierCommand.exitCode(for: error)
            let message = DossierCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                return ExitStatus.ok.rawValue
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            return ExitStatus.usage.rawValue
        }
    }
}
