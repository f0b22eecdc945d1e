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
        writer.append { buffer in
            for index in cells.indices {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                switch cells[index] {
                case .null: continue
                case let .integer(value): buffer.append(contentsOf: String(value).utf8)
                case let .text(text): Self.appendField(text, to: &buffer)
                case .real, .blob: Self.appendField(cells[index].text ?? "", to: &buffer)
                }
            }
            buffer.append(13)
            buffer.append(10)
        }
    }

    /// Appends one field, quoted only when it must be, without copying it first.
    static func appendField(_ text: String, to buffer: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else {
                buffer.append(contentsOf: bytes)
                return
            }
            buffer.append(34)
            for byte in bytes {
                if byte == 34 { buffer.append(34) }
                buffer.append(byte)
            }
            buffer.append(34)
        }
    }
}
