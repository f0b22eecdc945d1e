import DossierStore

/// Prints rows as aligned columns for people, clipping the widest columns so that each
/// line fits the terminal. Holds the rows until the end, as alignment needs them all.
public struct TableRowWriter: RowSink {
    let writer: ByteWriter
    let width: Int?
    /// The columns people see, when a command narrows a wide result; nil shows all.
    let shown: [String]?
    private var columns: [String] = []
    private var kept: [Int] = []
    private var rows: [[String]] = []

    public init(writer: ByteWriter, width: Int?, shown: [String]? = nil) {
        self.writer = writer
        self.width = width
        self.shown = shown
    }

    public mutating func begin(columns: [String]) throws {
        kept = shown.map { names in names.compactMap { columns.firstIndex(of: $0) } } ?? Array(columns.indices)
        self.columns = kept.map { columns[$0] }
    }

    public mutating func row(_ cells: [Cell]) throws {
        rows.append(kept.map { Self.flatten(cells[$0].text ?? "") })
    }

    public mutating func end() throws {
        var widths = columns.map(Self.visibleCount)
        for row in rows {
            for (index, value) in row.enumerated() { widths[index] = max(widths[index], Self.visibleCount(value)) }
        }
        if let width { Self.fit(&widths, into: width) }
        writer.write(line(columns, widths))
        writer.write(line(widths.map { String(repeating: "-", count: $0) }, widths))
        for row in rows { writer.write(line(row, widths)) }
        if rows.isEmpty { writer.write("(no rows)\n") }
        try writer.flush()
    }

    private func line(_ values: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (index, value) in values.enumerated() {
            let clipped = Self.clip(value, to: widths[index])
            let isLast = index == values.count - 1
            parts.append(isLast ? clipped : clipped + String(repeating: " ", count: widths[index] - Self.visibleCount(clipped)))
        }
        return parts.joined(separator: "  ") + "\n"
    }

    /// Narrows the widest columns, one character at a time, until the line fits.
    static func fit(_ widths: inout [Int], into total: Int) {
        let separators = 2 * max(widths.count - 1, 0)
        while widths.reduce(0, +) + separators > total {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 else { return }
            widths[widest] -= 1
        }
    }

    /// Characters a terminal shows: ANSI escapes (the bold of search matches) take no room.
    static func visibleCount(_ text: String) -> Int {
        guard text.contains("\u{1B}") else { return text.count }
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                inEscape = !character.isLetter
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    /// `text` cut to `width` visible characters, ending in "…" when cut; escapes are kept
    /// whole, and any left open is closed.
    static func clip(_ text: String, to width: Int) -> String {
        guard visibleCount(text) > width else { return text }
        var result = ""
        var visible = 0
        var inEscape = false
        for character in text {
            if inEscape || character == "\u{1B}" {
                inEscape = character == "\u{1B}" || !character.isLetter
                result.append(character)
                continue
            }
            if visible == max(width - 1, 0) { break }
            result.append(character)
            visible += 1
        }
        return result + "…" + (text.contains("\u{1B}") ? Terminal.plain : "")
    }

    /// Line breaks and tabs would break the alignment.
    static func flatten(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
