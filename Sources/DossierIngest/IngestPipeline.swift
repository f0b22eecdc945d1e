import DossierExtraction
import DossierStore
import Foundation

/// Turns files into stored articles: read, analyse on every core, write in large batches
/// through the one writer. A bad file is rejected on its own; the rest of the batch lands.
public struct IngestPipeline: Sendable {
    public var store: DossierStore
    public var reader: FileReader
    public var overrides: MetadataOverrides
    /// Articles per write transaction.
    public var batchSize: Int

    public init(store: DossierStore, reader: FileReader = FileReader(), overrides: MetadataOverrides = MetadataOverrides(), batchSize: Int = 512) {
        self.store = store
        self.reader = reader
        self.overrides = overrides
        self.batchSize = batchSize
    }

    /// Ingests files and folders (walked recursively, in name order).
    /// - Parameter progress: called after each batch with the summary so far.
    public func ingest(paths: [String], progress: ((IngestSummary) -> Void)? = nil) throws -> IngestSummary {
        let started = DispatchTime.now()
        var summary = IngestSummary()
        let files = FileWalker.expand(paths, extensions: FileReader.extensions, rejected: &summary.rejected)
        let extractor = Extractor(knownEntities: try store.knownEntities())
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(start + batchSize, files.count)])
            start += batch.count
            let prepared = prepare(batch, extractor: extractor)
            var inputs: [ArticleInput] = []
            for result in prepared {
                switch result {
                case let .success(.some(input)): inputs.append(input)
                case .success(.none): summary.unchanged += 1
                case let .failure(error): summary.rejected.append(error)
                }
            }
            for outcome in try store.write(inputs) {
                switch outcome {
                case .new: summary.new += 1
                case .unchanged: summary.unchanged += 1
                case .replaced: summary.replaced += 1
                }
            }
            try store.crossReferenceNewArticles()
            summary.seconds = Self.seconds(since: started)
            progress?(summary)
        }
        summary.seconds = Self.seconds(since: started)
        return summary
    }

    /// Reads and analyses a batch on all cores. `nil` marks text already stored.
    private func prepare(_ files: [String], extractor: Extractor) -> [Result<ArticleInput?, IngestError>] {
        files.concurrentMap { file in
            Result { try self.prepare(file: file, extractor: extractor) }
                .mapError { $0 as? IngestError ?? .unreadable(path: file, cause: String(describing: $0)) }
        }
    }

    private func prepare(file: String, extractor: Extractor) throws -> ArticleInput? {
        var document = try reader.read(path: file)
        overrides.apply(to: &document)
        return try Self.analyse(document, store: store, extractor: extractor)
    }

    /// Checks metadata, skips text already stored, and runs text analysis.
    static func analyse(_ document: Document, store: DossierStore, extractor: Extractor) throws -> ArticleInput? {
        let info = try document.info()
        if try store.articleID(contentHash: ArticleInput.contentHash(of: document.text)) != nil {
            return nil
        }
        let extraction = extractor.extract(text: document.text, document: info)
        return ArticleInput(
            text: document.text, title: document.title, outlet: document.outlet,
            published: info.published?.description, url: document.url, author: document.author,
            sourcePath: document.origin, format: document.format, extraction: extraction
        )
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
