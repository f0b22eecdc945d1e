import DossierStore

/// Writes rows as JSON objects keyed by column name: one array, or one object per line.
public struct JSONRowWriter: RowSink {
    let writer: ByteWriter
    let lines: Bool
    private var keys: [[UInt8]] = []
    private var first = true

    public init(writer: ByteWriter, lines: Bool) {
        self.writer = writer
        self.lines = lines
    }

    public mutating func begin(columns: [String]) throws {
        keys = columns.map { JSONText.quoted($0) + [UInt8(ascii: ":")] }
        if !lines { writer.write("[") }
    }

    public mutating func row(_ cells: [Cell]) throws {
        if !lines { writer.write(first ? "\n" : ",\n") }
        first = false
        writer.write(byte: UInt8(ascii: "{"))
        for (index, cell) in cells.enumerated() {
            if index > 0 { writer.write(byte: UInt8(ascii: ",")) }
            writer.write(bytes: keys[index])
            switch cell {
            case .null: writer.write("null")
            case let .integer(value): writer.write(integer: value)
            case let .real(value): writer.write(value.isFinite ? String(value) : "null")
            case let .text(value): writer.write(bytes: JSONText.quoted(value))
            case .blob: writer.write(bytes: JSONText.quoted(cell.text ?? ""))
            }
        }
        writer.write(byte: UInt8(ascii: "}"))
        if lines { writer.write(byte: 10) }
    }

    public mutating func end() throws {
        if !lines { writer.write(first ? "]\n" : "\n]\n") }
        try writer.flush()
    }
}

/// JSON string literals, escaped by hand because this runs once per exported cell.
enum JSONText {
    static func quoted(_ text: String) -> [UInt8] {
        var out: [UInt8] = [34]
        out.reserveCapacity(text.utf8.count + 2)
        let hex = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            switch byte {
            case 34: out += [92, 34]
            case 92: out += [92, 92]
            case 10: out += [92, UInt8(ascii: "n")]
            case 13: out += [92, UInt8(ascii: "r")]
            case 9: out += [92, UInt8(ascii: "t")]
            case 0..<32: out += [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: out.append(byte)
            }
        }
        out.append(34)
        return out
    }
}
