/// The formats ingestion reads. `auto` decides for each file, by its extension when that
/// names a format, else by its first bytes.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, text, markdown, html, rss, atom, jsonl

    /// Extensions of the files taken when walking a folder.
    public static let extensions: Set<String> = [
        "txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "rss", "atom", "jsonl", "ndjson",
    ]

    private static let byExtension: [String: InputFormat] = [
        "txt": .text, "text": .text, "md": .markdown, "markdown": .markdown,
        "html": .html, "htm": .html, "xhtml": .html, "rss": .rss, "atom": .atom,
        "jsonl": .jsonl, "ndjson": .jsonl,
    ]

    /// The format of the file at `path` whose first bytes are `head`.
    static func detect(path: String, head: some Collection<UInt8>) -> InputFormat {
        let name = path.split(separator: "/").last ?? ""
        if let dot = name.lastIndex(of: "."), let format = byExtension[name[name.index(after: dot)...].lowercased()] {
            return format
        }
        return sniff(head)
    }

    /// The format the content looks like: a JSON object, a feed, a page, front matter, or text.
    static func sniff(_ head: some Collection<UInt8>) -> InputFormat {
        var bytes = head.prefix(4096)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        bytes = bytes.drop { MarkupScanner.isSpace($0) }
        let start = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        if start.hasPrefix("{") { return .jsonl }
        if start.hasPrefix("---") { return .markdown }
        guard start.hasPrefix("<") else { return .text }
        if start.contains("<rss") || start.contains("<rdf:rdf") { return .rss }
        if start.contains("<feed") { return .atom }
        if start.hasPrefix("<?xml"), !start.contains("<html") { return .rss }
        return .html
    }
}
