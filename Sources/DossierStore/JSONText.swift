/// Writes the JSON the store packs into columns (sentences, mentions, a claim's dates and
/// entities) by hand: through `JSONEncoder` it cost more than inserting the rows.
enum JSONText {
    /// `[[a, b], ...]` or `[[a, b, c], ...]`, one inner array of integers per element.
    static func array<Element>(of elements: [Element], _ row: (inout IntegerRows, Element) -> Void) -> String {
        var json = IntegerRows(rows: elements.count)
        for element in elements { row(&json, element) }
        return json.finished()
    }

    /// `[a, b, ...]`.
    static func integers(_ values: [Int64]) -> String {
        var json = IntegerRows(rows: values.count)
        for value in values { json.append(Int(value)) }
        return json.finished()
    }

    /// The non-negative integers of a flat array `integers(_:)` wrote, in order.
    static func integers(in json: String) -> [Int64] {
        var values: [Int64] = []
        var value: Int64?
        for byte in json.utf8 {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                value = (value ?? 0) * 10 + Int64(byte - UInt8(ascii: "0"))
            } else if let finished = value {
                values.append(finished)
                value = nil
            }
        }
        return values
    }

    /// Writes `[[1,2],[3,4]]` (or `[1,2]`) digit by digit: string interpolation cost packing an
    /// article's sentences and mentions more than all of its other preparation.
    struct IntegerRows {
        private var bytes: [UInt8]

        /// Room for `rows` rows of three six-digit numbers, so that the bytes are allocated once.
        init(rows: Int) {
            bytes = [UInt8(ascii: "[")]
            bytes.reserveCapacity(rows * 24 + 2)
        }

        /// Appends one integer, for a flat array.
        mutating func append(_ value: Int) {
            if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
            appendDigits(of: value)
        }

        /// Appends `[first,second]`, or `[first,second,third]`.
        mutating func append(_ first: Int, _ second: Int, _ third: Int? = nil) {
            if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "["))
            appendDigits(of: first)
            bytes.append(UInt8(ascii: ","))
            appendDigits(of: second)
            if let third {
                bytes.append(UInt8(ascii: ","))
                appendDigits(of: third)
            }
            bytes.append(UInt8(ascii: "]"))
        }

        private mutating func appendDigits(of value: Int) {
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            var magnitude = value.magnitude
            var digits = 1
            var rest = magnitude / 10
            while rest > 0 {
                digits += 1
                rest /= 10
            }
            var end = bytes.count + digits
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
            bytes.withUnsafeMutableBufferPointer { buffer in
                repeat {
                    end -= 1
                    buffer[end] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                    magnitude /= 10
                } while magnitude > 0
            }
        }

        consuming func finished() -> String {
            bytes.append(UInt8(ascii: "]"))
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        // Most text needs no escape, and is copied whole rather than scalar by scalar.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
