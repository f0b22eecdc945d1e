import CSV
import DossierExtraction
import DossierStore
import Foundation

/// A gazetteer: a CSV file of curated entities with the header `name,type,aliases,tickers`
/// (aliases and tickers optional), several aliases or tickers separated by `;`.
public struct GazetteerFile {
    /// The entries that parsed, with their row numbers (the header is row 1).
    public var entries: [(row: Int, entity: KnownEntity)] = []
    /// One error per row that did not.
    public var rejected: [IngestError] = []

    public static let columns = ["name", "type", "aliases", "tickers"]

    public init(path: String) throws {
        let text = try Self.read(path: path)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true)
        } catch {
            throw IngestError.badGazetteer(path: path, row: 1, cause: "no header row")
        }
        let header = (reader.headerRow ?? []).map { $0.lowercased() }
        guard let nameColumn = header.firstIndex(of: "name"), let typeColumn = header.firstIndex(of: "type") else {
            throw IngestError.badGazetteer(path: path, row: 1, cause: "the header must name the columns name and type")
        }
        if let unknown = header.first(where: { !Self.columns.contains($0) }) {
            throw IngestError.badGazetteer(path: path, row: 1, cause: "unknown column \"\(unknown)\"")
        }
        let aliasColumn = header.firstIndex(of: "aliases")
        let tickerColumn = header.firstIndex(of: "tickers")
        var row = 1
        while let fields = reader.next() {
            row += 1
            if fields.allSatisfy(\.isEmpty) { continue }
            func field(_ index: Int?) -> String { index.flatMap { $0 < fields.count ? fields[$0] : nil } ?? "" }
            let name = field(nameColumn)
            guard !name.isEmpty else {
                rejected.append(.badGazetteer(path: path, row: row, cause: "no name"))
                continue
            }
            guard let type = EntityType(rawValue: field(typeColumn).lowercased()) else {
                let types = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
                rejected.append(.badGazetteer(path: path, row: row, cause: "type \"\(field(typeColumn))\" is not one of \(types)"))
                continue
            }
            entries.append((row, KnownEntity(
                name: name, type: type, aliases: Self.list(field(aliasColumn)), tickers: Self.list(field(tickerColumn)))))
        }
        if let error = reader.error {
            rejected.append(.badGazetteer(path: path, row: row + 1, cause: String(describing: error)))
        }
    }

    /// `a; b;c` as `["a", "b", "c"]`.
    static func list(_ field: String) -> [String] {
        field.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func read(path: String) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw FileManager.default.fileExists(atPath: path)
                ? IngestError.unreadable(path: path, cause: (error as NSError).localizedDescription)
                : IngestError.missing(path: path)
        }
        return try FileReader.decode(data, path: path)
    }
}
