import GRDB

/// Every entity's name, read once, for writing lists of entity ids as names.
final class EntityNames {
    /// UTF-8 names by entity id; nil where no entity has the id.
    private var names: [[UInt8]?] = []
    /// The last list written, valid until the next: the bytes a `RawRow` hands out.
    private var joined = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
    private var length = 0

    init(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name FROM entity ORDER BY id")
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let name: String = row[1]
            guard id >= 0, id < Int64(Int32.max) else { continue }
            if Int(id) >= names.count { names.append(contentsOf: repeatElement(nil, count: Int(id) + 1 - names.count)) }
            names[Int(id)] = Array(name.utf8)
        }
    }

    deinit { joined.deallocate() }

    /// A JSON array of ids, `[3,17]`, as the names of its entities joined by "; " in the
    /// array's order; nil when none of them is an entity, as SQL's `group_concat` gives.
    func joined(ids json: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        length = 0
        var found = false
        var id = 0
        var digits = 0
        for byte in json {
            if byte >= 48, byte <= 57 {
                id = digits < 18 ? id &* 10 &+ Int(byte - 48) : Int.max
                digits += 1
                continue
            }
            if digits > 0, id < names.count, let name = names[id] {
                if found { append(Self.separator) }
                append(name)
                found = true
            }
            id = 0
            digits = 0
        }
        guard found else { return nil }
        return UnsafeBufferPointer(rebasing: joined[..<length])
    }

    private static let separator = Array("; ".utf8)

    private func append(_ bytes: [UInt8]) {
        if length + bytes.count > joined.count {
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(2 * joined.count, length + bytes.count))
            _ = larger.initialize(fromContentsOf: joined[..<length])
            joined.deallocate()
            joined = larger
        }
        _ = UnsafeMutableBufferPointer(rebasing: joined[length...]).initialize(fromContentsOf: bytes)
        length += bytes.count
    }
}
