import DossierStore

/// Throws every row away, counting them: queries are timed without output costs.
struct CountingSink: RowSink {
    var rows = 0
    mutating func begin(columns: [String]) throws {}
    mutating func row(_ cells: [Cell]) throws { rows += 1 }
    mutating func end() throws {}
}
