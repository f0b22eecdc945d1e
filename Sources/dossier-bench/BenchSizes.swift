/// How much work each measurement does.
struct BenchSizes {
    var name: String
    /// Articles analysed for the extraction speed.
    var extractionArticles: Int
    /// Corpus sizes ingested end to end, each into a fresh database.
    var ingestArticles: [Int]
    /// Seconds an ingest may run before it is stopped and measured as far as it came.
    var ingestBudget: Double
    /// Runs of each ingest size but the largest, whose median is reported: this machine's
    /// speed drifts by a quarter from one run to the next.
    var ingestRuns: Int
    /// Articles analysed and written without cross-referencing, to tell the stages apart.
    var writeArticles: Int
    /// Claims in the database the queries and the export run on.
    var queryClaims: Int
    /// Queries timed per kind.
    var queries: Int

    static let full = BenchSizes(name: "full", extractionArticles: 2_000, ingestArticles: [10_000, 100_000], ingestBudget: 240, ingestRuns: 3, writeArticles: 3_000, queryClaims: 1_000_000, queries: 300)
    static let quick = BenchSizes(name: "quick", extractionArticles: 200, ingestArticles: [1_000, 2_000], ingestBudget: 10, ingestRuns: 3, writeArticles: 500, queryClaims: 50_000, queries: 50)
}
