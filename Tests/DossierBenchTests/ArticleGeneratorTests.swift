import DossierBenchKit
import DossierExtraction
import Foundation
import Testing

@Suite struct ArticleGeneratorTests {
    func articles(seed: UInt64, count: Int) -> [GeneratedArticle] {
        var generator = ArticleGenerator(seed: seed)
        return (0..<count).map { _ in generator.next() }
    }

    func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    @Test func theSameSeedGivesTheSameArticles() {
        let first = articles(seed: 42, count: 20).map { $0.jsonLine() }
        let second = articles(seed: 42, count: 20).map { $0.jsonLine() }
        let other = articles(seed: 43, count: 20).map { $0.jsonLine() }
        #expect(first == second)
        #expect(first != other)
    }

    @Test func everyArticleIsWireLength() {
        for article in articles(seed: 7, count: 300) {
            let words = article.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
            #expect(words == article.wordCount)
            #expect(ArticleGenerator.wordRange.contains(words), "\(article.id) has \(words) words")
        }
    }

    @Test func articlesAttributeClaimsInEveryShape() {
        let corpus = articles(seed: 1, count: 200)
        let text = corpus.map(\.text).joined(separator: "\n")
        for shape in [
            " said, citing ", "According to ", " as saying that ", " reported that ", "In a separate report on ",
            " the people said", " has reportedly ", " told ", " announced ", ",\" ",
        ] {
            #expect(text.contains(shape), "no \"\(shape)\"")
        }
        #expect(text.range(of: #"\((NYSE|Nasdaq|HKEX|SSE|SZSE|LSE|TSE): [0-9A-Z]+\)"#, options: .regularExpression) != nil)
        let claims = corpus.flatMap(\.truth.claims)
        #expect(claims.count > corpus.count * 10)
        #expect(Set(claims.map(\.stance)) == Set(Stance.allCases))
        #expect(Set(claims.compactMap(\.attribution?.citedKind)) == Set(CitedKind.allCases))
    }

    @Test func recordedOffsetsPointAtTheirText() {
        for article in articles(seed: 3, count: 30) {
            let truth = article.truth
            for sentence in truth.sentences {
                #expect(slice(article.text, sentence.start, sentence.end) == sentence.text)
            }
            for mention in truth.mentions {
                #expect(slice(article.text, mention.start, mention.end) == mention.text)
            }
            for claim in truth.claims {
                #expect(slice(article.text, claim.start, claim.end) == claim.text)
                if let attribution = claim.attribution, let cue = attribution.cueSpan {
                    #expect(slice(article.text, cue.start, cue.end) == attribution.cue)
                }
                if let attribution = claim.attribution, let source = attribution.sourceSpan {
                    let reporter = truth.entities.first { $0.id == attribution.reporterEntity }
                    #expect(reporter?.name == attribution.reporter)
                    let names = [attribution.reporter] + (reporter?.aliases ?? [])
                    #expect(names.contains(slice(article.text, source.start, source.end)))
                }
            }
        }
    }

    @Test func namesFollowALongTail() {
        var counts: [String: Int] = [:]
        for article in articles(seed: 9, count: 500) {
            for entity in article.truth.entities where entity.type == .organization { counts[entity.name, default: 0] += 1 }
        }
        let ranked = counts.values.sorted(by: >)
        #expect(ranked.count > 100)
        #expect(ranked[0] > ranked[ranked.count / 2] * 5)
    }
}
