import Foundation

/// Reads one file into a document: checks it is real UTF-8 text of a sane size, then
/// parses front matter for Markdown and text files.
public struct FileReader: Sendable {
    /// Files over this many bytes are rejected.
    public var maxBytes: Int

    public init(maxBytes: Int = 10_000_000) {
        self.maxBytes = maxBytes
    }

    /// Extensions this reader takes when walking a folder.
    public static let extensions: Set<String> = ["txt", "text", "md", "markdown"]

    public func read(path: String) throws -> Document {
        let url = URL(fileURLWithPath: path)
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw IngestError.missing(path: path)
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > maxBytes { throw IngestError.tooLarge(path: path, bytes: size, limit: maxBytes) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw IngestError.unreadable(path: path, cause: (error as NSError).localizedDescription)
        }
        let text = try Self.decode(data, path: path)
        let format = ["md", "markdown"].contains(url.pathExtension.lowercased()) ? "markdown" : "text"
        return try FrontMatter.parse(text, origin: path, format: format)
    }

    /// Decodes bytes as UTF-8 text, rejecting binary data and other encodings.
    static func decode(_ data: Data, path: String) throws -> String {
        if data.isEmpty { throw IngestError.empty(path: path) }
        if data.prefix(8192).contains(0) { throw IngestError.binary(path: path) }
        guard var text = String(validating: data, as: UTF8.self) else { throw IngestError.notUTF8(path: path) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw IngestError.empty(path: path) }
        return text
    }
}
