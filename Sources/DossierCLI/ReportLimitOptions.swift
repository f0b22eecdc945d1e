import ArgumentParser
import DossierStore

/// `--limit N` / `--all`: how many reports `xref` and `timeline` show, the latest first.
struct ReportLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Show the N latest reports (by the date of the account); earlier ones are counted, not shown.", valueName: "N"))
    var limit: Int = CrossReference.defaultLimit

    @Flag(help: "Show every report, however many.")
    var all = false

    /// The limit to ask the store for; nil for all.
    var reports: Int? { all ? nil : limit }

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit \(limit) shows nothing; give 1 or more, or --all") }
    }

    /// What to say when `omitted` reports were left out, or nil when none were.
    func omissionNote(_ omitted: Int) -> String? {
        guard omitted > 0 else { return nil }
        return "\(omitted) earlier \(omitted == 1 ? "report" : "reports") left out: --limit N or --all shows more, --since/--until a period"
    }
}
