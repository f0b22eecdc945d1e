import Foundation

/// A JSON Lines file: one JSON object per line, each decoded on its own so that one broken
/// line costs only itself.
public struct JSONLinesFile: Sendable {
    public let path: String
    private let lines: [Line]

    /// One non-blank line of the file.
    public struct Line: Sendable {
        public let path: String
        /// 1-based line number.
        public let number: Int
        let bytes: Data

        /// `path:line`, for messages.
        public var origin: String { "\(path):\(number)" }

        public func decode<T: Decodable>(_ type: T.Type) throws -> T {
            do {
                return try JSONDecoder().decode(T.self, from: bytes)
            } catch let DecodingError.keyNotFound(key, _) {
                throw IngestError.badJSONLine(path: path, line: number, cause: "missing \"\(key.stringValue)\"")
            } catch let DecodingError.typeMismatch(_, context) {
                throw IngestError.badJSONLine(path: path, line: number, cause: "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))")
            } catch let DecodingError.valueNotFound(_, context) {
                throw IngestError.badJSONLine(path: path, line: number, cause: "null at \(context.codingPath.map(\.stringValue).joined(separator: "."))")
            } catch {
                throw IngestError.badJSONLine(path: path, line: number, cause: "not valid JSON")
            }
        }
    }

    public init(path: String) throws {
        self.path = path
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw FileManager.default.fileExists(atPath: path)
                ? IngestError.unreadable(path: path, cause: (error as NSError).localizedDescription)
                : IngestError.missing(path: path)
        }
        var lines: [Line] = []
        var number = 0
        for slice in data.split(separator: 10, omittingEmptySubsequences: false) {
            number += 1
            if slice.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            lines.append(Line(path: path, number: number, bytes: Data(slice)))
        }
        self.lines = lines
    }

    /// The lines in groups of at most `size`, for batched parallel work.
    public func chunks(of size: Int) -> [[Line]] {
        stride(from: 0, to: lines.count, by: size).map { Array(lines[$0..<Swift.min($0 + size, lines.count)]) }
    }
}
