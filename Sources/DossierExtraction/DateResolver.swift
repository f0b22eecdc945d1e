/// A date expression found in the text, resolved as far as the context allows.
struct FoundDate: Sendable {
    var tokens: Range<Int>
    var start: Int
    var end: Int
    var value: String?
    var precision: DatePrecision
    /// "today", "now": the article's own day, weaker evidence than an explicit date.
    var isDeictic: Bool
}

/// Finds and resolves dates sentence by sentence, in document order.
///
/// Explicit dates set the year that later dates without one ("August 26") inherit;
/// relative dates resolve against the article's date, and stay unresolved without it.
struct DateResolver: Sendable {
    let published: SimpleDate?
    /// The year of the last explicit date seen; a date without a year takes it.
    private(set) var contextYear: Int?
    /// The most recent resolved date mentioned, for "at the time".
    private(set) var lastMentioned: (value: String, precision: DatePrecision)?
    /// The date of the previous account, for "the same day".
    var lastAccount: (value: String, precision: DatePrecision)?

    init(published: SimpleDate?) {
        self.published = published
    }

    mutating func scan(_ tokens: Tokens, _ range: Range<Int>) -> [FoundDate] {
        var found: [FoundDate] = []
        var i = range.lowerBound
        let limit = range.upperBound
        while i < limit {
            if let date = match(tokens, at: i, limit: limit) {
                found.append(date)
                if let value = date.value, !date.isDeictic, date.precision != .week {
                    lastMentioned = (value, date.precision)
                }
                i = date.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    private func word(_ tokens: Tokens, _ i: Int, _ limit: Int) -> Word? {
        i < limit && i >= 0 ? tokens[i].lower : nil
    }

    /// Lowercase words that can start a date expression.
    static let triggers: WordSet = [
        "today", "tonight", "yesterday", "tomorrow", "last", "this", "next", "earlier", "later",
        "early", "late", "mid", "mid-", "the", "that", "at", "a", "an", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten",
    ]

    /// Counts spelled out in "two days later".
    static let counts: WordTable<Int> = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10,
    ]

    private mutating func match(_ tokens: Tokens, at i: Int, limit: Int) -> FoundDate? {
        let t = tokens[i]
        let w = t.lower
        guard t.kind == .number || t.wordClass.contains(.date) else { return nil }
        let make: (Int, String?, DatePrecision, Bool) -> FoundDate = { end, value, precision, deictic in
            FoundDate(
                tokens: i..<end, start: t.start, end: tokens[end - 1].end, value: value, precision: precision,
                isDeictic: deictic)
        }
        if let n = DateResolver.counts[w] {
            return elapsed(tokens, at: i, count: n, limit: limit, make: make)
        }
        switch w {
        case "today", "tonight":
            return make(i + 1, published?.description, .day, true)
        case "yesterday":
            return make(i + 1, published?.adding(days: -1).description, .day, false)
        case "tomorrow":
            return make(i + 1, published?.adding(days: 1).description, .day, false)
        case "last", "this", "next", "earlier", "later", "early", "late", "mid", "mid-":
            return relative(tokens, at: i, limit: limit, make: make)
        case "the", "that":
            if w == "the", word(tokens, i + 1, limit) == "same", word(tokens, i + 2, limit) == "day" {
                return make(i + 3, lastAccount?.value ?? lastMentioned?.value, .day, false)
            }
            // "the next day", "the following day", "the previous day": one day from the last account.
            if w == "the", let step = ["next": 1, "following": 1, "previous": -1][word(tokens, i + 1, limit) ?? ""],
                word(tokens, i + 2, limit) == "day"
            {
                return make(i + 3, later(by: step, .day)?.value, .day, false)
            }
            if w == "that", word(tokens, i + 1, limit) == "day", let last = lastMentioned {
                return make(i + 2, last.value, last.precision, false)
            }
            return nil
        case "at":
            if word(tokens, i + 1, limit) == "the", word(tokens, i + 2, limit) == "time" {
                return make(i + 3, lastMentioned?.value, lastMentioned?.precision ?? .day, false)
            }
            return nil
        default:
            break
        }
        if t.isCapitalized, t.wordClass.contains(.month) {
            return monthDate(tokens, at: i, first: i, limit: limit, modifier: nil, make: make)
        }
        if t.isCapitalized, let weekday = Gazetteer.weekdays[w] {
            return make(i + 1, recent(weekday: weekday, strictlyBefore: false)?.description, .day, false)
        }
        if t.kind == .number {
            if let n = Int(tokens.lower(i)), (1...99).contains(n),
                let date = elapsed(tokens, at: i, count: n, limit: limit, make: make)
            {
                return date
            }
            if let year = year(tokens, i), !(i > 0 && tokens[i - 1].lower == "$"),
                !(i + 1 < limit && (tokens[i + 1].lower == "%" || tokens[i + 1].lower == "percent"))
            {
                contextYear = year
                return make(i + 1, String(year), .year, false)
            }
            if let iso = SimpleDate(iso: tokens.lower(i)), t.end - t.start == 10 {
                contextYear = iso.year
                return make(i + 1, iso.description, .day, false)
            }
            // "26 August 2022"
            if let day = Int(tokens.lower(i)), (1...31).contains(day), i + 1 < limit, tokens[i + 1].isCapitalized,
                let month = Gazetteer.months[tokens[i + 1].lower]
            {
                var end = i + 2
                var y = contextYear ?? published?.year
                if end < limit, let explicit = year(tokens, end) {
                    y = explicit
                    contextYear = explicit
                    end += 1
                }
                let value = y.flatMap { SimpleDate(year: $0, month: month, day: day)?.description }
                return make(end, value, .day, false)
            }
        }
        return nil
    }

    /// "A week later", "two days later": time counted from the last account (or the last
    /// date mentioned). Weeks are given by their Monday, as "last week" is.
    private func elapsed(
        _ tokens: Tokens, at i: Int, count n: Int, limit: Int,
        make: (Int, String?, DatePrecision, Bool) -> FoundDate
    ) -> FoundDate? {
        guard let unit = word(tokens, i + 1, limit), word(tokens, i + 2, limit) == "later" else { return nil }
        let precision: DatePrecision
        switch unit {
        case "day", "days": precision = .day
        case "week", "weeks": precision = .week
        case "month", "months": precision = .month
        case "year", "years": precision = .year
        default: return nil
        }
        guard tokens.hasSuffix(i + 1, "s") == (n > 1) else { return nil }
        return make(i + 3, later(by: n, precision)?.value, precision, false)
    }

    /// The base date ("the same day" as the last account) moved `n` units on.
    private func later(by n: Int, _ unit: DatePrecision) -> (value: String, precision: DatePrecision)? {
        guard let base = lastAccount ?? lastMentioned else { return nil }
        let day = SimpleDate(iso: base.value)
        switch unit {
        case .day:
            return day.map { ($0.adding(days: n).description, .day) }
        case .week:
            return day.map { (monday(of: $0.adding(days: 7 * n)).description, .week) }
        case .month:
            let parts = base.value.split(separator: "-").compactMap { Int($0) }
            guard parts.count >= 2 else { return nil }
            let months = parts[0] * 12 + parts[1] - 1 + n
            return (SimpleDate.pad(months / 12, 4) + "-" + SimpleDate.pad(months % 12 + 1, 2), .month)
        case .year:
            return Int(base.value.prefix(4)).map { (String($0 + n), .year) }
        }
    }

    /// "last week", "this month", "earlier this year", "late November 2021", "Last September 1".
    private mutating func relative(
        _ tokens: Tokens, at i: Int, limit: Int,
        make: (Int, String?, DatePrecision, Bool) -> FoundDate
    ) -> FoundDate? {
        let w = tokens[i].lower
        var j = i + 1
        if (w == "earlier" || w == "later"), word(tokens, j, limit) == "this" { j += 1 }
        guard j < limit else { return nil }
        let next = tokens[j]
        let direction = w == "last" ? -1 : (w == "next" ? 1 : 0)
        switch next.lower {
        case "week":
            guard w == "last" || w == "this" || w == "next" || j > i + 1 else { return nil }
            let value = published.map { monday(of: $0).adding(days: 7 * direction).description }
            return make(j + 1, value, .week, false)
        case "month":
            guard w == "last" || w == "this" || w == "next" || j > i + 1 else { return nil }
            let value = published.map { p -> String in
                var m = p.month + direction
                var y = p.year
                if m < 1 { m += 12; y -= 1 }
                if m > 12 { m -= 12; y += 1 }
                return SimpleDate.pad(y, 4) + "-" + SimpleDate.pad(m, 2)
            }
            return make(j + 1, value, .month, false)
        case "year":
            guard w == "last" || w == "this" || w == "next" || j > i + 1 else { return nil }
            return make(j + 1, published.map { String($0.year + direction) }, .year, false)
        default:
            break
        }
        if next.isCapitalized, next.wordClass.contains(.month) {
            return monthDate(tokens, at: j, first: i, limit: limit, modifier: w, make: make)
        }
        if next.isCapitalized, let weekday = Gazetteer.weekdays[next.lower], w == "last" || w == "this" || w == "next" {
            let value: SimpleDate?
            if w == "next" {
                value = published.map { p in
                    p.adding(days: ((weekday - p.weekday) + 7) % 7 == 0 ? 7 : ((weekday - p.weekday) + 7) % 7)
                }
            } else {
                value = recent(weekday: weekday, strictlyBefore: w == "last")
            }
            return make(j + 1, value?.description, .day, false)
        }
        return nil
    }

    /// A month name at `i`, with an optional day and year after it; `first` is where the
    /// expression starts (a modifier such as "late" or "last" may come before the month).
    private mutating func monthDate(
        _ tokens: Tokens, at i: Int, first: Int, limit: Int, modifier: Word?,
        make: (Int, String?, DatePrecision, Bool) -> FoundDate
    ) -> FoundDate? {
        let month = Gazetteer.months[tokens[i].lower]!
        var j = i + 1
        if j < limit, tokens[j].lower == ".", tokens[j].start == tokens[i].end { j += 1 }
        var day: Int?
        if j < limit, tokens[j].kind == .number, let d = Int(tokens.lower(j)), (1...31).contains(d),
            tokens[j].end - tokens[j].start <= 2
        {
            day = d
            j += 1
            // Ordinal suffix: "1st", "26th" tokenize as words and are not matched here.
        } else if j < limit, tokens[j].kind == .word, let d = ordinal(tokens.lower(j)) {
            day = d
            j += 1
        }
        var explicitYear: Int?
        var k = j
        if day != nil, k < limit, tokens[k].lower == "," { k += 1 }
        if k < limit, let y = year(tokens, k) {
            explicitYear = y
            j = k + 1
        }
        // "may" and "march" are ordinary words unless a day, a year or a modifier comes with them.
        if day == nil && explicitYear == nil && modifier == nil {
            let before = first > 0 ? tokens[first - 1].lower : ""
            guard
                [
                    "in", "since", "until", "by", "of", "from", "through", "during", "before", "after", "between",
                    "and", "to",
                ].contains(before),
                tokens[i].lower != "may" || before != "and"
            else { return nil }
        }
        let tokensEnd = j
        if let y = explicitYear {
            contextYear = y
            if let d = day {
                return make(tokensEnd, SimpleDate(year: y, month: month, day: d)?.description, .day, false)
            }
            return make(tokensEnd, SimpleDate.pad(y, 4) + "-" + SimpleDate.pad(month, 2), .month, false)
        }
        // No year: "Last September 1" is the latest such date before the article; otherwise
        // the year of the surrounding account, else the article's year.
        if modifier == "last" {
            guard let p = published else { return make(tokensEnd, nil, day == nil ? .month : .day, false) }
            if let d = day {
                var y = p.year
                if let candidate = SimpleDate(year: y, month: month, day: d), candidate >= p { y -= 1 }
                return make(tokensEnd, SimpleDate(year: y, month: month, day: d)?.description, .day, false)
            }
            let y = month >= p.month ? p.year - 1 : p.year
            return make(tokensEnd, SimpleDate.pad(y, 4) + "-" + SimpleDate.pad(month, 2), .month, false)
        }
        let y = contextYear ?? published?.year
        if let d = day {
            return make(tokensEnd, y.flatMap { SimpleDate(year: $0, month: month, day: d)?.description }, .day, false)
        }
        return make(tokensEnd, y.map { SimpleDate.pad($0, 4) + "-" + SimpleDate.pad(month, 2) }, .month, false)
    }

    private func ordinal(_ w: String) -> Int? {
        let scalars = Array(w.unicodeScalars)
        guard scalars.count >= 3, scalars.count <= 4 else { return nil }
        let suffix = String(String.UnicodeScalarView(scalars[(scalars.count - 2)...]))
        guard ["st", "nd", "rd", "th"].contains(suffix),
            let d = Int(String(String.UnicodeScalarView(scalars[..<(scalars.count - 2)]))), (1...31).contains(d)
        else { return nil }
        return d
    }

    private func year(_ tokens: Tokens, _ k: Int) -> Int? {
        let t = tokens[k]
        guard t.kind == .number, t.end - t.start == 4, let y = Int(tokens.lower(k)), (1900...2099).contains(y) else {
            return nil
        }
        return y
    }

    private func monday(of date: SimpleDate) -> SimpleDate { date.adding(days: -date.weekday) }

    /// The latest given weekday on or before the article's date (strictly before for "last").
    private func recent(weekday: Int, strictlyBefore: Bool) -> SimpleDate? {
        guard let p = published else { return nil }
        var back = (p.weekday - weekday + 7) % 7
        if back == 0 && strictlyBefore { back = 7 }
        return p.adding(days: -back)
    }
}
