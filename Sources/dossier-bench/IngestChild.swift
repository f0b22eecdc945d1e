import DossierIngest
import DossierStore
import Foundation

/// End-to-end ingest in a process of its own, so that its peak memory is its alone:
/// the real pipeline (read, analyse on all cores, write) into a fresh database.
enum IngestChild {
    static let command = "ingest-child"

    /// What the child reports back, one line of JSON on standard output.
    struct Report: Codable {
        var articles: Int
        var rejected: Int
        var seconds: Double
        var peakBytes: Int
        var databaseBytes: Int64
        var claims: Int
    }

    static func run(database: String, folders: [String]) throws {
        let store = try DossierStore(path: database)
        let summary = try IngestPipeline(store: store).ingest(paths: folders)
        let statistics = try store.statistics()
        let report = Report(
            articles: summary.new, rejected: summary.rejected.count, seconds: summary.seconds,
            peakBytes: Measure.peakMemory(), databaseBytes: statistics.bytes,
            claims: statistics.tables.first { $0.name == "claim" }?.rows ?? 0
        )
        print(String(decoding: try JSONEncoder().encode(report), as: UTF8.self))
    }

    /// Runs the child on `folders` and waits for its report.
    static func spawn(database: String, folders: [String]) throws -> Report {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = [command, "--db", database] + folders
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError.child("exit status \(process.terminationStatus)") }
        do {
            return try JSONDecoder().decode(Report.self, from: data)
        } catch {
            throw BenchError.child("unreadable report: \(String(decoding: data, as: UTF8.self))")
        }
    }
}
