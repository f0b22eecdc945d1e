/// Splits HTML or XML source into tags and text, leniently: markup that is broken, unclosed
/// or misnested never stops it, so each reader decides for itself what counts as broken.
///
/// Works on UTF-8 bytes; every token carries byte offsets into the source so that readers
/// can take an element's raw inner markup or name the line it starts on.
struct MarkupScanner {
    enum Token {
        /// `<name attr="value">`; `end` is the offset just past `>`.
        case start(name: String, attributes: [String: String], selfClosing: Bool, offset: Int, end: Int)
        /// `</name>`; `offset` is where `<` stands.
        case end(name: String, offset: Int)
        /// Character data with its entities still encoded.
        case text(ArraySlice<UInt8>)
        /// The inside of `<![CDATA[...]]>`, or of an HTML `<script>`/`<style>`: taken literally.
        case literal(ArraySlice<UInt8>)
    }

    let bytes: [UInt8]
    /// HTML folds the case of names and reads `<script>` and `<style>` as raw text; XML keeps
    /// names as written.
    let html: Bool
    private(set) var position = 0
    private var rawTextEnd: [UInt8]?
    private var lineOffset = 0
    private var lineNumber = 1

    init(_ bytes: [UInt8], html: Bool) {
        self.bytes = bytes
        self.html = html
    }

    /// 1-based line of a byte offset; offsets asked for must not decrease.
    mutating func line(at offset: Int) -> Int {
        if offset < lineOffset {
            lineOffset = 0
            lineNumber = 1
        }
        var index = lineOffset
        while index < offset && index < bytes.count {
            if bytes[index] == 10 { lineNumber += 1 }
            index += 1
        }
        lineOffset = index
        return lineNumber
    }

    mutating func next() -> Token? {
        if let closing = rawTextEnd {
            rawTextEnd = nil
            let start = position
            let stop = find(closing, from: position, ignoringCase: true) ?? bytes.count
            position = stop
            if stop > start { return .literal(bytes[start..<stop]) }
        }
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else { return text() }
            if let token = markup() { return token }
        }
        return nil
    }

    private mutating func text() -> Token {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
        return .text(bytes[start..<position])
    }

    /// Reads markup at `<`; nil when it was skipped (comment, declaration), and a lone `<`
    /// that opens nothing is text.
    private mutating func markup() -> Token? {
        let start = position
        let next = start + 1 < bytes.count ? bytes[start + 1] : 0
        if next == UInt8(ascii: "!") {
            if matches("<!--", at: start) {
                position = (find(Array("-->".utf8), from: start + 4).map { $0 + 3 }) ?? bytes.count
                return nil
            }
            if matches("<![CDATA[", at: start) {
                let contentStart = start + 9
                let stop = find(Array("]]>".utf8), from: contentStart) ?? bytes.count
                position = min(stop + 3, bytes.count)
                return .literal(bytes[contentStart..<stop])
            }
            skipPast(UInt8(ascii: ">"), from: start)
            return nil
        }
        if next == UInt8(ascii: "?") {
            skipPast(UInt8(ascii: ">"), from: start)
            return nil
        }
        if next == UInt8(ascii: "/") {
            var index = start + 2
            let name = readName(&index)
            guard !name.isEmpty else { return literalLessThan() }
            skipPast(UInt8(ascii: ">"), from: index)
            return .end(name: name, offset: start)
        }
        guard Self.isNameStart(next) else { return literalLessThan() }
        var index = start + 1
        let name = readName(&index)
        var attributes: [String: String] = [:]
        var selfClosing = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                index += 1
                break
            }
            if byte == UInt8(ascii: "/") {
                selfClosing = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ">")
                index += 1
                continue
            }
            if Self.isSpace(byte) {
                index += 1
                continue
            }
            var key = readName(&index)
            if key.isEmpty {
                index += 1
                continue
            }
            if html { key = key.lowercased() }
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
                value = Entities.decode(readValue(&index))
            }
            if attributes[key] == nil { attributes[key] = value }
        }
        position = index
        if html, !selfClosing, name == "script" || name == "style" {
            rawTextEnd = Array("</\(name)".utf8)
        }
        return .start(name: name, attributes: attributes, selfClosing: selfClosing, offset: start, end: index)
    }

    private mutating func literalLessThan() -> Token {
        let start = position
        position += 1
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
        return .text(bytes[start..<position])
    }

    private func readName(_ index: inout Int) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if Self.isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") { break }
            index += 1
        }
        let name = String(decoding: bytes[start..<index], as: UTF8.self)
        return html ? name.lowercased() : name
    }

    private func readValue(_ index: inout Int) -> ArraySlice<UInt8> {
        guard index < bytes.count else { return [] }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let start = index + 1
            var stop = start
            while stop < bytes.count, bytes[stop] != quote { stop += 1 }
            index = min(stop + 1, bytes.count)
            return bytes[start..<stop]
        }
        let start = index
        while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
        return bytes[start..<index]
    }

    private mutating func skipPast(_ byte: UInt8, from start: Int) {
        var index = start
        while index < bytes.count, bytes[index] != byte { index += 1 }
        position = min(index + 1, bytes.count)
    }

    private func matches(_ literal: String, at offset: Int) -> Bool {
        let pattern = Array(literal.utf8)
        guard offset + pattern.count <= bytes.count else { return false }
        return bytes[offset..<offset + pattern.count].elementsEqual(pattern)
    }

    private func find(_ pattern: [UInt8], from offset: Int, ignoringCase: Bool = false) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var index = offset
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for (k, expected) in pattern.enumerated().dropFirst() {
                    let actual = bytes[index + k]
                    if actual != expected && !(ignoringCase && Self.lowercased(actual) == expected) {
                        matched = false
                        break
                    }
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }
}
