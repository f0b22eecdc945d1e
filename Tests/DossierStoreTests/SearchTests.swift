import DossierExtraction
import DossierStore
import Testing

@Suite struct SearchTests {
    let store: DossierStore

    init() throws {
        store = try DossierStore(path: Fixtures.temporaryDatabase())
        _ = try store.write(Fixtures.searchedArticles)
    }

    func search(_ text: String, _ adjust: (inout SearchQuery) -> Void = { _ in }) throws -> CollectedRows {
        var query = SearchQuery(text: text)
        adjust(&query)
        var rows = CollectedRows()
        try store.search(query, into: &rows)
        return rows
    }

    func snippets(_ rows: CollectedRows) -> [String] { rows.column("snippet").compactMap(\.text) }

    @Test func matchesAreBracketedInTheirSnippetAndStemmed() throws {
        let rows = try search("plant")
        #expect(rows.columns == ["claim_id", "date", "outlet", "reporter", "stance", "snippet", "score"])
        #expect(rows.rows.count == 4)
        #expect(snippets(rows).contains("Acme plans its own factory in Ningbo, [plants] and all"))
        #expect(snippets(rows).allSatisfy { $0.contains("[plant") })
    }

    /// Four claims say "plant": with room to rank two, the two stored last are ranked and
    /// the caller is told; a filter, or room for all, ranks every match.
    @Test func aCommonWordIsRankedAmongTheLastMatchesStored() throws {
        var rows = CollectedRows()
        let ranking = try store.search(SearchQuery(text: "plant", limit: 2, rankLatest: 2), into: &rows)
        #expect(ranking.rankedLatest == 2)
        #expect(Set(rows.column("claim_id").map { "\($0)" }) == Set([Cell.integer(3), .integer(4)].map { "\($0)" }))

        var filtered = CollectedRows()
        let all = try store.search(SearchQuery(text: "plant", stance: "hedged", limit: 2, rankLatest: 2), into: &filtered)
        #expect(all.rankedLatest == nil)
        #expect(filtered.column("claim_id") == [.integer(1)])

        #expect(try store.search(SearchQuery(text: "plant", limit: 2, rankLatest: 4), into: &rows).rankedLatest == nil)
        #expect(try store.search(SearchQuery(text: "plant", limit: 3, rankLatest: 2), into: &rows).rankedLatest == nil)
    }

    @Test func theBestMatchComesFirst() throws {
        let rows = try search("Ningbo plant")
        let scores = rows.column("score").compactMap { cell -> Double? in if case let .real(value) = cell { return value } else { return nil } }
        #expect(scores.count == 3)
        #expect(scores == scores.sorted(by: >))
    }

    @Test func phrasesMatchWordsInOrder() throws {
        let found = snippets(try search("\"Ningbo plant\""))
        // Punctuation does not break a phrase, and its words are stemmed like any other.
        #expect(found == ["Acme Motors will likely take over the [Ningbo plant]", "Acme plans its own factory in [Ningbo, plants] and all"])
        #expect(try search("\"plant Ningbo\"").rows.isEmpty)
    }

    @Test func aTrailingStarMatchesAPrefix() throws {
        #expect(try search("fact*").column("claim_id") == [.integer(4)])
        #expect(try search("fact").rows.isEmpty)
    }

    @Test func filtersNarrowTheMatches() throws {
        #expect(try search("plant") { $0.stance = "denied" }.column("claim_id") == [.integer(3)])
        #expect(try search("plant") { $0.entity = "acme motors" }.rows.count == 3)
        #expect(try search("plant") { $0.reporter = "port radio" }.column("claim_id") == [.integer(2)])
        #expect(try search("plant") { $0.until = "2022-07" }.column("claim_id") == [.integer(2)])
        #expect(try search("plant") { $0.since = "2022-09" }.rows.count == 2)
        #expect(try search("plant") { $0.since = "2022-08"; $0.until = "2022-08-31" }.column("claim_id") == [.integer(1)])
        #expect(try search("plant") { $0.limit = 1 }.rows.count == 1)
    }

    @Test func articlesAreSearchedWhole() throws {
        let rows = try search("workers OR factory") { $0.articles = true }
        #expect(rows.columns == ["article_id", "date", "outlet", "title", "snippet", "score"])
        #expect(rows.rows.count == 2)
        #expect(try search("factory") { $0.articles = true; $0.reporter = "Wire Weekly" }.column("article_id") == [.integer(2)])
    }

    @Test func theHighlightIsTheCallersChoice() throws {
        let rows = try search("workers") { $0.highlight = ("<b>", "</b>") }
        #expect(snippets(rows) == ["The plant employs 2,000 <b>workers</b>"])
    }

    @Test func aMalformedQueryIsAReadableErrorBeforeAnyRow() throws {
        for text in ["\"unclosed", "Acme AND", "plant's (", "NEAR(", "nosuchcolumn: plant"] {
            var rows = CollectedRows()
            #expect(throws: StoreError.self, "\(text)") { try store.search(SearchQuery(text: text), into: &rows) }
            #expect(rows.columns.isEmpty, "\(text): output began")
            do {
                try store.search(SearchQuery(text: text), into: &rows)
            } catch let error as StoreError {
                guard case .badSearchQuery = error else { Issue.record("\(text): \(error)"); continue }
                #expect(error.description.contains("hint:"))
                #expect(!error.description.contains("fts5:"))
            }
        }
    }

    @Test func anUnknownEntityIsAnError() throws {
        #expect(throws: StoreError.unknownEntity("Nobody")) { try search("plant") { $0.entity = "Nobody" } }
    }
}
