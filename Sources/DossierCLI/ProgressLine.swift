import DossierIngest
import Foundation

/// The progress line of a long ingest on a terminal's stderr, redrawn in place.
final class ProgressLine {
    private var lastShown = 0.0

    func show(_ progress: IngestProgress) {
        let seconds = progress.summary.seconds
        guard seconds - lastShown >= 0.1 else { return }
        lastShown = seconds
        var line = "\(progress.summary.processed) articles, \(Int(progress.articlesPerSecond))/s, \(String(format: "%.1f", seconds))s elapsed"
        if let left = progress.secondsLeft { line += ", about \(Int(left.rounded(.up)))s left" }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
