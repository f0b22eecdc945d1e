import Foundation

/// `---`-fenced `key: value` metadata at the top of a Markdown or text file.
enum FrontMatter {
    static func parse(_ text: String, origin: String, format: String) throws -> Document {
        var document = Document(text: text, origin: origin, format: format)
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return document }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        lines.removeFirst()
        var lineNumber = 1
        var closed = false
        var consumed = 0
        for line in lines {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" {
                closed = true
                break
            }
            consumed += 1
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw IngestError.badFrontMatter(path: origin, line: lineNumber, cause: "expected `key: value`, found \"\(trimmed.prefix(40))\"")
            }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            let field: String? = value.isEmpty ? nil : value
            switch key {
            case "title": document.title = field
            case "outlet", "publisher", "source", "site": document.outlet = field
            case "published", "date": document.published = field
            case "url", "link": document.url = field
            case "author", "byline": document.author = field
            default: break
            }
        }
        guard closed else {
            throw IngestError.badFrontMatter(path: origin, line: lineNumber, cause: "no closing `---`")
        }
        let body = lines.dropFirst(consumed + 1).joined(separator: "\n")
        document.text = String(body.drop { $0 == "\n" || $0 == "\r" })
        if document.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw IngestError.empty(path: origin)
        }
        return document
    }
}
