import ArgumentParser
import Foundation

/// `dossier timeline`: claims about an entity in the order of the accounts.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List the claims about an entity by the date of the account, marking who reported first.",
        discussion: """
            One row per claim, ordered by the date of the report it comes from (not of the
            article relaying it). `first` marks the earliest report of a proposition that
            several reports back, `days_after_first` how long the others took, and
            `days_later` how many days after the account the relaying article came out.

            Examples:
              dossier timeline Xiaomi
              dossier timeline Xiaomi --since 2022-08-01 --format csv > xiaomi.csv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: "The entity: its name or any alias, in any case.")
    var entity: String

    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var reports: ReportLimitOptions

    /// What fits a screen; csv and json carry every column.
    static let tableColumns = ["reported_on", "reporter", "first", "stance", "claim_id", "text", "relayed_in", "days_later"]

    func run() throws {
        let store = try database.open()
        try store.crossReferenceNewArticles()
        var sink = output.format.sink(ByteWriter(), tableColumns: Self.tableColumns)
        let omitted = try store.timeline(entity: entity, since: dates.since, until: dates.until, limit: reports.reports, into: &sink)
        if let note = reports.omissionNote(omitted) {
            FileHandle.standardError.write(Data("timeline: \(note)\n".utf8))
        }
    }
}
