import Foundation

// dossier-bench: the corpus generator and the timing harness behind `make bench`.
do {
    try BenchCommand.run(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("dossier-bench: \(error)\n".utf8))
    exit(2)
}
