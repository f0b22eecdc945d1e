import Foundation

/// One input on its way to text analysis.
enum IngestInput: Sendable {
    case document(Document)
    /// A JSON Lines line, decoded later on a worker thread.
    case jsonLine(JSONLinesFile.Line)
    case rejected(IngestError)

    /// Bytes of text it carries, to bound the size of a batch.
    var size: Int {
        switch self {
        case let .document(document): document.text.utf8.count
        case let .jsonLine(line): line.byteCount
        case .rejected: 0
        }
    }
}

/// The inputs of one ingest, handed out one at a time: files in order, a whole file's
/// articles at once, JSON Lines streamed line by line, so that memory stays flat in the
/// size of the input.
final class IngestInputs {
    private let reader: FileReader
    private let files: [String]
    private var nextFile = 0
    private var pending: [IngestInput] = []
    private var nextPending = 0
    private var lines: JSONLinesFile?
    /// Bytes of all the input files.
    let bytesTotal: Int
    /// Bytes of the files (and lines) handed out so far.
    private(set) var bytesRead = 0

    init(paths: [String], reader: FileReader) {
        self.reader = reader
        var rejected: [IngestError] = []
        files = FileWalker.expand(paths, extensions: InputFormat.extensions, rejected: &rejected)
        pending = rejected.map(IngestInput.rejected)
        bytesTotal = files.reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    func next() -> IngestInput? {
        while true {
            if nextPending < pending.count {
                defer { nextPending += 1 }
                return pending[nextPending]
            }
            if let file = lines {
                do {
                    if let line = try file.next() {
                        bytesRead += line.byteCount
                        return .jsonLine(line)
                    }
                    lines = nil
                    if file.linesRead == 0 { return .rejected(.empty(path: file.path)) }
                } catch {
                    lines = nil
                    return .rejected(error as? IngestError ?? .unreadable(path: file.path, cause: "\(error)"))
                }
                continue
            }
            guard nextFile < files.count else { return nil }
            open(files[nextFile])
            nextFile += 1
        }
    }

    /// Makes the file's articles pending, or opens it for streaming.
    private func open(_ path: String) {
        pending.removeAll(keepingCapacity: true)
        nextPending = 0
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        do {
            var format = reader.format
            if format == .auto { format = InputFormat.detect(path: path, head: try Self.head(of: path)) }
            if format == .jsonl {
                lines = try JSONLinesFile(path: path, maxLineBytes: reader.maxBytes)
                return
            }
            bytesRead += size
            let text = try reader.load(path: path)
            pending = try reader.documents(of: text, path: path, format: format).map { result in
                switch result {
                case let .success(document): .document(document)
                case let .failure(error): .rejected(error)
                }
            }
        } catch {
            bytesRead += size
            pending = [.rejected(error as? IngestError ?? .unreadable(path: path, cause: "\(error)"))]
        }
    }

    /// The first bytes of a file, for sniffing its format.
    private static func head(of path: String) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw IngestError.missing(path: path) }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4096)) ?? Data()
    }
}
