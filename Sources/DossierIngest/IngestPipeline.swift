import DossierExtraction
import DossierStore
import Foundation

/// Turns files into stored articles: inputs are read in order, analysed in batches on every
/// core but one, and written by one writer thread, on that core, while the next batch is
/// analysed; a few batches share a write transaction. A bounded queue between the two keeps
/// memory flat in the size of the input. A bad input is rejected on its own; the rest lands.
public struct IngestPipeline: Sendable {
    public var store: DossierStore
    public var reader: FileReader
    public var overrides: MetadataOverrides
    /// Most articles per batch of text analysis.
    public var batchSize: Int
    /// Articles per write transaction; batches share one until it holds this many.
    public var articlesPerTransaction: Int
    /// Most bytes of text per batch, so that large files make smaller batches.
    public var batchBytes: Int
    /// Analysed batches waiting for the writer, at most.
    public var queuedBatches: Int
    /// Threads that analyse text. The writer is one thread that is busy most of the time: it
    /// gets a core of its own, as sharing two cores three ways slowed it, and ingest with it.
    public var analysisThreads: Int

    public init(
        store: DossierStore, reader: FileReader = FileReader(), overrides: MetadataOverrides = MetadataOverrides(),
        batchSize: Int = 384, articlesPerTransaction: Int = ArticleWriter.defaultArticlesPerTransaction,
        batchBytes: Int = 16 << 20, queuedBatches: Int = 1, analysisThreads: Int = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
    ) {
        self.store = store
        self.reader = reader
        self.overrides = overrides
        self.batchSize = batchSize
        self.articlesPerTransaction = articlesPerTransaction
        self.batchBytes = batchBytes
        self.queuedBatches = queuedBatches
        self.analysisThreads = analysisThreads
    }

    /// Ingests files and folders (walked recursively, in name order).
    /// - Parameter progress: called on the calling thread after each batch is analysed,
    ///   with what the writer has done so far.
    public func ingest(paths: [String], progress: ((IngestProgress) -> Void)? = nil) throws -> IngestSummary {
        let started = DispatchTime.now()
        let inputs = IngestInputs(paths: paths, reader: reader)
        let extractor = Extractor(knownEntities: try store.knownEntities())
        let queue = BoundedQueue<AnalysedBatch>(capacity: queuedBatches)
        let writer = WriterThread(
            store: store, articlesPerTransaction: articlesPerTransaction, queue: queue, started: started, bytesTotal: inputs.bytesTotal)
        writer.start()

        var batch: [IngestInput] = []
        var bytes = 0
        func send() throws -> Bool {
            let prepared = batch.concurrentMap(threads: analysisThreads) { self.prepare($0) }
            let stored = try store.storedContentHashes(prepared.compactMap { try? $0.get().input.contentHash })
            let analysed = prepared.concurrentMap(threads: analysisThreads) { result in
                result.map { stored.contains($0.input.contentHash) ? nil : $0.analysed(by: extractor) }
            }
            batch.removeAll(keepingCapacity: true)
            bytes = 0
            let accepted = queue.push(AnalysedBatch(results: analysed, bytesDone: inputs.bytesRead))
            writer.releaseWritten()
            progress?(writer.progress)
            return accepted
        }
        var writing = true
        while writing, let input = inputs.next() {
            batch.append(input)
            bytes += input.size
            if batch.count >= batchSize || bytes >= batchBytes { writing = try send() }
        }
        if writing, !batch.isEmpty { _ = try send() }
        queue.finish()
        let final = try writer.wait()
        progress?(final)
        return final.summary
    }

    /// Reads an input's document and checks its metadata; text analysis comes later, for
    /// text not stored yet.
    private func prepare(_ input: IngestInput) -> Result<PreparedArticle, IngestError> {
        var origin = ""
        return Result {
            var document: Document
            switch input {
            case let .rejected(error):
                throw error
            case let .document(read):
                document = read
            case let .jsonLine(line):
                origin = line.origin
                document = try line.decode(JSONLinesArticle.self).document(origin: line.origin)
            }
            origin = document.origin
            overrides.apply(to: &document)
            let info = try document.info()
            let input = ArticleInput(
                text: document.text, title: document.title, outlet: document.outlet,
                published: info.published?.description, url: document.url, author: document.author,
                sourcePath: document.origin, format: document.format, extraction: Extraction(document: info)
            )
            return PreparedArticle(input: input, info: info)
        }.mapError { $0 as? IngestError ?? .unreadable(path: origin, cause: String(describing: $0)) }
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

/// An article read and checked, waiting for text analysis.
private struct PreparedArticle: Sendable {
    var input: ArticleInput
    let info: DocumentInfo

    func analysed(by extractor: Extractor) -> ArticleInput {
        var analysed = input
        analysed.extraction = extractor.extract(text: input.text, document: info)
        return analysed
    }
}

/// One batch after text analysis, in input order: an article to write, `nil` for text
/// already stored, or the reason the input was rejected.
struct AnalysedBatch: Sendable {
    var results: [Result<ArticleInput?, IngestError>]
    /// Input bytes read up to the end of this batch.
    var bytesDone: Int
}

/// The one writer: takes analysed batches off the queue and writes them, several to a
/// transaction, keeping the summary.
private final class WriterThread: @unchecked Sendable {
    private let store: DossierStore
    private let articlesPerTransaction: Int
    private let queue: BoundedQueue<AnalysedBatch>
    private let started: DispatchTime
    private let done = DispatchSemaphore(value: 0)
    /// Written batches, waiting for the analysing thread to free them.
    private var spent: [AnalysedBatch] = []
    private let lock = NSLock()
    private var current: IngestProgress
    private var failure: Error?

    init(store: DossierStore, articlesPerTransaction: Int, queue: BoundedQueue<AnalysedBatch>, started: DispatchTime, bytesTotal: Int) {
        self.store = store
        self.articlesPerTransaction = articlesPerTransaction
        self.queue = queue
        self.started = started
        current = IngestProgress(summary: IngestSummary(), bytesDone: 0, bytesTotal: bytesTotal)
    }

    var progress: IngestProgress { lock.withLock { current } }

    func start() {
        let thread = Thread { [self] in
            run()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Frees the batches written so far, on the calling thread and outside the lock.
    func releaseWritten() {
        var written: [AnalysedBatch] = []
        lock.withLock { swap(&written, &spent) }
    }

    /// Waits for the writer to drain the queue; rethrows the error that stopped it.
    func wait() throws -> IngestProgress {
        done.wait()
        return try lock.withLock {
            if let failure { throw failure }
            current.summary.seconds = IngestPipeline.seconds(since: started)
            return current
        }
    }

    private func run() {
        do {
            try store.writeArticles(articlesPerTransaction: articlesPerTransaction) { writer in
                while let batch = queue.pop() { try write(batch, with: &writer) }
            }
        } catch {
            lock.withLock { failure = error }
            queue.cancel()
        }
    }

    private func write(_ batch: AnalysedBatch, with writer: inout ArticleWriter) throws {
        var inputs: [ArticleInput] = []
        var update = IngestSummary()
        for result in batch.results {
            switch result {
            case let .success(.some(input)): inputs.append(input)
            case .success(.none): update.unchanged += 1
            case let .failure(error): update.rejected.append(error)
            }
        }
        for outcome in try writer.write(inputs) {
            switch outcome {
            case .new: update.new += 1
            case .unchanged: update.unchanged += 1
            case .replaced: update.replaced += 1
            }
        }
        let bytesDone = batch.bytesDone
        // Freeing a batch's thousands of strings and arrays is work the writer need not do.
        // The thread that analysed them frees them, as it sends the next batch: memory freed
        // by another thread than the one that took it makes the two wait for each other's
        // allocator locks, thousands of times per second.
        inputs.removeAll()
        lock.withLock {
            spent.append(batch)
            current.summary.new += update.new
            current.summary.unchanged += update.unchanged
            current.summary.replaced += update.replaced
            current.summary.rejected += update.rejected
            current.summary.seconds = IngestPipeline.seconds(since: started)
            current.bytesDone = bytesDone
        }
    }
}
