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
            case let .text(bytes): append(field: bytes)
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
        text.withUTF8 { append(field: $0) }
    }

    private mutating func append(field bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.contains(where: Self.needsQuotes) {
            line.append(contentsOf: Self.quoted(bytes))
        } else {
            line.append(contentsOf: bytes)
        }
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool { byte == 44 || byte == 34 || byte == 10 || byte == 13 }

    /// The bytes of one field, quoted only when it must be.
    static func field(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        return bytes.contains(where: needsQuotes) ? quoted(bytes) : bytes
    }

    private static func quoted(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var quoted: [UInt8] = [34]
        quoted.reserveCapacity(bytes.count + 8)
        for byte in bytes {
            if byte == 34 { quoted.append(34) }
            quoted.append(byte)
        }
        quoted.append(34)
        return quoted
    }
}
