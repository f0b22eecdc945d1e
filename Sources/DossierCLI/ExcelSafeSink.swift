import DossierStore

/// Passes rows on with every text cell that a spreadsheet would read as a formula
/// (`=`, `+`, `-`, `@`, tab, carriage return first) prefixed with a single quote.
struct ExcelSafeSink: RowSink {
    var base: any RowSink

    /// First bytes that make a spreadsheet treat a cell as a formula.
    static let triggers: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13]

    mutating func begin(columns: [String]) throws { try base.begin(columns: columns) }

    mutating func row(_ cells: [Cell]) throws {
        guard cells.contains(where: Self.isTriggered) else { return try base.row(cells) }
        try base.row(cells.map { cell in
            guard Self.isTriggered(cell), case let .text(text) = cell else { return cell }
            return .text("'" + text)
        })
    }

    mutating func end() throws { try base.end() }

    static func isTriggered(_ cell: Cell) -> Bool {
        guard case let .text(text) = cell, let first = text.utf8.first else { return false }
        return triggers.contains(first)
    }
}
