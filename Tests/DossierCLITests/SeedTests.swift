import CSV
import Foundation
import Testing

/// The article the product was conceived from, when `../shared` is beside the checkout.
@Suite struct SeedTests {
    static let seed = DossierProcess.packageRoot
        .deletingLastPathComponent().appendingPathComponent("shared/seed/xiaomi-borgward-cnevpost-2023-02-14.txt")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seed.path)))
    func claimsAboutXiaomiAreCreditedToEveryRelayedOutlet() throws {
        let db = DossierProcess.temporaryFolder().appendingPathComponent("seed.db").path
        let ingest = try DossierProcess.run(["ingest", "--db", db, Self.seed.path, "--outlet", "CnEVPost", "--published", "2023-02-14"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let claims = try DossierProcess.run(["claims", "--db", db, "--entity", "Xiaomi", "--format", "csv"])
        #expect(claims.status == 0, "\(claims.stderr)")
        let reader = try CSVReader(string: claims.output, hasHeaderRow: true)
        var reporters: Set<String> = []
        while reader.next() != nil {
            let reporter = reader["reporter"] ?? ""
            #expect(!reporter.isEmpty)
            reporters.insert(reporter)
        }
        for outlet in ["Jiemian", "Bloomberg", "Cailian", "Sina Tech"] {
            #expect(reporters.contains(outlet), "no claim about Xiaomi credited to \(outlet); got \(reporters.sorted())")
        }
    }
}
