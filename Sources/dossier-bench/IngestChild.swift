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
    }

    static func run(database: String, files: [String]) throws {
        let store = try DossierStore(path: database)
        func report(_ summary: IngestSummary, finished: Bool) {
            let line = Report(
                articles: summary.new, seconds: summary.seconds, processorSeconds: Measure.processorSeconds(),
                peakBytes: Measure.peakMemory(), finished: finished)
            print(String(decoding: try! JSONEncoder().encode(line), as: UTF8.self))
            fflush(nil)
        }
        let summary = try IngestPipeline(store: store).ingest(paths: files) { report($0.summary, finished: false) }
        report(summary, finished: true)
    }

    /// Runs the child on `files`; stops it after `budget` seconds, and returns its last report.
    static func spawn(database: String, files: [String], budget: Double) throws -> Report {
        let output = database + ".progress"
        FileManager.default.createFile(atPath: output, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = [command, "--db", database] + files
        process.standardOutput = FileHandle(forWritingAtPath: output)
        try process.run()
        let start = DispatchTime.now().uptimeNanoseconds
        while process.isRunning, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 < budget {
            usleep(200_000)
        }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let lines = (try? String(contentsOfFile: output, encoding: .utf8))?.split(separator: "\n") ?? []
        guard let last = lines.last, let report = try? JSONDecoder().decode(Report.self, from: Data(last.utf8)) else {
            throw BenchError.child("no report (exit status \(process.terminationStatus))")
        }
        if report.finished, process.terminationStatus != 0 { throw BenchError.child("exit status \(process.terminationStatus)") }
        return report
    }
}
