import ArgumentParser
import DossierIngest
import Foundation

extension InputFormat: ExpressibleByArgument {}

/// `dossier ingest`: stores articles and what they say.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles: their text, entities, claims and attributions.",
        discussion: """
            Reads plain text and Markdown (with optional `---` front matter: title, outlet,
            published, url, author), saved web pages (HTML), RSS and Atom feeds (one article per
            item), and JSON Lines (one article per line: "text", and "id", "title", "outlet",
            "published", "url", "author"). The format of each file comes from its extension,
            else from its content; --format forces one. Folders are walked.

            Text already stored is skipped; a new text at a stored URL replaces that article
            whole. A bad file (or JSON line, or feed item) is reported on one line and skipped;
            the rest lands, and the exit status is 1. On a terminal, progress shows on stderr.

            Links between the claims of different reports are built afterwards, by the first
            `xref`, `timeline` or `sources`, so that ingesting stays fast.

            Examples:
              dossier ingest SampleData/
              dossier ingest article.txt --outlet CnEVPost --published 2023-02-14
              dossier ingest saved-pages/ feeds/cnevpost.xml archive.jsonl
              dossier ingest --format jsonl export.dat
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var metadata: MetadataOptions

    @Option(help: "Input format: auto, text, markdown, html, rss, atom or jsonl.")
    var format: InputFormat = .auto

    @Option(help: "Reject files (and JSON lines) larger than this many bytes.")
    var maxBytes = 10_000_000

    @Argument(help: ArgumentHelp("Files and folders to ingest.", valueName: "path"))
    var paths: [String]

    func run() throws {
        let store = try database.openOrCreate()
        let pipeline = IngestPipeline(
            store: store, reader: FileReader(maxBytes: maxBytes, format: format), overrides: metadata.overrides)
        let progressLine = Terminal.isTerminal(STDERR_FILENO) ? ProgressLine() : nil
        var reported = 0
        let summary = try pipeline.ingest(paths: paths) { progress in
            let rejected = progress.summary.rejected
            if reported < rejected.count {
                progressLine?.clear()
                for error in rejected[reported...] { Terminal.printError(error.description) }
                reported = rejected.count
            }
            progressLine?.show(progress)
        }
        progressLine?.clear()
        print("\(summary.new) new, \(summary.unchanged) unchanged, \(summary.replaced) replaced, \(summary.rejected.count) rejected in \(String(format: "%.2f", summary.seconds))s")
        if !summary.rejected.isEmpty { throw CLIError.rejectedInput(count: summary.rejected.count) }
    }
}
