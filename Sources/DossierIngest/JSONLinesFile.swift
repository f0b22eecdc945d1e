import Foundation

/// A JSON Lines file read line by line, so that a file of any size costs the memory of one
/// buffer; each line is decoded on its own, so that one broken line costs only itself.
public final class JSONLinesFile {
    public let path: String
    /// Lines longer than this many bytes are rejected, each on its own.
    public let maxLineBytes: Int
    /// Non-blank lines handed out so far.
    public private(set) var linesRead = 0
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var lineNumber = 0
    private var atEnd = false
    private static let readSize = 1 << 20

    /// One non-blank line of the file.
    public struct Line: Sendable {
        public let path: String
        /// 1-based line number.
        public let number: Int
        let bytes: Data
        /// The length of a line that was over the limit (and whose bytes were dropped).
        let oversize: Int?
        let limit: Int

        /// `path:line`, for messages.
        public var origin: String { "\(path):\(number)" }

        /// Bytes of the file this line took, its newline included.
        var byteCount: Int { (oversize ?? bytes.count) + 1 }

        public func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if let oversize {
                throw IngestError.tooLarge(path: origin, bytes: oversize, limit: limit)
            }
            do {
                return try JSONDecoder().decode(T.self, from: bytes)
            } catch let DecodingError.keyNotFound(key, _) {
                throw IngestError.badJSONLine(path: path, line: number, cause: "missing \"\(key.stringValue)\"")
            } catch let DecodingError.typeMismatch(_, context) {
                throw IngestError.badJSONLine(path: path, line: number, cause: "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))")
            } catch let DecodingError.valueNotFound(_, context) {
                throw IngestError.badJSONLine(path: path, line: number, cause: "null at \(context.codingPath.map(\.stringValue).joined(separator: "."))")
            } catch {
                let utf8 = String(validating: bytes, as: UTF8.self) != nil
                throw IngestError.badJSONLine(path: path, line: number, cause: utf8 ? "not valid JSON" : "not UTF-8")
            }
        }
    }

    /// Opens the file; a missing, unreadable, empty or binary file is rejected here.
    public init(path: String, maxLineBytes: Int = 10_000_000) throws {
        self.path = path
        self.maxLineBytes = maxLineBytes
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isDirectory: ObjCBool = false
            throw FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
                ? IngestError.unreadable(path: path, cause: "permission denied")
                : IngestError.missing(path: path)
        }
        self.handle = handle
        try fill()
        if buffer.isEmpty { throw IngestError.empty(path: path) }
        if buffer.prefix(8192).contains(0) { throw IngestError.binary(path: path) }
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    deinit { try? handle.close() }

    /// The next non-blank line, or nil at the end of the file.
    public func next() throws -> Line? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 10) {
                let slice = buffer[position..<newline]
                position = newline + 1
                lineNumber += 1
                if let line = line(slice) { return line }
                continue
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let slice = buffer[position...]
                position = buffer.count
                lineNumber += 1
                return line(slice)
            }
            if buffer.count - position > maxLineBytes { return try skipLongLine() }
            try fill()
        }
    }

    /// Up to `size` lines, for batched parallel work; empty at the end of the file.
    public func next(upTo size: Int) throws -> [Line] {
        var lines: [Line] = []
        while lines.count < size, let line = try next() { lines.append(line) }
        return lines
    }

    private func line(_ slice: ArraySlice<UInt8>) -> Line? {
        if slice.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return nil }
        linesRead += 1
        return Line(path: path, number: lineNumber, bytes: Data(slice), oversize: nil, limit: maxLineBytes)
    }

    /// Drops a line over the limit without holding it, and hands out its place.
    private func skipLongLine() throws -> Line {
        var length = buffer.count - position
        buffer.removeAll(keepingCapacity: true)
        position = 0
        while true {
            try fill()
            if let newline = buffer.firstIndex(of: 10) {
                length += newline
                position = newline + 1
                break
            }
            length += buffer.count
            buffer.removeAll(keepingCapacity: true)
            if atEnd { break }
        }
        lineNumber += 1
        linesRead += 1
        return Line(path: path, number: lineNumber, bytes: Data(), oversize: length, limit: maxLineBytes)
    }

    /// Appends the next block of the file to the buffer, first dropping what was consumed.
    private func fill() throws {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        let data: Data?
        do {
            data = try handle.read(upToCount: Self.readSize)
        } catch {
            throw IngestError.unreadable(path: path, cause: (error as NSError).localizedDescription)
        }
        guard let data, !data.isEmpty else {
            atEnd = true
            return
        }
        buffer.append(contentsOf: data)
    }
}
