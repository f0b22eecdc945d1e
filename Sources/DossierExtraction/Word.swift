/// A token's lowercased text as a plain value, so that tokens copy without reference
/// counting and words compare and hash as two integers rather than as strings.
///
/// Up to 15 UTF-8 bytes are held inline, which every lexicon word fits. A longer word holds
/// its last 8 bytes (for suffix tests) and its place in the document's table of long words,
/// where equal words share one place (see `Tokens`); it never equals an inline word.
struct Word: Hashable, Sendable, ExpressibleByStringLiteral {
    /// UTF-8 bytes 0..<8, little-endian, zero-filled; for a long word, its last 8 bytes.
    private let low: UInt64
    /// UTF-8 bytes 8..<15 in the low 7 bytes and the length in the top byte; for a long
    /// word, its place in the long-word table and `longMark` in the top byte.
    private let high: UInt64

    static let inlineCapacity = 15
    private static let longMark: UInt64 = 0xFF

    /// The word of up to 15 UTF-8 bytes.
    @inline(__always)
    init(inline bytes: UnsafeRawBufferPointer) {
        self.init(count: bytes.count) { $0.copyMemory(from: bytes) }
    }

    /// The word of `count` (at most 15) bytes that `write` puts in place. Inlined, so that a
    /// literal's bytes fold into two constants.
    @inline(__always)
    init(count: Int, write: (UnsafeMutableRawBufferPointer) -> Void) {
        precondition(count <= Word.inlineCapacity, "a word held inline has at most 15 bytes")
        var packed: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &packed) { write(UnsafeMutableRawBufferPointer(rebasing: $0[..<count])) }
        low = packed.0
        high = packed.1 | UInt64(count) << 56
    }

    /// The word of up to 15 UTF-8 bytes, with A-Z lowered if asked, put together in
    /// registers: writing bytes to memory and reading them back as integers stalls the processor.
    init(_ bytes: ArraySlice<UInt8>, lowercasingASCII: Bool) {
        precondition(bytes.count <= Word.inlineCapacity, "a word held inline has at most 15 bytes")
        var packed: (UInt64, UInt64) = (0, 0)
        for (k, byte) in bytes.enumerated() {
            let byte = UInt64(lowercasingASCII && byte &- 65 < 26 ? byte | 0x20 : byte)
            if k < 8 { packed.0 |= byte << (8 * UInt64(k)) } else { packed.1 |= byte << (8 * UInt64(k - 8)) }
        }
        low = packed.0
        high = packed.1 | UInt64(bytes.count) << 56
    }

    /// A word over 15 bytes, kept at `place` in the document's long-word table.
    init(long bytes: UnsafeRawBufferPointer, place: Int) {
        var last: UInt64 = 0
        for k in 0..<8 { last |= UInt64(bytes[bytes.count - 8 + k]) << (8 * UInt64(k)) }
        low = last
        high = Word.longMark << 56 | UInt64(place)
    }

    @inline(__always)
    init(stringLiteral value: StaticString) {
        self.init(count: value.utf8CodeUnitCount) {
            $0.baseAddress!.copyMemory(from: value.utf8Start, byteCount: value.utf8CodeUnitCount)
        }
    }

    /// The word for a lexicon entry or a name part; nil when `text` is too long to be held
    /// inline, and so cannot be any token's inline word.
    init?(_ text: String) {
        var text = text
        guard let word = text.withUTF8({ $0.count <= Word.inlineCapacity ? Word(inline: UnsafeRawBufferPointer($0)) : nil })
        else { return nil }
        self = word
    }

    private var length: Int { Int(high >> 56) }

    var isLong: Bool { high >> 56 == Word.longMark }

    /// The word's place in the long-word table, for a long word.
    var longPlace: Int { Int(high & 0xFFFF_FFFF_FFFF) }

    /// The text of an inline word.
    var inlineText: String {
        precondition(!isLong)
        return withUnsafeBytes(of: (low, high)) { String(decoding: $0.prefix(length), as: UTF8.self) }
    }

    /// A cheap, unseeded hash for `WordTable`: lexicons are fixed, so no input can crowd them.
    var tableHash: Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 29))
    }

    /// Every byte is ASCII (a long word is not known to be).
    var isASCII: Bool {
        !isLong && low & 0x8080_8080_8080_8080 == 0 && high & 0x0080_8080_8080_8080 == 0
    }

    /// Whether the word's bytes end with the bytes of `suffix` (of at most 8 bytes).
    func endsWithBytes(of suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        precondition(n <= 8, "suffix tests look at the last 8 bytes at most")
        return withUnsafeBytes(of: (low, high)) { bytes in
            let end = isLong ? 8 : length
            guard end >= n else { return false }
            for k in 0..<n where bytes[end - n + k] != suffix.utf8Start[k] { return false }
            return true
        }
    }
}
