import DossierBenchKit
import Foundation

/// The command line of `dossier-bench`: a few subcommands with few options, parsed by hand.
enum BenchCommand {
    static let usage = """
        usage: dossier-bench generate [--count N] [--seed S] [-o FILE]   wire-style articles as JSON Lines
               dossier-bench run [--quick] [--seed S] [--work DIR] [--keep] [--only extraction,ingest,queries,export]
                                                                        measure, print one table
        """

    static func run(_ arguments: [String]) throws {
        guard let command = arguments.first else { throw BenchError.usage(usage) }
        let options = try Options(Array(arguments.dropFirst()))
        switch command {
        case "generate":
            try generate(count: options.int("--count") ?? 1000, seed: options.seed, output: options.string("-o"))
        case "run":
            let sizes = options.flag("--quick") ? BenchSizes.quick : BenchSizes.full
            let work = options.string("--work") ?? FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-\(getpid())").path
            var benchmark = Benchmark(sizes: sizes, seed: options.seed, work: work)
            benchmark.keep = options.flag("--keep")
            benchmark.only = Set((options.string("--only") ?? "").split(separator: ",").map(String.init))
            try benchmark.run()
        case IngestChild.command:
            try IngestChild.run(database: options.required("--db"), files: options.rest, link: !options.flag("--no-link"))
        default:
            throw BenchError.usage(usage)
        }
    }

    private static func generate(count: Int, seed: UInt64, output: String?) throws {
        var generator = ArticleGenerator(seed: seed)
        var out = ""
        let handle: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let file = FileHandle(forWritingAtPath: output) else {
                throw BenchError.cannotWrite(output)
            }
            handle = file
        } else {
            handle = FileHandle.standardOutput
        }
        for index in 0..<count {
            out += generator.next().jsonLine()
            out += "\n"
            if out.utf8.count > 1 << 20 || index == count - 1 {
                handle.write(Data(out.utf8))
                out = ""
            }
        }
    }
}

/// Options as `--name value` pairs and flags; what is left are positional arguments.
struct Options {
    private var values: [String: String] = [:]
    private var flags: Set<String> = []
    private(set) var rest: [String] = []

    /// Options that take no value.
    static let flagNames: Set = ["--quick", "--keep", "--no-link"]

    init(_ arguments: [String]) throws {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if Self.flagNames.contains(argument) {
                flags.insert(argument)
            } else if argument.hasPrefix("-") {
                guard index + 1 < arguments.count else { throw BenchError.usage("\(argument) needs a value") }
                values[argument] = arguments[index + 1]
                index += 1
            } else {
                rest.append(argument)
            }
            index += 1
        }
    }

    func flag(_ name: String) -> Bool { flags.contains(name) }
    func string(_ name: String) -> String? { values[name] }
    func int(_ name: String) -> Int? { values[name].flatMap { Int($0) } }
    func required(_ name: String) throws -> String {
        guard let value = values[name] else { throw BenchError.usage("missing \(name)") }
        return value
    }
    var seed: UInt64 { values["--seed"].flatMap { UInt64($0) } ?? 1 }
}

enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case cannotWrite(String)
    case child(String)

    var description: String {
        switch self {
        case let .usage(text): return text
        case let .cannotWrite(path): return "cannot write \(path) (hint: check the folder exists and is writable)"
        case let .child(text): return "ingest child failed: \(text)"
        }
    }
}
