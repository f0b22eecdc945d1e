/// The one table `make bench` prints: Markdown, so it can go into the README as it is.
struct ResultTable {
    private var rows: [(measure: String, value: String, target: String)] = []

    mutating func add(_ measure: String, _ value: String, target: String) {
        rows.append((measure, value, target))
    }

    func markdown() -> String {
        let header = ("measure", "result", "target")
        let widths = (
            max(header.0.count, rows.map(\.measure.count).max() ?? 0),
            max(header.1.count, rows.map(\.value.count).max() ?? 0),
            max(header.2.count, rows.map(\.target.count).max() ?? 0)
        )
        func line(_ a: String, _ b: String, _ c: String) -> String {
            "| " + a.padding(widths.0) + " | " + b.padding(widths.1) + " | " + c.padding(widths.2) + " |"
        }
        var lines = [line(header.0, header.1, header.2)]
        lines.append(line(String(repeating: "-", count: widths.0), String(repeating: "-", count: widths.1), String(repeating: "-", count: widths.2)))
        for row in rows { lines.append(line(row.measure, row.value, row.target)) }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}

/// Numbers as the table shows them.
enum Format {
    /// `12,345`
    static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let digits = String(Int(value.rounded()))
        var out = ""
        for (index, character) in digits.reversed().enumerated() {
            if index > 0, index % 3 == 0, character != "-" { out.append(",") }
            out.append(character)
        }
        return String(out.reversed())
    }

    /// `12.3`
    static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// `0.42 ms / 1.30 ms (CPU 0.40 / 1.10)`: wall-clock p50 / p95, then the processor time
    /// the same queries took, which other processes on a shared machine do not inflate.
    static func latency(_ samples: [(wall: Double, processor: Double)]) -> String {
        func ms(_ seconds: Double) -> String {
            let hundredths = Int((seconds * 100_000).rounded())
            return "\(hundredths / 100).\(String(hundredths % 100).count == 1 ? "0" : "")\(hundredths % 100)"
        }
        let wall = samples.map(\.wall), processor = samples.map(\.processor)
        return "\(ms(Measure.quantile(wall, 0.5))) ms / \(ms(Measure.quantile(wall, 0.95))) ms "
            + "(CPU \(ms(Measure.quantile(processor, 0.5))) / \(ms(Measure.quantile(processor, 0.95))))"
    }
}
