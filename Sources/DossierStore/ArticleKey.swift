/// The narrow integer keys the store finds articles by (migration 0014): the first 15 hex
/// digits (60 bits) of a SHA-256 digest, as an integer. Keys may collide; a lookup compares
/// the whole value too.
enum ArticleKey {
    /// The key of a hex digest such as a content hash. A character that is not a hex digit,
    /// or missing, counts as 0, as the migration's SQL counts it.
    static func of(hexDigest: String) -> Int64 {
        var key: Int64 = 0
        var bytes = hexDigest.utf8.makeIterator()
        for _ in 0..<15 {
            let byte = bytes.next() ?? 0
            let digit: UInt8 = switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: 0
            }
            key = key << 4 | Int64(digit)
        }
        return key
    }

    /// The key of a URL: that of its SHA-256's hex digest.
    static func of(url: String) -> Int64 {
        of(hexDigest: SHA256.hex(of: url))
    }

    /// An article's id by its content hash and that hash's key.
    static let contentLookupSQL = "SELECT id FROM article WHERE content_key = ?1 AND content_hash = ?2"

    /// An article's id and content hash by its URL: through `url_key`, or, for an article
    /// stored before the keys, through the index of those articles' URLs.
    static let urlLookupSQL = """
        SELECT id, content_hash FROM article WHERE url_key = ?1 AND url = ?2
        UNION ALL
        SELECT id, content_hash FROM article WHERE url_key IS NULL AND url IS NOT NULL AND url = ?2
        LIMIT 1
        """
}
