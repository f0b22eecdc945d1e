/// The document held two ways: Unicode scalars for scanning (offsets are scalar offsets)
/// and UTF-8 bytes, so that cutting out a span's text is a copy rather than a re-encoding.
struct TextBuffer: Sendable {
    let scalars: [Unicode.Scalar]
    let utf8: [UInt8]
    /// UTF-8 offset of each scalar, and one more entry for the end.
    let utf8Offsets: [Int32]

    init(_ text: String) {
        utf8 = Array(text.utf8)
        // Most text is ASCII: each byte is a scalar, and offsets count up.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            scalars = utf8.map { Unicode.Scalar($0) }
            utf8Offsets = Array(0...Int32(utf8.count))
            return
        }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var position: Int32 = 0
        for s in text.unicodeScalars {
            scalars.append(s)
            offsets.append(position)
            position += Int32(UTF8.width(s))
        }
        offsets.append(position)
        self.scalars = scalars
        utf8Offsets = offsets
    }

    var count: Int { scalars.count }

    /// The text of the scalar range `start..<end`.
    func slice(_ start: Int, _ end: Int) -> String {
        String(decoding: utf8[Int(utf8Offsets[start])..<Int(utf8Offsets[end])], as: UTF8.self)
    }

    /// The lowercased word of the scalar range `start..<end` when the span is ASCII and fits
    /// inline, without a detour through a string or Unicode case mapping; nil otherwise.
    func lowercasedWord(_ start: Int, _ end: Int) -> Word? {
        let a = Int(utf8Offsets[start])
        let count = Int(utf8Offsets[end]) - a
        guard count == end - start, count <= Word.inlineCapacity else { return nil }
        return Word(utf8[a..<(a + count)], lowercasingASCII: true)
    }

    /// The word of the scalar range `start..<end` as it stands, when it fits inline: for
    /// marks, which have no case.
    func word(_ start: Int, _ end: Int) -> Word? {
        let a = Int(utf8Offsets[start])
        let count = Int(utf8Offsets[end]) - a
        guard count <= Word.inlineCapacity else { return nil }
        return Word(utf8[a..<(a + count)], lowercasingASCII: false)
    }
}
