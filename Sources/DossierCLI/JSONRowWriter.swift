import DossierStore

/// Writes rows as JSON objects keyed by column name: one array, or one object per line.
public struct JSONRowWriter: RowSink {
    let writer: ByteWriter
    let lines: Bool
    private var keys: [[UInt8]] = []
    private var first = true
    /// The object being written, handed to `writer` whole.
    private var line: [UInt8] = []

    public init(writer: ByteWriter, lines: Bool) {
        self.writer = writer
        self.lines = lines
    }

    public mutating func begin(columns: [String]) throws {
        keys = columns.map { JSONText.quoted($0) + [UInt8(ascii: ":")] }
        if !lines { writer.write("[") }
    }

    public mutating func row(_ cells: [Cell]) throws {
        beginObject()
        for index in cells.indices {
            key(index)
            append(cells[index])
        }
        endObject()
    }

    public mutating func row(raw: RawRow) throws {
        beginObject()
        for index in 0..<raw.count {
            key(index)
            switch raw.value(index) {
            case .null: line.append(contentsOf: "null".utf8)
            case let .integer(value): line.appendDecimal(value)
            case let .text(bytes): JSONText.append(quoted: bytes, to: &line)
            case let .other(cell): append(cell)
            }
        }
        endObject()
    }

    private mutating func beginObject() {
        line.removeAll(keepingCapacity: true)
        if !lines { line.append(contentsOf: first ? [10] : [UInt8(ascii: ","), 10]) }
        first = false
        line.append(UInt8(ascii: "{"))
    }

    private mutating func key(_ index: Int) {
        if index > 0 { line.append(UInt8(ascii: ",")) }
        line.append(contentsOf: keys[index])
    }

    private mutating func append(_ cell: Cell) {
        switch cell {
        case .null: line.append(contentsOf: "null".utf8)
        case let .integer(value): line.appendDecimal(value)
        case let .real(value): line.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
        case let .text(value): JSONText.append(quoted: value, to: &line)
        case .blob: JSONText.append(quoted: cell.text ?? "", to: &line)
        }
    }

    private mutating func endObject() {
        line.append(UInt8(ascii: "}"))
        if lines { line.append(10) }
        writer.write(bytes: line)
    }

    public mutating func end() throws {
        if !lines { writer.write(first ? "]\n" : "\n]\n") }
        try writer.flush()
    }
}

/// JSON string literals, escaped by hand because this runs once per exported cell.
enum JSONText {
    static func quoted(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        append(quoted: text, to: &out)
        return out
    }

    static func append(quoted text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(quoted: $0, to: &out) }
    }

    static func append(quoted bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(34)
        let hex = Self.hex
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
        out.append(34)
    }

    private static let hex = Array("0123456789abcdef".utf8)
}
