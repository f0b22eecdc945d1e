import ArgumentParser
import DossierStore
import Foundation

/// `dossier xref`: the accounts of one entity side by side.
struct XrefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xref",
        abstract: "Cross-reference the reports about an entity: who said it first, who agrees, who contradicts.",
        discussion: """
            Lists the reports about the entity in the order of their own dates (not of the
            articles relaying them), each with its reporter, cited sources, primary article
            when ingested, the articles relaying it and its claims with their stance; then the
            contradictions, then the propositions backed by more than one report, with how many
            of those reports are independent (relays of one report count once).

            The latest 20 reports are shown unless --limit or --all says otherwise; the first
            lines say how many earlier ones were left out (`omitted_reports` in json).

            Links are built at ingest; --rebuild builds them all again.

            Examples:
              dossier xref Xiaomi
              dossier xref Xiaomi --since 2022-08-01 --until 2022-09-30 --explain
              dossier xref Xiaomi --limit 50
              dossier xref Xiaomi --all
              dossier xref Xiaomi --format json
              dossier xref --rebuild
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The entity: its name or any alias, in any case.")
    var entity: String?

    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var reports: ReportLimitOptions

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Flag(help: "Show why each pair of claims was linked: shared terms and entities, polarities, days apart.")
    var explain = false

    @Flag(help: "Drop every link and cross-reference all articles again.")
    var rebuild = false

    func validate() throws {
        if entity == nil, !rebuild { throw ValidationError("name an entity, e.g. `dossier xref Xiaomi`, or pass --rebuild") }
        if format != .table, format != .json { throw ValidationError("xref prints --format table or json; `dossier timeline` gives rows for csv and jsonl") }
    }

    func run() throws {
        let store = try database.open()
        if rebuild {
            let started = Date()
            let summary = try store.rebuildCrossReferences()
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            let line = "linked \(summary.claims) claims of \(summary.articles) articles: \(summary.links) links in \(seconds)s\n"
            FileHandle.standardError.write(Data(line.utf8))
        } else {
            try store.crossReferenceNewArticles()
        }
        guard let entity else { return }
        let xref = try store.crossReference(entity: entity, since: dates.since, until: dates.until, limit: reports.reports, explain: explain)
        let writer = ByteWriter()
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            writer.write(bytes: try encoder.encode(xref))
            writer.write(byte: 10)
        } else {
            let note = reports.omissionNote(xref.omittedReports)
            writer.write(CrossReferenceText(xref, omissionNote: note, width: Terminal.width() ?? 100).render())
        }
        try writer.flush()
    }
}
