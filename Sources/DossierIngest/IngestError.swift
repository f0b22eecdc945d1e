/// Why one input was rejected; the rest of the batch goes on.
public enum IngestError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, cause: String)
    case notUTF8(path: String)
    /// Bytes that are not UTF-8, in a declared character set that is unknown or that they break.
    case unreadableCharset(path: String, charset: String)
    case binary(path: String)
    case empty(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case badFrontMatter(path: String, line: Int, cause: String)
    case badDate(path: String, value: String)
    case badJSONLine(path: String, line: Int, cause: String)
    case badFeed(path: String, line: Int, cause: String)
    /// A page or feed item whose markup holds no visible text.
    case noText(path: String)
    /// A file that holds many articles where one was expected.
    case manyArticles(path: String, format: String)
    case badGazetteer(path: String, row: Int, cause: String)

    public var description: String {
        switch self {
        case let .missing(path):
            return "\(path): no such file or folder (hint: check the path)"
        case let .unreadable(path, cause):
            return "\(path): cannot be read: \(cause) (hint: check its permissions)"
        case let .notUTF8(path):
            return "\(path): not UTF-8 text (hint: convert it, e.g. `iconv -f LATIN1 -t UTF-8`)"
        case let .unreadableCharset(path, charset):
            return "\(path): not UTF-8, and not readable as the \(charset) it declares (hint: convert it, e.g. `iconv -f \(charset) -t UTF-8`)"
        case let .binary(path):
            return "\(path): binary data, not text (hint: pass text, Markdown, HTML, RSS, Atom or JSON Lines)"
        case let .empty(path):
            return "\(path): empty, no text to ingest"
        case let .tooLarge(path, bytes, limit):
            return "\(path): \(bytes) bytes is over the limit of \(limit) (hint: raise it with --max-bytes)"
        case let .badFrontMatter(path, line, cause):
            return "\(path):\(line): broken front matter: \(cause) (hint: close it with a line of `---`, one `key: value` per line)"
        case let .badJSONLine(path, line, cause):
            return "\(path):\(line): broken JSON line: \(cause) (hint: one JSON object per line, with at least \"text\")"
        case let .badGazetteer(path, row, cause):
            return "\(path): row \(row): \(cause) (hint: columns name,type,aliases,tickers; several aliases separated by ;)"
        case let .badDate(path, value):
            return "\(path): published date \"\(value)\" is not YYYY-MM-DD (hint: fix the file's date or pass --published)"
        case let .badFeed(path, line, cause):
            return "\(path):\(line): broken feed: \(cause) (hint: check the file is a complete RSS or Atom feed, or force a format with --format)"
        case let .noText(path):
            return "\(path): markup with no visible text to ingest (hint: save the page with its article in it; give feed items content or a description)"
        case let .manyArticles(path, format):
            return "\(path): a \(format) file holds many articles (hint: use `dossier ingest`, or `dossier extract --input jsonl`)"
        }
    }
}
