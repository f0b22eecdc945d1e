import ArgumentParser
import DossierIngest
import Foundation

/// `dossier ingest`: stores articles and what they say.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles: their text, entities, claims and attributions.",
        discussion: """
            Takes plain text and Markdown files (with optional `---` front matter: title, outlet,
            published, url, author); folders are walked. Text already stored is skipped; a new
            text at a stored URL replaces that article whole. A bad file is reported on one line
            and skipped; the rest lands, and the exit status is 1.

            Examples:
              dossier ingest SampleData/
              dossier ingest article.txt --outlet CnEVPost --published 2023-02-14
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var metadata: MetadataOptions

    @Option(help: "Reject files larger than this many bytes.")
    var maxBytes = 10_000_000

    @Argument(help: ArgumentHelp("Files and folders to ingest.", valueName: "path"))
    var paths: [String]

    func run() throws {
        let store = try database.openOrCreate()
        let pipeline = IngestPipeline(store: store, reader: FileReader(maxBytes: maxBytes), overrides: metadata.overrides)
        let showProgress = Terminal.isTerminal(STDERR_FILENO)
        var reported = 0
        let summary = try pipeline.ingest(paths: paths) { progress in
            for error in progress.rejected[reported...] {
                if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                Terminal.printError(error.description)
            }
            reported = progress.rejected.count
            if showProgress {
                let rate = progress.seconds > 0 ? Double(progress.processed) / progress.seconds : 0
                let line = "\r\u{1B}[K\(progress.processed) articles, \(Int(rate))/s, \(String(format: "%.1f", progress.seconds))s"
                FileHandle.standardError.write(Data(line.utf8))
            }
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        for error in summary.rejected[reported...] { Terminal.printError(error.description) }
        print("\(summary.new) new, \(summary.unchanged) unchanged, \(summary.replaced) replaced, \(summary.rejected.count) rejected in \(String(format: "%.2f", summary.seconds))s")
        if !summary.rejected.isEmpty { throw CLIError.rejectedInput(count: summary.rejected.count) }
    }
}
