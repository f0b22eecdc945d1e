import DossierBenchKit
import DossierCLI
import DossierExtraction
import DossierIngest
import DossierStore
import Foundation

/// Runs every measurement of `make bench` on a generated corpus and prints one table.
struct Benchmark {
    var sizes: BenchSizes
    var seed: UInt64
    /// Scratch folder for the corpus and the databases; removed at the end unless `keep`.
    var work: String
    var keep = false
    /// Measurements to run (extraction, ingest, queries, export); all when empty. For profiling one.
    var only: Set<String> = []

    private var table = ResultTable()

    init(sizes: BenchSizes, seed: UInt64, work: String) {
        self.sizes = sizes
        self.seed = seed
        self.work = work
    }

    mutating func run() throws {
        let manager = FileManager.default
        try? manager.removeItem(atPath: work)
        try manager.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { if !keep { try? manager.removeItem(atPath: work) } }

        let realExtractor = try wanted("extraction") ? measureExtraction() : nil
        if wanted("ingest") {
            try measureIngest()
            try measureAnalyseAndWrite()
        }
        if wanted("queries") || wanted("export") {
            let store = try buildQueryDatabase()
            if wanted("queries") {
                try measureClaimsByEntity(store)
                try measureSearch(store)
                try measureCrossReference(store)
            }
            if wanted("export") { try measureExport(store) }
        }

        let cores = ProcessInfo.processInfo.activeProcessorCount
        let extractor = realExtractor.map { $0 ? ", real Extractor" : ", STAND-IN Extractor: ingest figures measure the storage side only" } ?? ""
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map { ", load average \($0)" } ?? ""
        print("Dossier benchmark (\(sizes.name)), seed \(seed), \(cores) cores\(load)\(extractor)")
        print()
        print(table.markdown())
    }

    private func wanted(_ measurement: String) -> Bool { only.isEmpty || only.contains(measurement) }

    // MARK: - Extraction

    /// Extraction speed on one core and on all; returns whether the Extractor finds anything.
    private mutating func measureExtraction() throws -> Bool? {
        progress("extraction: generating \(sizes.extractionArticles) articles")
        var generator = ArticleGenerator(seed: seed)
        let articles = (0..<sizes.extractionArticles).map { _ in generator.next() }
        let megabytes = Double(articles.reduce(0) { $0 + $1.text.utf8.count }) / 1e6
        let extractor = Extractor(knownEntities: [])
        let documents = articles.map { (text: $0.text, info: DocumentInfo(title: $0.title, outlet: $0.outlet, published: SimpleDate(iso: $0.published), url: $0.url)) }

        progress("extraction: one core")
        var claims = 0
        let oneCore = Measure.seconds {
            for document in documents { claims += extractor.extract(text: document.text, document: document.info).claims.count }
        }
        progress("extraction: all cores")
        let allCores = Measure.seconds {
            _ = documents.concurrentMap { extractor.extract(text: $0.text, document: $0.info).claims.count }
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        table.add("extraction, 1 core", "\(Format.decimal(megabytes / oneCore)) MB/s (\(Format.grouped(Double(articles.count) / oneCore)) articles/s)", target: "")
        table.add("extraction, \(cores) cores", "\(Format.decimal(megabytes / allCores)) MB/s (\(Format.grouped(Double(articles.count) / allCores)) articles/s)", target: "")
        table.add("claims found per article", Format.decimal(Double(claims) / Double(articles.count)), target: "")
        return claims > 0
    }

    // MARK: - Ingest

    /// End-to-end ingest of JSON Lines files, as `dossier ingest` takes them, each size into
    /// a fresh database, in a child process.
    private mutating func measureIngest() throws {
        let largest = sizes.ingestArticles.max() ?? 0
        let perFile = 1000
        progress("ingest: writing \(largest) articles as JSON Lines")
        var generator = ArticleGenerator(seed: seed &+ 1)
        let folder = (work as NSString).appendingPathComponent("corpus")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var files: [String] = []
        for start in stride(from: 0, to: largest, by: perFile) {
            let file = "\(folder)/part-\(String(format: "%04d", start / perFile)).jsonl"
            let lines = (start..<min(start + perFile, largest)).map { _ in generator.next().jsonLine() + "\n" }
            try lines.joined().write(toFile: file, atomically: false, encoding: .utf8)
            files.append(file)
        }
        for count in sizes.ingestArticles.sorted() {
            let database = (work as NSString).appendingPathComponent("ingest-\(count).db")
            let corpus = Array(files.prefix((count + perFile - 1) / perFile))
            let runs = count == largest ? 1 : max(1, sizes.ingestRuns)
            func removeDatabase() {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
            }
            var reports: [IngestChild.Report] = []
            for run in 1...runs {
                let ofRuns = runs > 1 ? ", run \(run) of \(runs)" : ""
                progress("ingest: \(count) articles, end to end\(ofRuns) (at most \(Int(sizes.ingestBudget)) s)")
                removeDatabase()
                reports.append(try IngestChild.spawn(database: database, files: corpus, budget: sizes.ingestBudget, link: run == runs))
            }
            func rate(_ report: IngestChild.Report) -> Double { report.seconds > 0 ? Double(report.articles) / report.seconds : 0 }
            let byRate = reports.sorted { rate($0) < rate($1) }
            let median = byRate[byRate.count / 2]
            // The last run is the one that cross-referenced; memory is the most any run took.
            let report = reports[reports.count - 1]
            let peakBytes = reports.map(\.peakBytes).max() ?? report.peakBytes
            let result: String
            if median.articles == 0 {
                result = "no batch of 512 stored within \(Int(sizes.ingestBudget)) s"
            } else {
                let stopped = median.finished ? "" : ", stopped after \(Format.grouped(Double(median.articles))) articles"
                let spread = runs > 1 ? "median of \(runs) runs, \(Format.grouped(rate(byRate[0])))–\(Format.grouped(rate(byRate[runs - 1]))); " : ""
                result = "\(Format.grouped(rate(median))) articles/s (\(spread)\(Format.decimal(median.seconds)) s\(stopped); "
                    + "\(Format.grouped(Double(median.articles) / median.processorSeconds)) per CPU-second)"
            }
            table.add("ingest end to end, \(Format.grouped(Double(count))) articles", result, target: "≥ 2,000 articles/s")
            if report.finished {
                let linking = report.linkSeconds.map { seconds in
                    "\(Format.grouped(Double(report.linkedArticles ?? 0) / seconds)) articles/s (\(Format.decimal(seconds)) s)"
                } ?? partialLinking(database: database, articles: report.articles, seconds: 2 * sizes.ingestBudget - report.seconds)
                table.add("cross-referencing after it (first xref)", linking, target: "")
            }
            table.add("peak memory, ingest of \(Format.grouped(Double(count)))", "\(Format.grouped(Double(peakBytes) / 1e6)) MB", target: "< 200 MB")
            if count == largest {
                let statistics = try DossierStore(path: database).statistics()
                let articles = Double(max(statistics.tables.first { $0.name == "article" }?.rows ?? 0, 1))
                let claims = Double(statistics.tables.first { $0.name == "claim" }?.rows ?? 0)
                table.add("claims stored per article", Format.decimal(claims / articles), target: "")
                table.add("database size", "\(Format.decimal(Double(statistics.bytes) / 1e3 / articles)) KB per article", target: "")
            }
            removeDatabase()
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Text analysis on all cores and the store's batch writes, without cross-referencing:
    /// what ingest costs before linking, measured in this process.
    private mutating func measureAnalyseAndWrite() throws {
        progress("ingest: \(sizes.writeArticles) articles analysed and written, no cross-referencing")
        let store = try DossierStore(path: (work as NSString).appendingPathComponent("write.db"))
        let extractor = Extractor(knownEntities: [])
        var generator = ArticleGenerator(seed: seed &+ 1)
        var wall = 0.0
        var processor = 0.0
        for start in stride(from: 0, to: sizes.writeArticles, by: 512) {
            let batch = (start..<min(start + 512, sizes.writeArticles)).map { _ in generator.next() }
            let time = try Measure.times {
                let inputs = batch.concurrentMap { article in
                    let info = DocumentInfo(title: article.title, outlet: article.outlet, published: SimpleDate(iso: article.published), url: article.url)
                    return ArticleInput(
                        text: article.text, title: article.title, outlet: article.outlet, published: article.published,
                        url: article.url, format: "jsonl", extraction: extractor.extract(text: article.text, document: info))
                }
                _ = try store.write(inputs)
            }
            wall += time.wall
            processor += time.processor
        }
        let count = Double(sizes.writeArticles)
        table.add(
            "analyse + write, no cross-referencing, \(Format.grouped(count)) articles",
            "\(Format.grouped(count / wall)) articles/s (\(Format.grouped(count / processor)) per CPU-second)", target: "")
    }

    // MARK: - Queries

    /// A database of `queryClaims` claims, written through the store from the generator's
    /// own extractions: the storage side on its own, whatever the Extractor finds.
    private mutating func buildQueryDatabase() throws -> DossierStore {
        progress("store: writing \(sizes.queryClaims) claims")
        let store = try DossierStore(path: (work as NSString).appendingPathComponent("query.db"))
        var generator = ArticleGenerator(seed: seed &+ 2)
        var claims = 0
        var articles = 0
        var wall = 0.0
        var processor = 0.0
        while claims < sizes.queryClaims {
            let batch = (0..<512).map { _ in
                let article = generator.next()
                claims += article.truth.claims.count
                return ArticleInput(
                    text: article.text, title: article.title, outlet: article.outlet, published: article.published,
                    url: article.url, format: "jsonl", extraction: article.truth
                )
            }
            articles += batch.count
            let time = try Measure.times { _ = try store.write(batch) }
            wall += time.wall
            processor += time.processor
        }
        table.add(
            "store write, generator's extractions",
            "\(Format.grouped(Double(articles) / wall)) articles/s, \(Format.grouped(Double(claims) / wall)) claims/s (\(Format.grouped(Double(articles) / processor)) articles per CPU-second)",
            target: ""
        )
        return store
    }

    private mutating func measureClaimsByEntity(_ store: DossierStore) throws {
        progress("queries: claims by entity")
        let universe = NameUniverse.standard
        let ranks = ZipfSampler(count: universe.companies.count, exponent: 1.0)
        var random = SeededRandom(seed: seed)
        var samples: [(wall: Double, processor: Double)] = []
        for _ in 0..<sizes.queries {
            let name = universe.companies[ranks.sample(using: &random)].name
            var sink = CountingSink()
            samples.append(try Measure.times {
                do {
                    try store.claims(entity: name, limit: 20, into: &sink)
                } catch StoreError.unknownEntity {}
            })
        }
        table.add("claims by entity (first 20), \(Format.grouped(Double(sizes.queryClaims))) claims, p50 / p95", Format.latency(samples), target: "< 10 ms")
    }

    /// Full-text search, first page, for words as common as a verb of the templates and as
    /// rare as one company's name.
    private mutating func measureSearch(_ store: DossierStore) throws {
        progress("queries: full-text search")
        let universe = NameUniverse.standard
        let ranks = ZipfSampler(count: universe.companies.count, exponent: 1.0)
        var random = SeededRandom(seed: seed &+ 3)
        let kinds: [(label: String, query: (inout SeededRandom) -> String)] = [
            ("a company's name", { universe.companies[ranks.sample(using: &$0)].shortName ?? "" }),
            ("a common word", { $0.pick(["plant", "stake", "license", "funding", "jobs", "deliveries", "merge", "supply"]) }),
            ("a phrase", { $0.pick(["\"supply agreement\"", "\"production license\"", "\"controlling stake\"", "\"new plant\""]) }),
        ]
        for kind in kinds {
            var samples: [(wall: Double, processor: Double)] = []
            for _ in 0..<sizes.queries {
                let text = kind.query(&random)
                var sink = CountingSink()
                samples.append(try Measure.times { try store.search(SearchQuery(text: text, limit: 20), into: &sink) })
            }
            table.add("search (first 20), \(kind.label), p50 / p95", Format.latency(samples), target: "< 10 ms")
        }
    }

    /// `dossier xref ENTITY`: the latest reports about a company, their claims and links, after
    /// the first `xref` has cross-referenced the whole database.
    private mutating func measureCrossReference(_ store: DossierStore) throws {
        progress("queries: cross-referencing \(sizes.queryClaims) claims")
        var linked = LinkingSummary()
        let seconds = try Measure.seconds { linked = try store.crossReferenceNewArticles() }
        table.add(
            "cross-referencing \(Format.grouped(Double(sizes.queryClaims))) claims (first xref)",
            "\(Format.grouped(Double(linked.articles) / seconds)) articles/s (\(Format.decimal(seconds)) s, \(Format.grouped(Double(linked.links))) links)", target: "")
        progress("queries: cross-reference")
        let universe = NameUniverse.standard
        let ranks = ZipfSampler(count: universe.companies.count, exponent: 1.0)
        var random = SeededRandom(seed: seed &+ 4)
        var samples: [(wall: Double, processor: Double)] = []
        for _ in 0..<max(10, sizes.queries / 10) {
            let name = universe.companies[ranks.sample(using: &random)].name
            samples.append(try Measure.times {
                do {
                    _ = try store.crossReference(entity: name)
                } catch StoreError.unknownEntity {}
            })
        }
        table.add("xref of a company (latest \(CrossReference.defaultLimit) reports), p50 / p95", Format.latency(samples), target: "< 100 ms")
    }

    // MARK: - Export

    private mutating func measureExport(_ store: DossierStore) throws {
        progress("export: claims as CSV")
        var sink = CSVRowWriter(writer: try ByteWriter(path: "/dev/null"))
        var rows = 0
        let time = try Measure.times {
            var counting = CountingCSV(inner: sink)
            try store.export(.claims, into: &counting)
            rows = counting.rows
            sink = counting.inner
        }
        table.add(
            "CSV export of claims",
            "\(Format.grouped(Double(rows) / time.wall)) rows/s (\(Format.grouped(Double(rows))) rows; \(Format.grouped(Double(rows) / time.processor)) per CPU-second)",
            target: "> 500,000 rows/s")
    }

    /// How far a cross-referencing stopped by its budget came, and how long all of it would
    /// take at that pace (each batch it finished is committed).
    private func partialLinking(database: String, articles: Int, seconds: Double) -> String {
        let stopped = "not done within \(Int(seconds)) s"
        guard let waiting = try? DossierStore(path: database, readOnly: true).articlesAwaitingCrossReference(),
              articles > waiting, seconds > 0
        else { return stopped }
        let rate = Double(articles - waiting) / seconds
        let all = Double(articles) / rate
        return "\(stopped): \(Format.grouped(rate)) articles/s, \(Format.grouped(Double(articles - waiting))) of "
            + "\(Format.grouped(Double(articles))) linked; about \(all < 120 ? "\(Int(all)) s" : "\(Int((all / 60).rounded())) min") for all"
    }

    private func progress(_ text: String) {
        FileHandle.standardError.write(Data("[bench] \(text)\n".utf8))
    }
}

/// Counts the rows passing through to a CSV writer, handing them on as `dossier export`
/// does: straight off the statement, without a `Cell` per value.
private struct CountingCSV: RowSink {
    var inner: CSVRowWriter
    var rows = 0
    mutating func begin(columns: [String]) throws { try inner.begin(columns: columns) }
    mutating func row(_ cells: [Cell]) throws {
        rows += 1
        try inner.row(cells)
    }
    mutating func row(raw: RawRow) throws {
        rows += 1
        try inner.row(raw: raw)
    }
    mutating func end() throws { try inner.end() }
}

