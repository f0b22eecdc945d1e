import Foundation
import Testing
@testable import DossierExtraction

@Suite struct ExtractorTests {
    static let text = """
        Vantor Motors weighs sale of Hefei plant

        (Image credit: Vantor)

        Vantor Motors could sell its Hefei plant, Harbor Daily said on Tuesday, citing people briefed on the talks. \
        “We are not selling,” CEO Lin Hao told reporters. The plant, which opened in 2019, employs 3,000 people.
        """

    let e = TestSupport.extract(ExtractorTests.text)

    @Test func sameInputSameOutput() {
        #expect(TestSupport.extract(ExtractorTests.text) == e)
    }

    @Test func everySpanHoldsItsText() {
        let scalars = Array(ExtractorTests.text.unicodeScalars)
        func at(_ start: Int, _ end: Int) -> String { String(String.UnicodeScalarView(scalars[start..<end])) }
        for s in e.sentences { #expect(at(s.start, s.end) == s.text) }
        for m in e.mentions { #expect(at(m.start, m.end) == m.text) }
        for c in e.claims {
            #expect(at(c.start, c.end) == c.text)
            #expect(e.sentences[c.sentence].start <= c.start)
        }
    }

    @Test func captionsMakeNoClaim() {
        #expect(!e.claims.contains { $0.text.contains("Image credit") })
        #expect(e.sentences.contains { $0.text == "(Image credit: Vantor)" })
    }

    @Test func claimsListTheirEntitiesAndDates() throws {
        let plant = try #require(TestSupport.claim(e, containing: "employs"))
        #expect(plant.dates.map(\.value) == ["2019"])
        let sale = try #require(TestSupport.claim(e, containing: "could sell"))
        let ids = Set(sale.entities)
        #expect(ids.contains(try #require(TestSupport.entity(e, named: "Vantor Motors")).id))
        #expect(ids.contains(try #require(TestSupport.entity(e, named: "Hefei")).id))
        #expect(sale.attribution?.reportedOn == "2024-05-14")
    }

    @Test func jsonUsesTheDesignKeys() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try #require(String(data: try encoder.encode(e), encoding: .utf8))
        for key in [
            "\"reporter_entity\"", "\"cited_kind\"", "\"reported_on\"", "\"source_span\"", "\"cue_span\"", "\"hedges\"",
            "\"stance\"",
        ] {
            #expect(json.contains(key), "\(key)")
        }
        let claim = try #require(try JSONSerialization.jsonObject(with: encoder.encode(e.claims[0])) as? [String: Any])
        #expect(
            Set(claim.keys) == [
                "sentence", "start", "end", "text", "stance", "hedges", "entities", "dates", "attribution",
            ])
        #expect(try JSONDecoder().decode(Extraction.self, from: encoder.encode(e)) == e)
    }

    @Test func emptyAndOddInputs() {
        #expect(TestSupport.extract("").claims.isEmpty)
        #expect(TestSupport.extract("   \n\n  ").sentences.isEmpty)
        #expect(TestSupport.extract("\"").claims.isEmpty)
        #expect(TestSupport.extract("said, according to").sentences.count == 1)
    }
}
