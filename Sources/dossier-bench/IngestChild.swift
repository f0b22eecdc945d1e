import DossierIngest
import DossierStore
import Foundation

/// End-to-end ingest in a process of its own, so that its peak memory is its alone: the
/// real pipeline (read, analyse on all cores, write, cross-reference) into a fresh database.
enum IngestChild {
    static let command = "ingest-child"

    /// What the child reports after each batch, one line of JSON on standard output.
    struct Report: Codable {
        var articles: Int
        var seconds: Double
        var processorSeconds: Double
        var peakBytes: Int
        var finished: Bool
        /// Articles cross-referenced after the ingest, as the first `xref` does, and how long it took.
        var linkedArticles: Int?
        var linkSeconds: Double?
    }

    static func run(database: String, files: [String], link: Bool) throws {
        let store = try DossierStore(path: database)
        func report(_ line: Report) {
            print(String(decoding: try! JSONEncoder().encode(line), as: UTF8.self))
            fflush(nil)
        }
        let summary = try IngestPipeline(store: store).ingest(paths: files) { progress in
            report(Report(
                articles: progress.summary.new, seconds: progress.summary.seconds,
                processorSeconds: Measure.processorSeconds(), peakBytes: Measure.peakMemory(), finished: false))
        }
        var last = Report(
            articles: summary.new, seconds: summary.seconds, processorSeconds: Measure.processorSeconds(),
            peakBytes: Measure.peakMemory(), finished: true)
        report(last)
        guard link else { return }
        var linked = LinkingSummary()
        let linkSeconds = try Measure.seconds { linked = try store.crossReferenceNewArticles() }
        last.linkedArticles = linked.articles
        last.linkSeconds = linkSeconds
        report(last)
    }

    /// Runs the child on `files`, cross-referencing after the ingest when `link` is set; stops
    /// it after `budget` seconds (ingest and linking each), and returns its last report.
    static func spawn(database: String, files: [String], budget: Double, link: Bool) throws -> Report {
        let output = database + ".progress"
        guard FileManager.default.createFile(atPath: output, contents: nil) else { throw BenchError.cannotWrite(output) }
        defer { try? FileManager.default.removeItem(atPath: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = [command, "--db", database] + (link ? [] : ["--no-link"]) + files
        process.standardOutput = FileHandle(forWritingAtPath: output)
        try process.run()
        func lastReport() -> Report? {
            let lines = (try? String(contentsOfFile: output, encoding: .utf8))?.split(separator: "\n") ?? []
            return lines.last.flatMap { try? JSONDecoder().decode(Report.self, from: Data($0.utf8)) }
        }
        let start = DispatchTime.now().uptimeNanoseconds
        while process.isRunning {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if elapsed >= (lastReport()?.finished == true ? 2 * budget : budget) { break }
            usleep(200_000)
        }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        guard let report = lastReport() else {
            throw BenchError.child("no report (exit status \(process.terminationStatus))")
        }
        if process.terminationReason == .exit, process.terminationStatus != 0 { throw BenchError.child("exit status \(process.terminationStatus)") }
        return report
    }
}
