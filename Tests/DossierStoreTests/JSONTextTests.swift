@testable import DossierStore
import Foundation
import Testing

/// The JSON the writer packs by hand must read back as what it packed.
@Suite struct JSONTextTests {
    @Test func integerRowsAreNestedArrays() {
        #expect(JSONText.array(of: [(0, 19), (20, 42)]) { json, row in json.append(row.0, row.1) } == "[[0,19],[20,42]]")
        #expect(JSONText.array(of: [(7, -1, 120)]) { json, row in json.append(row.0, row.1, row.2) } == "[[7,-1,120]]")
        #expect(JSONText.array(of: [Int]()) { json, value in json.append(value, value) } == "[]")
        let edges = [0, 9, 10, 99, 100, 999_999, 1_000_000, Int.max, Int.min]
        let written = JSONText.array(of: edges) { json, value in json.append(value, value) }
        #expect(written == "[" + edges.map { "[\($0),\($0)]" }.joined(separator: ",") + "]")
    }

    @Test func integerListsReadBackInOrder() {
        for values: [Int64] in [[], [0], [3, 141, 59, 2_653_589_793]] {
            #expect(JSONText.integers(in: JSONText.integers(values)) == values)
        }
        // As SQLite's json_group_array writes them.
        #expect(JSONText.integers(in: "[12, 7]") == [12, 7])
    }

    @Test func quotedTextReadsBackWhole() throws {
        let text = "He said \"no\"\\ then\nleft\t\u{1} — 小米"
        let quoted = JSONText.quoted(text)
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        #expect(decoded == [text])
        #expect(quoted.contains("\\u0001"))
        #expect(JSONText.quoted("plain — 小米") == "\"plain — 小米\"")
    }
}
