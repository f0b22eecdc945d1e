import ArgumentParser
import DossierExtraction
import DossierIngest
import Foundation

/// `dossier extract`: text analysis of files, with no database.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show what text analysis finds in a file: sentences, entities, mentions, claims, attributions.",
        discussion: """
            Prints JSON in the shape of DESIGN.md; nothing is stored. With --input jsonl, FILE
            holds one article per line ({"id", "text", "title", "outlet", "published", "url"})
            and each output line is that article's extraction with its "id".

            Examples:
              dossier extract article.txt --outlet CnEVPost --published 2023-02-14
              dossier extract --input jsonl articles.jsonl > extractions.jsonl
            """
    )

    enum Input: String, ExpressibleByArgument, CaseIterable {
        case file, jsonl
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @OptionGroup var metadata: MetadataOptions

    @Option(help: "What FILE holds: file (one article) or jsonl (one article per line).")
    var input: Input = .file

    @Option(help: "Output format (json).")
    var format: Format = .json

    @Argument(help: ArgumentHelp("The article, or the JSON Lines file with --input jsonl.", valueName: "file"))
    var file: String

    func run() throws {
        switch input {
        case .file: try extractFile()
        case .jsonl: try extractLines()
        }
    }

    private func extractFile() throws {
        var document = try FileReader().read(path: file)
        metadata.overrides.apply(to: &document)
        let extraction = Extractor().extract(text: document.text, document: try document.info())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let writer = ByteWriter()
        writer.write(bytes: try encoder.encode(extraction))
        writer.write(byte: 10)
        try writer.flush()
    }

    private func extractLines() throws {
        let lines = try JSONLinesFile(path: file)
        let extractor = Extractor()
        let writer = ByteWriter()
        var rejected = 0
        while case let chunk = try lines.next(upTo: 256), !chunk.isEmpty {
            let results = chunk.concurrentMap { line -> Result<[UInt8], IngestError> in
                Result {
                    let article = try line.decode(JSONLinesArticle.self)
                    guard let id = article.id else {
                        throw IngestError.badJSONLine(path: line.path, line: line.number, cause: "missing \"id\"")
                    }
                    let document = try article.document(origin: line.origin)
                    let extraction = extractor.extract(text: document.text, document: try document.info())
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                    return Array(try encoder.encode(IdentifiedExtraction(id: id, extraction: extraction)))
                }.mapError { $0 as? IngestError ?? .unreadable(path: line.origin, cause: String(describing: $0)) }
            }
            for result in results {
                switch result {
                case let .success(bytes):
                    writer.write(bytes: bytes)
                    writer.write(byte: 10)
                case let .failure(error):
                    rejected += 1
                    Terminal.printError(error.description)
                }
            }
        }
        try writer.flush()
        if rejected > 0 { throw CLIError.rejectedInput(count: rejected) }
    }
}

/// An extraction with the id of the input line it answers.
struct IdentifiedExtraction: Encodable {
    let id: String
    let extraction: Extraction

    private enum Key: String, CodingKey { case id }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: .id)
        try extraction.encode(to: encoder)
    }
}
