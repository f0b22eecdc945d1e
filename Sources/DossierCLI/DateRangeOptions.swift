import ArgumentParser
import DossierExtraction

/// `--since --until`: keep accounts dated within these days, inclusive.
struct DateRangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only reports dated on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only reports dated on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, SimpleDate(iso: value) == nil || value.count != 10 {
                throw ValidationError("\(name) \"\(value)\" is not a date like 2022-08-26")
            }
        }
    }
}
