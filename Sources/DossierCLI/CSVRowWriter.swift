import DossierStore

/// Writes rows as RFC 4180 CSV: CRLF line ends, fields holding commas, quotes or line
/// breaks quoted, quotes doubled, NULL as an empty field.
public struct CSVRowWriter: RowSink {
    let writer: ByteWriter
    let header: Bool
    private var line: [UInt8] = []

    public init(writer: ByteWriter, header: Bool = true) {
        self.writer = writer
        self.header = header
    }

    public mutating func begin(columns: [String]) throws {
        if header { write(columns.map { Cell.text($0) }) }
    }

    public mutating func row(_ cells: [Cell]) throws {
        write(cells)
    }

    public mutating func row(raw: RawRow) throws {
        line.removeAll(keepingCapacity: true)
        for index in 0..<raw.count {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            switch raw.value(index) {
            case .null: continue
            case let .integer(value): line.appendDecimal(value)
            case let .text(bytes): Self.append(field: bytes, to: &line)
            case let .other(cell): append(field: cell.text ?? "")
            }
        }
        endLine()
    }

    public mutating func end() throws {
        try writer.flush()
    }

    // Runs once per exported cell: the row is put together in a buffer of its own, and
    // integers and plain text go into it without intermediate strings or arrays.
    private mutating func write(_ cells: [Cell]) {
        line.removeAll(keepingCapacity: true)
        for index in cells.indices {
            if index > 0 { line.append(UInt8(ascii: ",")) }
            switch cells[index] {
            case .null: continue
            case let .integer(value): line.appendDecimal(value)
            case let .text(text): append(field: text)
            case let cell: append(field: cell.text ?? "")
            }
        }
        endLine()
    }

    private mutating func endLine() {
        line.append(13)
        line.append(10)
        writer.write(bytes: line)
    }

    private mutating func append(field text: String) {
        var text = text
        text.withUTF8 { Self.append(field: $0, to: &line) }
    }

    /// A field's bytes, quoted only when it must be.
    private static func append(field bytes: some Collection<UInt8>, to line: inout [UInt8]) {
        guard bytes.contains(where: needsQuotes) else {
            line.append(contentsOf: bytes)
            return
        }
        line.append(34)
        for byte in bytes {
            if byte == 34 { line.append(34) }
            line.append(byte)
        }
        line.append(34)
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool { byte == 44 || byte == 34 || byte == 10 || byte == 13 }

    /// The bytes of one field, quoted only when it must be.
    static func field(_ text: String) -> [UInt8] {
        var field: [UInt8] = []
        append(field: text.utf8, to: &field)
        return field
    }
}
