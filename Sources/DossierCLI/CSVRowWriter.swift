import DossierStore

/// Writes rows as RFC 4180 CSV: CRLF line ends, fields holding commas, quotes or line
/// breaks quoted, quotes doubled, NULL as an empty field.
public struct CSVRowWriter: RowSink {
    let writer: ByteWriter
    let header: Bool

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

    public mutating func end() throws {
        try writer.flush()
    }

    private func write(_ cells: [Cell]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { writer.write(byte: UInt8(ascii: ",")) }
            guard let text = cell.text else { continue }
            writer.write(bytes: Self.field(text))
        }
        writer.write(bytes: [13, 10])
    }

    /// The bytes of one field, quoted only when it must be.
    static func field(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else { return bytes }
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
