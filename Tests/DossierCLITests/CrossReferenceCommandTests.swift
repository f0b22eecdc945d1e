import Foundation
import Testing

/// `xref`, `timeline` and `sources` run as a user would, on SampleData and, when it is
/// beside the checkout, the seed article.
@Suite struct CrossReferenceCommandTests {
    let folder = DossierProcess.temporaryFolder()
    var db: String { folder.appendingPathComponent("test.db").path }
    static let sampleData = DossierProcess.packageRoot.appendingPathComponent("SampleData").path

    func ingestSampleData(withSeed: Bool = false) throws {
        if withSeed {
            let seed = try DossierProcess.run(["ingest", "--db", db, SeedTests.seed.path, "--outlet", "CnEVPost", "--published", "2023-02-14"])
            #expect(seed.status == 0, "\(seed.stderr)")
        }
        let sample = try DossierProcess.run(["ingest", "--db", db, Self.sampleData])
        #expect(sample.status == 0, "\(sample.stderr)")
    }

    /// `xref --format json`, parsed.
    func xref(_ entity: String, _ options: [String] = []) throws -> [String: Any] {
        let result = try DossierProcess.run(["xref", "--db", db, entity, "--format", "json"] + options)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    }

    func reports(_ json: [String: Any]) -> [[String: Any]] { json["reports"] as? [[String: Any]] ?? [] }

    func report(_ json: [String: Any], _ reporter: String, _ date: String) -> [String: Any]? {
        reports(json).first { $0["reporter"] as? String == reporter && $0["reported_on"] as? String == date }
    }

    /// Claim texts by id, with their report's reporter.
    func claims(_ json: [String: Any]) -> [Int: (reporter: String, text: String)] {
        var result: [Int: (String, String)] = [:]
        for report in reports(json) {
            for claim in report["claims"] as? [[String: Any]] ?? [] {
                result[claim["id"] as? Int ?? -1] = (report["reporter"] as? String ?? "", claim["text"] as? String ?? "")
            }
        }
        return result
    }

    func hasContradiction(_ json: [String: Any], between first: String, and second: String) -> Bool {
        let claims = claims(json)
        let links = json["links"] as? [[String: Any]] ?? []
        return links.contains { link in
            guard link["relation"] as? String == "contradicts",
                  let a = claims[link["a"] as? Int ?? -1]?.reporter, let b = claims[link["b"] as? Int ?? -1]?.reporter else { return false }
            return Set([a, b]) == Set([first, second]) && link["score"] is Double && link["method"] is String
        }
    }

    @Test func sampleDataShowsEachReportWithItsPrimaryArticleAndTheContradiction() throws {
        try ingestSampleData()
        let json = try xref("Xiaomi")
        #expect(json["entity"] as? String == "Xiaomi")
        #expect(report(json, "Bloomberg", "2022-07-29") != nil)
        #expect(report(json, "Bloomberg", "2022-08-26") != nil)
        let jiemian = try #require(report(json, "Jiemian", "2023-02-14"))
        let articles = json["articles"] as? [[String: Any]] ?? []
        let primary = articles.first { $0["id"] as? Int == jiemian["primary_article"] as? Int }
        #expect(primary?["outlet"] as? String == "Jiemian")
        #expect(primary?["published"] as? String == "2023-02-14")
        #expect((jiemian["relayed_by"] as? [Int])?.isEmpty == false)
        #expect(hasContradiction(json, between: "Cailian", and: "Sina Tech"))
        let dates = reports(json).compactMap { $0["reported_on"] as? String }
        #expect(dates == dates.sorted())
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: SeedTests.seed.path)))
    func theSeedAndSampleDataMeetTheAcceptanceOfTheIssue() throws {
        try ingestSampleData(withSeed: true)
        let json = try xref("Xiaomi", ["--explain"])
        #expect(report(json, "Bloomberg", "2022-07-29") != nil)
        #expect(report(json, "Bloomberg", "2022-08-26") != nil)
        #expect(report(json, "Cailian", "2022-08-26") != nil)
        #expect(report(json, "Sina Tech", "2022-09-01") != nil)
        let jiemian = try #require(report(json, "Jiemian", "2023-02-14"))
        let cited = jiemian["cited"] as? [String] ?? []
        #expect(cited.contains { $0.contains("people familiar with the matter") })
        #expect(cited.contains { $0.contains("industry sources") })
        #expect(jiemian["primary_article"] is Int)
        #expect(hasContradiction(json, between: "Cailian", and: "Sina Tech"))
        let links = json["links"] as? [[String: Any]] ?? []
        #expect(links.allSatisfy { $0["explanation"] is [String: Any] })
    }

    @Test func theTableFitsTheTerminalAndNamesTheContradiction() throws {
        try ingestSampleData()
        let result = try DossierProcess.run(["xref", "--db", db, "Xiaomi"], environment: ["COLUMNS": "100"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("Xiaomi: ") == true)
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(lines.contains { $0.contains("Cailian 2022-08-26 ✗ Sina Tech 2022-09-01") })
        #expect(lines.contains("Contradictions"))
    }

    @Test func aLimitShowsTheLatestReportsAndSaysHowManyWereLeftOut() throws {
        try ingestSampleData()
        let all = reports(try xref("Xiaomi", ["--all"]))
        let latest = try xref("Xiaomi", ["--limit", "3"])
        #expect(reports(latest).map { $0["id"] as? Int } == all.suffix(3).map { $0["id"] as? Int })
        #expect(latest["omitted_reports"] as? Int == all.count - 3)
        let table = try DossierProcess.run(["xref", "--db", db, "Xiaomi", "--limit", "3"], environment: ["COLUMNS": "100"])
        #expect(table.output.hasPrefix("Xiaomi: the latest 3 of \(all.count) reports"))
        #expect(table.output.contains("\(all.count - 3) earlier reports left out: --limit N or --all"))
        let timeline = try DossierProcess.run(["timeline", "--db", db, "Xiaomi", "--limit", "1", "--format", "csv"])
        #expect(timeline.status == 0)
        #expect(timeline.stderr.contains("\(all.count - 1) earlier reports left out"))
        let none = try DossierProcess.run(["xref", "--db", db, "Xiaomi", "--limit", "0"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("--all"))
    }

    @Test func timelineIsOrderedByTheDateOfTheAccount() throws {
        try ingestSampleData()
        let result = try DossierProcess.run(["timeline", "--db", db, "Xiaomi", "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(!rows.isEmpty)
        let dates = rows.compactMap { $0["reported_on"] as? String }
        #expect(dates == dates.sorted())
        #expect(rows.contains { ($0["relayed_in"] as? String ?? "").hasPrefix("EV Desk #") && ($0["days_later"] as? Int ?? 0) > 100 })
    }

    @Test func sourcesCountsEveryOutlet() throws {
        try ingestSampleData()
        let result = try DossierProcess.run(["sources", "--db", db, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.output.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "outlet,articles,claims,reports,relayed_by_others,anonymous_share,contradicted_later")
        for outlet in ["Bloomberg", "Cailian", "Sina Tech", "Jiemian", "EV Desk"] {
            #expect(lines.contains { $0.hasPrefix(outlet + ",") }, "\(outlet) missing")
        }
        let cailian = lines.first { $0.hasPrefix("Cailian,") }?.split(separator: ",")
        #expect(cailian.map { Int($0[6]) ?? 0 } ?? 0 > 0, "Cailian's takeover claim was contradicted a week later")
    }

    @Test func rebuildingGivesTheSameLinks() throws {
        try ingestSampleData()
        let before = try xref("Xiaomi")["links"] as? [[String: Any]]
        let rebuild = try DossierProcess.run(["xref", "--db", db, "--rebuild"])
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(rebuild.stderr.hasPrefix("linked "))
        let after = try xref("Xiaomi")["links"] as? [[String: Any]]
        #expect(after?.count == before?.count)
    }

    @Test func usageErrorsExitWithTwo() throws {
        try DossierProcess.run(["init", "--db", db])
        let noEntity = try DossierProcess.run(["xref", "--db", db])
        #expect(noEntity.status == 2)
        #expect(noEntity.stderr.contains("--rebuild"))
        let csv = try DossierProcess.run(["xref", "--db", db, "Xiaomi", "--format", "csv"])
        #expect(csv.status == 2)
        #expect(csv.stderr.contains("timeline"))
        let badDate = try DossierProcess.run(["timeline", "--db", db, "Xiaomi", "--since", "last week"])
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("--since"))
        let unknown = try DossierProcess.run(["xref", "--db", db, "Nobody"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("dossier entities"))
    }

    @Test func helpTextMatchesTheGoldenFiles() throws {
        for command in ["xref", "timeline", "sources"] {
            let result = try DossierProcess.run([command, "--help"], environment: ["COLUMNS": "100"])
            #expect(result.status == 0)
            try Golden.check(result.stdout, against: "help-\(command).txt")
        }
    }
}
