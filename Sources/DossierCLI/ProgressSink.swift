import DossierStore
import Foundation

/// Passes rows on and shows on standard error, every 100,000 rows, how many went and how
/// fast: for long exports run from a terminal.
struct ProgressSink: RowSink {
    var base: any RowSink
    private var rows = 0
    private let started = DispatchTime.now()

    init(base: any RowSink) { self.base = base }

    mutating func begin(columns: [String]) throws { try base.begin(columns: columns) }

    mutating func row(_ cells: [Cell]) throws {
        try base.row(cells)
        count()
    }

    mutating func row(raw: RawRow) throws {
        try base.row(raw: raw)
        count()
    }

    private mutating func count() {
        rows += 1
        if rows % 100_000 == 0 { show("\(rows) rows, \(Int(Double(rows) / seconds))/s") }
    }

    mutating func end() throws {
        try base.end()
        show("")
    }

    private var seconds: Double { max(Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9, 1e-9) }

    private func show(_ line: String) {
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }
}
