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
        let opening = lines ? "{" : (first ? "\n{" : ",\n{")
        first = false
        writer.append { [keys, lines] buffer in
            buffer.append(contentsOf: opening.utf8)
            for index in cells.indices {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                buffer.append(contentsOf: keys[index])
                switch cells[index] {
                case .null: buffer.append(contentsOf: "null".utf8)
                case let .integer(value): buffer.append(contentsOf: String(value).utf8)
                case let .real(value): buffer.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
                case let .text(value): JSONText.append(quoted: value, to: &buffer)
                case .blob: JSONText.append(quoted: cells[index].text ?? "", to: &buffer)
                }
            }
            buffer.append(UInt8(ascii: "}"))
            if lines { buffer.append(10) }
        }
    }

    public mutating func end() throws {
        if !lines { writer.write(first ? "]\n" : "\n]\n") }
        try writer.flush()
    }
}

/// JSON string literals, escaped by hand because this runs once per exported cell.
enum JSONText {
    private static let hex = Array("0123456789abcdef".utf8)

    static func quoted(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        append(quoted: text, to: &out)
        return out
    }

    /// Appends `text` as a JSON string literal.
    static func append(quoted text: String, to out: inout [UInt8]) {
        out.append(34)
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
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
        }
        out.append(34)
    }
}
