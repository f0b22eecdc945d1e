import ArgumentParser
import DossierStore
import Foundation

/// `dossier entity show`: everything known about one entity.
struct EntityShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an entity: type, aliases, tickers, and its mentions by outlet with first and last dates.",
        discussion: """
            --format json prints one object; csv and jsonl print one row per outlet.

            Examples:
              dossier entity show Xiaomi
              dossier entity show "sina tech" --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: "The entity: its name or any alias, in any case.")
    var name: String

    func run() throws {
        let profile = try database.openReadOnly().entityProfile(name)
        let writer = ByteWriter()
        switch output.format {
        case .table:
            writer.write(Self.describe(profile))
            var sink = output.format.sink(writer)
            try Self.writeOutlets(of: profile, into: &sink, withEntity: false)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            writer.write(bytes: try encoder.encode(profile))
            writer.write(byte: 10)
            try writer.flush()
        case .csv, .jsonl:
            var sink = output.format.sink(writer)
            try Self.writeOutlets(of: profile, into: &sink, withEntity: true)
        }
    }

    /// The facts, one per line, above the table of outlets.
    static func describe(_ profile: EntityProfile) -> String {
        var lines = ["\(profile.name) (\(profile.type)\(profile.curated ? ", curated" : ""))"]
        lines.append("aliases:    " + (profile.aliases.isEmpty ? "-" : profile.aliases.joined(separator: "; ")))
        lines.append("tickers:    " + (profile.tickers.isEmpty ? "-" : profile.tickers.joined(separator: "; ")))
        lines.append("mentions:   \(profile.mentions) in \(profile.outlets.reduce(0) { $0 + $1.articles }) articles; \(profile.claims) claims")
        lines.append("first seen: \(profile.firstSeen ?? "-")")
        lines.append("last seen:  \(profile.lastSeen ?? "-")")
        return lines.joined(separator: "\n") + "\n\n"
    }

    static func writeOutlets(of profile: EntityProfile, into sink: inout some RowSink, withEntity: Bool) throws {
        let lead: [Cell] = withEntity ? [.integer(profile.id), .text(profile.name), .text(profile.type)] : []
        try sink.begin(columns: (withEntity ? ["entity_id", "entity", "type"] : []) + ["outlet", "mentions", "articles", "first_seen", "last_seen"])
        for outlet in profile.outlets {
            try sink.row(lead + [
                .text(outlet.outlet), .integer(Int64(outlet.mentions)), .integer(Int64(outlet.articles)),
                outlet.firstSeen.map(Cell.text) ?? .null, outlet.lastSeen.map(Cell.text) ?? .null,
            ])
        }
        try sink.end()
    }
}
