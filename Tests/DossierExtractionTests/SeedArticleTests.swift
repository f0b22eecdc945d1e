import Testing
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
@testable import DossierExtraction

/// The seed article of the design, read from the shared folder beside the package.
enum SeedArticle {
    static let path: String = {
        // .../Tests/DossierExtractionTests/SeedArticleTests.swift -> package root -> ../shared
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/../shared/seed/xiaomi-borgward-cnevpost-2023-02-14.txt"
    }()

    static let text: String? = readFile(path)
}

/// The design's model case, run on the real file when the shared folder is present.
@Suite(.enabled(if: SeedArticle.text != nil, "the seed article is not on this machine"))
struct SeedArticleTests {
    let e: Extraction = Extractor().extract(
        text: SeedArticle.text ?? "",
        document: DocumentInfo(outlet: "CnEVPost", published: SimpleDate(iso: "2023-02-14")))

    private func claim(_ fragment: String) throws -> Claim {
        try #require(e.claims.first { $0.text.contains(fragment) && $0.attribution?.cue != "" })
    }

    private func entity(_ name: String) -> Entity? { e.entities.first { $0.name == name || $0.aliases.contains(name) } }

    @Test func jiemianTodayCitingTwoPeople() throws {
        let a = try #require(try claim("close to getting the qualification").attribution)
        #expect(a.reporter == "Jiemian")
        #expect(a.reportedOn == "2023-02-14")
        #expect(a.cited == "two people familiar with the matter")
        #expect(a.citedKind == .anonymous)
        #expect(try claim("close to getting the qualification").text.hasPrefix("Xiaomi Auto is close"))
    }

    @Test func thePeopleSaidIsJiemian() throws {
        let c = try claim("subject to change")
        #expect(c.attribution?.reporter == "Jiemian")
        #expect(c.attribution?.cited == "two people familiar with the matter")
        #expect(c.attribution?.reportedOn == "2023-02-14")
        #expect(c.stance == .hedged)
    }

    @Test func jiemianLastWeekOnXPeng() throws {
        let a = try #require(try claim("was qualified to produce vehicles").attribution)
        #expect(a.reporter == "Jiemian")
        let date = try #require(a.reportedOn.flatMap { SimpleDate(iso: $0) })
        #expect(date >= SimpleDate(iso: "2023-02-06")! && date <= SimpleDate(iso: "2023-02-12")!)
    }

    @Test func jiemianCitingIndustrySources() throws {
        let a = try #require(try claim("will come from Borgward").attribution)
        #expect(a.reporter == "Jiemian")
        #expect(a.cited == "industry sources")
    }

    @Test func xiaomiAnnouncements() throws {
        let first = try #require(try claim("joining the car-making bandwagon").attribution)
        #expect(first.reporter == "Xiaomi")
        #expect(first.reportedOn == "2021-03-30")
        let second = try #require(try claim("built in two phases").attribution)
        #expect(second.reportedOn == "2021-11")
        #expect(second.citedKind == .document)
    }

    @Test func bloombergTwiceWithBackReferences() throws {
        let july = try #require(try claim("facing difficulties").attribution)
        #expect(july.reporter == "Bloomberg")
        #expect(july.reportedOn == "2022-07-29")
        let report = try #require(
            e.claims.first { $0.text.contains("others fear") && $0.attribution?.cue == "according to" }?.attribution)
        #expect(report.reporter == "Bloomberg")
        #expect(report.reportedOn == "2022-07-29")
        let august = try #require(try claim("in talks with BAIC Group").attribution)
        #expect(august.reporter == "Bloomberg")
        #expect(august.reportedOn == "2022-08-26")
        let said = try #require(try claim("co-branded with Xiaomi").attribution)
        #expect(said.reporter == "Bloomberg")
        #expect(said.reportedOn == "2022-08-26")
    }

    @Test func cailianSameDayHedged() throws {
        let c = try claim("take over BAIC's production site")
        #expect(c.attribution?.reporter == "Cailian")
        #expect(c.attribution?.reportedOn == "2022-08-26")
        #expect(c.stance == .hedged)
    }

    @Test func sinaTechDeniedAndTheSources() throws {
        let c = try claim("will most likely not acquire")
        #expect(c.attribution?.reporter == "Sina Tech")
        #expect(c.attribution?.reportedOn == "2022-09-01")
        #expect(c.attribution?.cited == "two sources familiar with the matter")
        #expect(c.stance == .denied)
        let sources = try #require(
            e.claims.first { $0.text.contains("build its own factory in time") && $0.attribution?.cue == "said" })
        #expect(sources.attribution?.reporter == "Sina Tech")
        #expect(sources.attribution?.reportedOn == "2022-09-01")
    }

    @Test func entities() throws {
        #expect(entity("NIO")?.tickers == ["NYSE:NIO"])
        #expect((entity("Li Auto") ?? entity("LI"))?.tickers == ["NASDAQ:LI"])
        #expect(entity("XPeng")?.tickers == ["NYSE:XPEV"])
        #expect(entity("Anhui Jianghuai Automobile Group Corp")?.aliases.contains("JAC") == true)
        let baic = try #require(entity("BAIC Group"))
        let bluepark = try #require(entity("BAIC BluePark New Energy Technology Co"))
        #expect(baic.id != bluepark.id && baic.type == .organization && bluepark.type == .organization)
        for outlet in ["Jiemian", "Bloomberg", "Cailian", "Sina Tech"] {
            #expect(entity(outlet)?.type == .outlet, "\(outlet)")
        }
        #expect(entity("National Development and Reform Commission")?.type == .government)
        for place in ["Qingdao", "Shandong", "Guangzhou", "Yizhuang", "China"] {
            #expect(entity(place)?.type == .place, "\(place)")
        }
    }
}

/// Reads a UTF-8 file without Foundation, so the test target stays as light as the module.
private func readFile(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        bytes += buffer[0..<n]
    }
    return String(decoding: bytes, as: UTF8.self)
}
