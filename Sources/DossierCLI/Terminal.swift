import Foundation

/// What the command line knows about where its output goes.
enum Terminal {
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Columns available for table output: the terminal's width, else `$COLUMNS`, else none.
    static func width() -> Int? {
        if isTerminal(STDOUT_FILENO) {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(columns), value > 0 {
            return value
        }
        return nil
    }

    /// ANSI escapes that turn bold on and back off.
    static let bold = "\u{1B}[1m"
    static let plain = "\u{1B}[0m"

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("dossier: " + message + "\n").utf8))
    }
}
