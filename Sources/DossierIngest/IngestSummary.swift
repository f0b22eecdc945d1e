/// What one ingest did, for the summary line and the exit status.
public struct IngestSummary: Sendable, Equatable {
    public var new = 0
    public var unchanged = 0
    public var replaced = 0
    /// One entry per rejected input, in input order.
    public var rejected: [IngestError] = []
    public var seconds = 0.0

    public init() {}

    /// Articles looked at so far, rejected ones included.
    public var processed: Int { new + unchanged + replaced + rejected.count }
}
