/// One attribution found in a sentence, as token ranges.
struct ParsedAttribution: Sendable {
    var content: Range<Int>
    var source: Range<Int>?
    var cue: Range<Int>
    var cited: Range<Int>?
    /// The content is marked only by a hedge such as "reportedly".
    var isHedgeOnly = false
    /// The cue ends its sentence ("X said in a statement:"); the content is the quotation
    /// that follows, if one does.
    var awaitsQuote = false
    /// "... and said that ...": shares the speaker of the attribution before it, whose
    /// content stops where this one's cue begins.
    var coordinated = false
}

/// Finds who says what in one sentence: the cue, the source before or after it, and the
/// content, in the shapes news writing uses.
///
/// - `X said (that) ...`, `X told Y (that) ...`, `X said in a statement that ...`
/// - `..., X said(, citing Y).` and `"...," said X.`
/// - `according to X, ...` and `..., according to X.`
/// - `X cited Y as saying (that) ...`
/// - `..., saying/adding (that) ...`, continuing the speaker of the sentence
struct AttributionParser: Sendable {
    let tokens: Tokens
    let sentence: Range<Int>
    private var inQuote: [Bool]
    /// The token is a quotation mark that closes a quotation.
    private var closes: [Bool]
    /// End of the sentence body: trailing periods, commas, colons and dashes excluded
    /// (a closing quotation mark stays).
    private let bodyEnd: Int

    init(tokens: Tokens, sentence: Range<Int>) {
        self.tokens = tokens
        self.sentence = sentence
        var flags = [Bool](repeating: false, count: sentence.count)
        var closing = [Bool](repeating: false, count: sentence.count)
        var open = false
        for k in sentence {
            let i = k - sentence.lowerBound
            if tokens[k].isQuote {
                let w = tokens[k].lower
                flags[i] = true
                if w == "“" || w == "``" {
                    open = true
                } else if w == "”" || open {
                    open = false
                    closing[i] = true
                } else {
                    open = true
                }
                continue
            }
            flags[i] = open
        }
        inQuote = flags
        closes = closing
        var end = sentence.upperBound
        while end > sentence.lowerBound, [".", ";", ",", ":", "...", "—", "-"].contains(tokens[end - 1].lower) {
            end -= 1
        }
        bodyEnd = end
    }

    private func quoted(_ k: Int) -> Bool { inQuote[k - sentence.lowerBound] }

    private func lower(_ k: Int) -> Word {
        k >= sentence.lowerBound && k < sentence.upperBound ? tokens[k].lower : ""
    }

    private func isClosingQuote(_ k: Int) -> Bool {
        guard k >= sentence.lowerBound && k < sentence.upperBound else { return false }
        return closes[k - sentence.lowerBound]
    }

    /// Every attribution in the sentence, in the order of their cues.
    func parse() -> [ParsedAttribution] {
        var found: [ParsedAttribution] = []
        if let headline = speakerHeadline() { found.append(headline) }
        var k = sentence.lowerBound
        while k < bodyEnd {
            guard tokens[k].wordClass.contains(.cue) else {
                k += 1
                continue
            }
            let w = tokens[k].lower
            if w == "according", lower(k + 1) == "to", !quoted(k) {
                if let a = accordingTo(k) { found.append(a) }
                k += 2
                continue
            }
            if let frame = CueLexicon.verbs[w], tokens[k].kind == .word, !tokens[k].isCapitalized, !quoted(k) {
                if let a = verb(k, frame: frame, previous: found) {
                    if a.coordinated, let last = found.indices.last {
                        var end = a.cue.lowerBound
                        while end > found[last].content.lowerBound + 1,
                            ["and", "but", ",", "also", "then", "later"].contains(tokens[end - 1].lower)
                        {
                            end -= 1
                        }
                        found[last].content = found[last].content.lowerBound..<end
                    }
                    found.append(a)
                    // "cited Y as saying": the "saying" belongs to this cue.
                    k =
                        a.cited.map { max(a.cue.upperBound, min($0.upperBound + 2, a.content.lowerBound)) }
                        ?? a.cue.upperBound
                    continue
                }
            }
            k += 1
        }
        // "According to the plan, S, the sources said": the sources say all of it, the plan
        // included; the plan is not a second source of S. ("Y said S, according to X" is X's
        // account of what Y said, and keeps both.)
        let all = found
        found.removeAll { a in
            tokens[a.cue.lowerBound].lower == "according"
                && all.contains { $0.cue.lowerBound > a.cue.lowerBound && $0.content.contains(a.cue.lowerBound) }
        }
        if found.isEmpty {
            for k in sentence where tokens[k].lower == "reportedly" && !quoted(k) {
                found.append(
                    ParsedAttribution(
                        content: sentence.lowerBound..<bodyEnd, source: nil, cue: k..<(k + 1), isHedgeOnly: true))
                break
            }
        }
        return found
    }

    /// "Graham: Trump's rhetoric is destroying the party": a name, a colon, and what they said.
    private func speakerHeadline() -> ParsedAttribution? {
        let s = sentence.lowerBound
        guard tokens[s].newlineBefore || s == 0 else { return nil }
        var colon = s
        while colon < bodyEnd, colon - s < 6, tokens[colon].lower != ":" {
            let t = tokens[colon]
            let nameLike =
                t.kind == .word && (t.isCapitalized || t.isAllCaps || t.lower == "'s" || t.lower == "’s")
                || t.lower == "." && colon > s && isAbbreviation(tokens[colon - 1])
            guard nameLike, !t.wordClass.contains(.nonName) || t.wordClass.contains(.personTitle) else {
                return nil
            }
            colon += 1
        }
        guard colon > s, colon < bodyEnd, tokens[colon].lower == ":", bodyEnd - colon > 3 else { return nil }
        let speaker = PhraseIndex<Int>.key(tokens, s..<colon)
        // A single ordinary word ("Roundup:", "Explainer:") labels the story; it does not speak.
        let label = colon - s == 1 && !tokens[s].isAllCaps && Gazetteer.commonWords.contains(text: speaker)
        guard !label, !CueLexicon.headlineLabels.contains(speaker), !Gazetteer.places.contains(speaker) else {
            return nil
        }
        return ParsedAttribution(
            content: (colon + 1)..<quoteAwareEnd(bodyEnd), source: s..<colon, cue: colon..<(colon + 1))
    }

    // MARK: according to

    private func accordingTo(_ k: Int) -> ParsedAttribution? {
        var end = k + 2
        while end < bodyEnd, tokens[end].lower != ",", tokens[end].lower != ";", tokens[end].lower != "—",
            !tokens[end].isQuote, end - k < 16
        {
            end += 1
        }
        guard end > k + 2 else { return nil }
        let source = (k + 2)..<end
        if k <= leadingConjunctionEnd() {
            guard end < bodyEnd, tokens[end].lower == "," else { return nil }
            let content = (end + 1)..<bodyEnd
            guard !content.isEmpty else { return nil }
            return ParsedAttribution(content: content, source: source, cue: k..<(k + 2))
        }
        let contentEnd = lower(k - 1) == "," || lower(k - 1) == "—" ? k - 1 : k
        guard contentEnd > sentence.lowerBound else { return nil }
        let continuation = CueLexicon.clauseBreaks.contains(lower(end + 1))
            || ["but", "and", "as", "which", "who", "a", "an", "with"].contains(lower(end + 1))
        if end < bodyEnd, lower(end) == ",", bodyEnd - end > 3, !continuation {
            // "While A, according to Y, B": Y vouches for the main clause after it.
            return ParsedAttribution(content: (end + 1)..<clauseEnd(from: end + 1), source: source, cue: k..<(k + 2))
        }
        return ParsedAttribution(content: sentence.lowerBound..<contentEnd, source: source, cue: k..<(k + 2))
    }

    private func leadingConjunctionEnd(quotes: Bool = true) -> Int {
        var s = sentence.lowerBound
        while s < bodyEnd - 1,
            ["and", "but", "so", "yet", "or", "also"].contains(tokens[s].lower) || quotes && tokens[s].isQuote
        {
            s += 1
        }
        return s
    }

    // MARK: verbs

    private func verb(_ c: Int, frame: CueLexicon.Frame, previous: [ParsedAttribution]) -> ParsedAttribution? {
        let s = sentence.lowerBound
        let before = lower(c - 1)
        // "the pledged delegates", "271 pledged delegates": an adjective, not a verb; "made
        // further demands", "new claims": a noun ("it further wrote" is still a verb).
        if ["to", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
            "new", "such", "repeated", "similar"]
            .contains(before)
            || before == "further" && tokens.hasSuffix(c, "s")
            || c > s && tokens[c - 1].kind == .number && tokens.hasSuffix(c, "ed") && lower(c + 1) != "that"
        {
            return nil
        }
        // "..., adding that ...": the speaker of the sentence goes on.
        if CueLexicon.stanceParticiples.contains(tokens[c].lower) && before != "," { return nil }
        if CueLexicon.participles.contains(tokens[c].lower) || CueLexicon.stanceParticiples.contains(tokens[c].lower) {
            let q = contentStart(after: c + 1, frame: frame)
            let content = q..<clauseEnd(from: q)
            guard content.count >= 2 else { return nil }
            var source = previous.last?.source ?? sentenceSubject(before: c - 1)
            // "a sign saying ...": the document is the source.
            if before != ",", c - 2 >= s,
                Gazetteer.documentNouns.contains(before)
                    || ["sign", "signs", "banner", "message", "ad", "caption"].contains(before)
            {
                var d = c - 2
                while d > s, tokens[d].kind == .word, c - d < 5,
                    !["a", "an", "the", "his", "her", "their", "its"].contains(tokens[d].lower)
                { d -= 1 }
                if ["a", "an", "the", "his", "her", "their", "its"].contains(tokens[d].lower) { source = d..<(c) }
            }
            guard source != nil else { return nil }
            return ParsedAttribution(content: content, source: source, cue: c..<(c + 1))
        }
        // "..., said X." / "\"...,\" said X."
        if c > s, before == "," || isClosingQuote(c - 1), c - 1 > s {
            var e = c + 1
            while e < bodyEnd, tokens[e].lower != ",", !tokens[e].isQuote, e - c < 20,
                !(e > c + 1 && CueLexicon.subordinators.contains(tokens[e].lower))
            {
                e += 1
            }
            // The source runs on through an apposition: "said Tom Miller, an analyst at X."
            var sourceEnd = e
            var circumstance = false
            if e + 1 < bodyEnd, tokens[e].lower == "," {
                let next = tokens[e + 1]
                if CueLexicon.settingOpeners.contains(next.lower) || tokens.hasSuffix(e + 1, "ing")
                    || tokens.hasSuffix(e + 1, "ed")
                    || next.lower == "who" || next.lower == "whose"
                {
                    // "said O'Neill, on his first day": circumstance, not part of the name.
                    circumstance = true
                } else if !CueLexicon.subjectStops.contains(next.lower) {
                    var r = e + 1
                    while r < bodyEnd, tokens[r].lower != "citing", !CueLexicon.participles.contains(tokens[r].lower),
                        r - c < 45
                    { r += 1 }
                    if r == bodyEnd { sourceEnd = r }
                }
            }
            let after = (c + 1)..<sourceEnd
            let first = c + 1 < bodyEnd ? tokens[c + 1] : tokens[c]
            // "said Mr. Pike", "said a spokesman", "said election lawyer Joe Birkenstock".
            let named =
                first.isCapitalized
                && (!first.wordClass.contains(.nonName) || first.wordClass.contains(.personTitle))
                || ["a", "an", "the", "one", "another"].contains(first.lower)
                || e - c <= 8 && after.contains { tokens[$0].isCapitalized }
                    && !CueLexicon.settingOpeners.contains(first.lower)
            // "\"A,\" said X, \"B.\"": the quotation resumes after its speaker.
            let resumes = e + 1 < bodyEnd && tokens[e].lower == "," && tokens[e + 1].isQuote && !isClosingQuote(e + 1)
            // The speaker ends the sentence, or only citations, a continuation or more quotation follow.
            let closes =
                sourceEnd >= bodyEnd || resumes || circumstance || onlySetting(e..<bodyEnd)
                || e + 1 < bodyEnd && tokens[e].lower == ","
                    && (lower(e + 1) == "citing" || CueLexicon.participles.contains(lower(e + 1)))
            // A clause after the verb ("said the campaign is taking nothing for granted") is
            // content, not an inverted speaker.
            let clause = ((c + 1)..<e).contains { CueLexicon.auxiliaries.contains(tokens[$0].lower) }
            if !after.isEmpty, first.kind == .word, closes, !clause, frame != .belief, named {
                let contentEnd = isClosingQuote(c - 1) ? c : c - 1
                let content = s..<(resumes ? quoteAwareEnd(bodyEnd) : quoteAwareEnd(contentEnd))
                guard content.count >= 2 else { return nil }
                return ParsedAttribution(content: content, source: after, cue: c..<(c + 1), cited: citing(from: e))
            }
        }
        // Subject before the verb.
        var j = c - 1
        while j >= s {
            let w = tokens[j].lower
            // A passive ("was declared bankrupt") has no speaker.
            if ["is", "was", "are", "were", "been", "be", "being"].contains(w) { return nil }
            if CueLexicon.preVerbal.contains(w) || w == "n't"
                || ["on", "late", "early"].contains(w) && j + 1 < c && tokens[j + 1].wordClass.contains(.date)
            {
                j -= 1
                continue
            }
            break
        }
        guard j >= s else { return nil }
        var source: Range<Int>
        if ["and", "but"].contains(tokens[j].lower), let last = previous.last, let lastSource = last.source,
            last.content.contains(j), frame != .belief
        {
            // "He said X and said that Y": the same speaker again.
            let q = contentStart(after: c + 1, frame: frame)
            let content = q..<clauseEnd(from: q)
            guard content.count >= 2 else { return nil }
            return ParsedAttribution(content: content, source: lastSource, cue: c..<(c + 1), coordinated: true)
        }
        if tokens[j].lower == "and", previous.isEmpty, frame != .belief, let subject = sentenceSubject(before: j) {
            // "Trump doubled down and said ...": the sentence's subject speaks.
            let q = contentStart(after: c + 1, frame: frame)
            let content = q..<clauseEnd(from: q)
            guard content.count >= 2 else { return nil }
            return ParsedAttribution(content: content, source: subject, cue: c..<(c + 1))
        }
        if ["who", "which"].contains(tokens[j].lower) {
            source = j..<(j + 1)
        } else if [",", "—", "--"].contains(tokens[j].lower) {
            // "Tom Miller, an analyst at X, said": the apposition belongs to the source.
            let mark = tokens[j].lower
            var m = j - 1
            while m > s, tokens[m].lower != mark, !tokens[m].isQuote, j - m < 40 { m -= 1 }
            guard m > s, tokens[m].lower == mark else { return nil }
            // "Jillian Chase, 27, a user in New York, said": step over the age.
            if mark == ",", m - 2 > s, tokens[m - 1].kind == .number, tokens[m - 2].lower == "," { m -= 2 }
            // "Will Rogers, for example, said": an aside, not an apposition.
            guard let head = subjectStart(endingAt: m - 1), head <= m - 1 else { return nil }
            // "Will Rogers, for example, said": an aside, not an apposition.
            source = CueLexicon.asides.contains(PhraseIndex<Int>.key(tokens, (m + 1)..<j)) ? head..<m : head..<j
        } else {
            guard let head = subjectStart(endingAt: j) else { return nil }
            source = head..<(j + 1)
        }
        guard validSubject(source, frame: frame) else { return nil }
        var cueEnd = c + 1
        var cited: Range<Int>?
        var q: Int
        if ["cited", "cites"].contains(tokens[c].lower),
            let asIndex = (c + 1..<min(bodyEnd, c + 18)).first(where: {
                tokens[$0].lower == "as" && ["saying", "said", "telling"].contains(lower($0 + 1))
            })
        {
            cited = (c + 1)..<asIndex
            cueEnd = c + 1
            q = asIndex + 2
            if lower(q) == "that" { q += 1 }
        } else if ["cited", "cites"].contains(tokens[c].lower) {
            return nil
        } else if CueLexicon.topicVerbs.contains(tokens[c].lower) {
            // "spoke about the economy": the topic is the content.
            guard ["about", "of", "on"].contains(lower(c + 1)) else { return nil }
            cueEnd = c + 2
            q = c + 2
        } else {
            q = contentStart(after: cueEnd, frame: frame)
        }
        let headPrev = source.lowerBound - 1
        let afterQuote =
            headPrev > s && (isClosingQuote(headPrev) || lower(headPrev) == "," && isClosingQuote(headPrev - 1))
            && tokens[leadingConjunctionEnd(quotes: false)].isQuote
        // After a quotation, what follows the cue is circumstance ("... in August after ...").
        var tailEnd = q
        while tailEnd < bodyEnd,
            !(lower(tailEnd) == ","
                && (lower(tailEnd + 1) == "citing" || CueLexicon.participles.contains(lower(tailEnd + 1))))
        {
            tailEnd += 1
        }
        // "\"A,\" X said, \"B.\"": the quotation resumes after a comma.
        let resumes = q < bodyEnd && tokens[q].isQuote && lower(q - 1) == ","
        let trailing =
            q >= tailEnd || onlySetting(q..<tailEnd)
            || afterQuote && !resumes
        // "The plan, he said, is ...": the attribution sits inside its content.
        if !afterQuote, headPrev > s, lower(headPrev) == ",", lower(q) == ",", q + 1 < bodyEnd,
            !["citing", "adding", "saying", "noting"].contains(lower(q + 1)), cited == nil
        {
            return ParsedAttribution(content: s..<clauseEnd(from: q + 1), source: source, cue: c..<cueEnd)
        }
        if trailing {
            guard headPrev > s, lower(headPrev) == "," || isClosingQuote(headPrev) else {
                // "X said in an interview:" with the quotation in the next sentence.
                guard frame != .belief else { return nil }
                return ParsedAttribution(content: bodyEnd..<bodyEnd, source: source, cue: c..<cueEnd, awaitsQuote: true)
            }
            // "..., X said(, citing Y)."
            let content = s..<quoteAwareEnd(isClosingQuote(headPrev) ? headPrev + 1 : headPrev)
            guard content.count >= 2 else { return nil }
            return ParsedAttribution(content: content, source: source, cue: c..<cueEnd, cited: cited ?? citing(from: q))
        }
        if frame == .belief && (headPrev >= s && lower(headPrev) == ",") { return nil }
        if afterQuote, resumes {
            return ParsedAttribution(content: s..<clauseEnd(from: q), source: source, cue: c..<cueEnd)
        }
        var content = q..<clauseEnd(from: q)
        // "While X said Y, Z ...": the subordinate clause ends at its comma.
        if headPrev >= s, CueLexicon.subordinators.contains(tokens[headPrev].lower),
            let comma = content.first(where: { tokens[$0].lower == "," && !quoted($0) })
        {
            content = q..<comma
        }
        guard content.count >= 2 || (content.count == 1 && tokens[q].kind != .punct) else { return nil }
        return ParsedAttribution(
            content: content, source: source, cue: c..<cueEnd, cited: cited ?? citing(from: content.upperBound))
    }

    /// The tokens only say where or when something was said ("in an interview on Monday").
    private func onlySetting(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return true }
        for k in r {
            let t = tokens[k]
            let w = t.lower
            if CueLexicon.settings.contains(w) || CueLexicon.settingOpeners.contains(w) || t.isCapitalized
                || t.kind == .number
                || ["a", "an", "the", "his", "her", "their", "its", "with", "of", "for", "and", "'s", "’s", ",", "-"]
                    .contains(w)
                || t.wordClass.contains(.month)
            {
                continue
            }
            return false
        }
        return true
    }

    /// Where the content starts after a cue: past an addressee ("told CNN"), a setting
    /// ("in a statement on Tuesday"), a "that", a colon, or a comma before a quote.
    private func contentStart(after start: Int, frame: CueLexicon.Frame) -> Int {
        var q = start
        if frame == .addressee, q < bodyEnd {
            let w = tokens[q].lower
            if CueLexicon.addressees.contains(w) {
                q += 1
            } else if tokens[q].isCapitalized {
                while q < bodyEnd,
                    tokens[q].isCapitalized || tokens[q].isAllCaps || tokens[q].lower == "'s" || tokens[q].lower == "’s"
                { q += 1 }
                // "told NBC's “Today”": a programme title belongs to the addressee.
                if q < bodyEnd, tokens[q].isQuote, !isClosingQuote(q),
                    let close = (q + 1..<min(bodyEnd, q + 8)).first(where: { isClosingQuote($0) })
                {
                    q = close + 1
                }
            } else if ["the", "a", "an", "his", "her", "their", "its", "our"].contains(w) {
                var r = q + 1
                while r < bodyEnd, r - q < 5, tokens[r].kind == .word,
                    !["that", "to", "about", "on", "in"].contains(tokens[r].lower)
                { r += 1 }
                q = r
            }
        }
        // "said the same day that ...": a day named by reference to another.
        if lower(q) == "the", ["same", "next", "following", "previous"].contains(lower(q + 1)),
            ["day", "week", "month", "year", "morning", "evening", "night"].contains(lower(q + 2))
        {
            q += 3
        }
        // A setting or time phrase followed by "that", a colon or a comma.
        var r = q
        while r < bodyEnd, r - q < 14 {
            let w = tokens[r].lower
            if w == "that" && r > q {
                return r + 1
            }
            if w == ":" { return r + 1 }
            if w == ",", r > q, tokens[r - 1].kind == .number, r + 1 < bodyEnd, tokens[r + 1].kind == .number {
                r += 1
                continue
            }
            if w == "," && r > q {
                if r + 1 < bodyEnd, tokens[r + 1].isQuote { return r + 1 }
                if lower(r + 1) == "that" { return r + 2 }
                // "in Salem, New Hampshire on Monday that"
                if r + 1 < bodyEnd, tokens[r + 1].isCapitalized, tokens[r - 1].isCapitalized {
                    r += 1
                    continue
                }
                break
            }
            let t = tokens[r]
            let settingWord =
                CueLexicon.settings.contains(w) || CueLexicon.settingOpeners.contains(w)
                || ["a", "an", "the", "his", "her", "their", "its", "with", "of", "for", "and", "to"].contains(w)
                || t.kind == .number || t.isCapitalized || t.wordClass.contains(.month)
            if !settingWord { break }
            r += 1
        }
        if lower(q) == "that" { return q + 1 }
        if lower(q) == ":" { return q + 1 }
        if lower(q) == ",", q + 1 < bodyEnd, tokens[q + 1].isQuote { return q + 1 }
        // Bare time words: "said Tuesday he would ...", "said on Monday the plan ...".
        while q < bodyEnd {
            let w = tokens[q].lower
            if ["today", "yesterday", "tonight", "earlier", "recently", "later", "previously", "again"].contains(w)
                || tokens[q].wordClass.contains(.weekday) && tokens[q].isCapitalized
            {
                q += 1
                continue
            }
            if w == "on", q + 1 < bodyEnd, tokens[q + 1].wordClass.contains(.weekday) {
                q += 2
                continue
            }
            if ["morning", "night", "evening", "afternoon"].contains(w), q > start,
                tokens[q - 1].wordClass.contains(.weekday)
            {
                q += 1
                continue
            }
            if w == "that" {
                q += 1
            }
            break
        }
        return q
    }

    /// Where content that starts at `q` ends: the sentence end, or a trailing
    /// ", according to", ", citing" or ", adding"-style continuation.
    private func clauseEnd(from q: Int) -> Int {
        var r = q
        while r < bodyEnd {
            if tokens[r].lower == "," || tokens[r].lower == "—", !quoted(r), r > q + 2 {
                let next = lower(r + 1)
                if next == "citing" || CueLexicon.participles.contains(next)
                    || (next == "according" && lower(r + 2) == "to")
                    || CueLexicon.clauseBreaks.contains(next)
                    || (next == "and" || next == "but")
                        && (CueLexicon.subjectPronouns.contains(lower(r + 2))
                            || r + 2 < bodyEnd && tokens[r + 2].isCapitalized && lower(r + 2) != "i")
                {
                    return quoteAwareEnd(r)
                }
            }
            r += 1
        }
        return quoteAwareEnd(bodyEnd)
    }

    /// Extends an end so an opened quotation is closed inside the content.
    private func quoteAwareEnd(_ end: Int) -> Int {
        var e = end
        var open = false
        for k in sentence.lowerBound..<e where tokens[k].isQuote {
            let w = tokens[k].lower
            if w == "“" || w == "``" { open = true } else if w == "”" { open = false } else { open.toggle() }
        }
        if open {
            var r = e
            while r < sentence.upperBound, r - e < 3 {
                if tokens[r].isQuote { e = r + 1; break }
                r += 1
            }
        }
        return e
    }

    /// ", citing Y" after `from`: the sources behind the account.
    private func citing(from: Int) -> Range<Int>? {
        var k = from
        while k < bodyEnd, tokens[k].lower != "citing" { k += 1 }
        guard k < bodyEnd else { return nil }
        var e = k + 1
        while e < bodyEnd, tokens[e].lower != ",", tokens[e].lower != ";", !tokens[e].isQuote { e += 1 }
        return e > k + 1 ? (k + 1)..<e : nil
    }

    /// Reading backwards from `end`, where the subject noun phrase starts.
    private func subjectStart(endingAt end: Int) -> Int? {
        let s = sentence.lowerBound
        guard end >= s else { return nil }
        if CueLexicon.subjectPronouns.contains(tokens[end].lower) { return end }
        var k = end
        if tokens[end].lower == ".", end > s, isAbbreviation(tokens[end - 1]) {
            // "The S.E.C. said"
            k = end - 1
        } else if tokens[end].lower == ")" {
            // "Roger Wicker (R-Miss.) said": step over the parenthesis.
            var open = end - 1
            while open > s, tokens[open].lower != "(", end - open < 12 { open -= 1 }
            guard tokens[open].lower == "(", open > s else { return nil }
            k = open
        }
        while k > s {
            let p = tokens[k - 1]
            let w = p.lower
            if p.kind == .punct {
                // "People with knowledge of Gates' work"
                if (w == "'" || w == "’") && k - 2 >= s && tokens.hasSuffix(k - 2, "s")
                    && tokens[k - 2].end == p.start
                {
                    k -= 1; continue
                }
                if w == "." && k - 2 >= s && isAbbreviation(tokens[k - 2]) && tokens[k - 2].end == p.start {
                    k -= 1; continue
                }
                if w == "-" || w == "&" || w == "(" || w == ")" || w == "'s" || w == "’s" { k -= 1; continue }
                break
            }
            if CueLexicon.subjectStops.contains(w) {
                // "Trump and Clinton said": names joined by "and" are one source.
                if w == "and", k - 2 >= s, tokens[k - 2].isCapitalized, tokens[k].isCapitalized { k -= 1; continue }
                break
            }
            if CueLexicon.verbs[w] != nil && !p.isCapitalized { break }
            if end - k > 16 { return nil }
            k -= 1
        }
        // Drop a leading time or place phrase: "On Tuesday Trump said".
        while k < end,
            ["on", "in", "at", "during", "last", "this", "earlier", "later", "then", "now", "today", "yesterday"]
                .contains(tokens[k].lower)
                || tokens[k].wordClass.contains(.weekday)
        {
            k += 1
        }
        return k <= end ? k : nil
    }

    private func validSubject(_ r: Range<Int>, frame: CueLexicon.Frame) -> Bool {
        guard !r.isEmpty else { return false }
        let last = tokens[r.upperBound - 1]
        let abbreviated = last.lower == "." && r.count > 1 && isAbbreviation(tokens[r.upperBound - 2])
        if last.kind == .punct && last.lower != ")" && !abbreviated { return false }
        if ["the", "a", "an", "of", "for", "and", "to", "in", "on", "at", "with", "by", "from", "as"].contains(
            last.lower)
        {
            return false
        }
        var named = false
        for k in r {
            let t = tokens[k]
            if t.isCapitalized || t.isAllCaps || CueLexicon.subjectPronouns.contains(t.lower) { named = true }
        }
        if frame == .belief {
            return r.count <= 4 && named
        }
        return r.count <= 18
    }

    /// The subject of the sentence's main clause, for a participle cue at its end.
    private func sentenceSubject(before limit: Int) -> Range<Int>? {
        var s = sentence.lowerBound
        while s < limit,
            ["and", "but", "so", "yet", "meanwhile", "however", "still", "also"].contains(tokens[s].lower)
                || tokens[s].lower == ","
        {
            s += 1
        }
        // Skip a leading adverbial phrase ("On Tuesday, ...", "After the debate, ...").
        if s < limit,
            CueLexicon.settingOpeners.contains(tokens[s].lower)
                || tokens[s].wordClass.contains(.nonName) && tokens[s].lower != "the"
                    && !CueLexicon.subjectPronouns.contains(tokens[s].lower)
        {
            var k = s
            while k < limit, k - s < 14, tokens[k].lower != "," { k += 1 }
            guard k < limit, tokens[k].lower == "," else { return nil }
            s = k + 1
        }
        guard s < limit else { return nil }
        if CueLexicon.subjectPronouns.contains(tokens[s].lower) { return s..<(s + 1) }
        var e = s
        var lowercaseWords = 0
        if ["the", "a", "an", "his", "her", "their", "its", "one", "some", "many", "other", "several", "two", "three"]
            .contains(tokens[s].lower)
        {
            e += 1
        }
        while e < limit, e - s < 12 {
            let t = tokens[e]
            let w = t.lower
            if t.kind == .word && (t.isCapitalized || t.isAllCaps) && !t.wordClass.contains(.nonName) {
                e += 1
                continue
            }
            if w == "." && e > s && isAbbreviation(tokens[e - 1]) && tokens[e - 1].end == t.start { e += 1; continue }
            if (w == "'s" || w == "’s" || w == "-") && e > s { e += 1; continue }
            if t.kind == .word && !t.isCapitalized && lowercaseWords < 3 && e > s
                && !CueLexicon.subjectStops.contains(w)
                && CueLexicon.verbs[w] == nil && !tokens.hasSuffix(e, "ed") && !CueLexicon.pastTenses.contains(w)
                && (e == s + 1 || tokens[e - 1].kind == .word)
            {
                lowercaseWords += 1
                e += 1
                continue
            }
            break
        }
        guard e > s, tokens[e - 1].kind == .word else { return nil }
        return s..<e
    }

    private func isAbbreviation(_ t: Token) -> Bool {
        Gazetteer.titleAbbreviations.contains(t.lower) || Gazetteer.abbreviations.contains(t.lower)
            || (t.end - t.start == 1 && t.isCapitalized)
    }
}
