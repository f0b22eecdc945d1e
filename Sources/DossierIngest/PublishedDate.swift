import Foundation
import DossierExtraction

/// Publication dates as pages and feeds write them, cut to the `YYYY-MM-DD` the store keeps.
enum PublishedDate {
    /// `2023-02-14`, `2023-02-14T08:30:00+08:00`, or RFC 822 `Tue, 14 Feb 2023 08:30:00 +0800`
    /// (taken as the day the publisher wrote); nil for anything else.
    static func day(from text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let date = SimpleDate(iso: trimmed) { return date.description }
        var words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, Int(first) == nil { words.removeFirst() }
        guard words.count >= 3, let day = Int(words[0]), var year = Int(words[2]),
              let month = months.firstIndex(of: words[1].prefix(3).lowercased()) else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        return SimpleDate(year: year, month: month + 1, day: day)?.description
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
}
