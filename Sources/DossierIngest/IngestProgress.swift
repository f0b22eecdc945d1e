/// How far an ingest has come, for a progress line.
public struct IngestProgress: Sendable, Equatable {
    /// What has been stored or rejected so far.
    public var summary: IngestSummary
    /// Input bytes whose articles have been stored or rejected.
    public var bytesDone: Int
    /// Bytes of all the input files.
    public var bytesTotal: Int

    public init(summary: IngestSummary, bytesDone: Int, bytesTotal: Int) {
        self.summary = summary
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
    }

    public var articlesPerSecond: Double {
        summary.seconds > 0 ? Double(summary.processed) / summary.seconds : 0
    }

    /// Seconds still to go at the pace so far, from the share of input bytes done.
    public var secondsLeft: Double? {
        guard bytesDone > 0, bytesTotal >= bytesDone, summary.seconds > 0 else { return nil }
        return summary.seconds * Double(bytesTotal - bytesDone) / Double(bytesDone)
    }
}
