import Foundation

/// Reads a saved web page: its article text without scripts, navigation and other page
/// furniture, and the metadata the page declares (title, published date, outlet,
/// canonical URL, author).
public struct HTMLReader: Sendable {
    public init() {}

    public func read(_ bytes: [UInt8], origin: String) throws -> Document {
        let page = HTMLPage(bytes)
        let text = page.articleText
        guard !text.isEmpty else { throw IngestError.noText(path: origin) }
        return Document(
            text: text, title: page.title, outlet: page.outlet, published: page.published,
            url: page.canonicalURL, author: page.author, origin: origin, format: "html"
        )
    }

    /// The visible text of an HTML fragment, such as a feed item's content.
    static func text(ofFragment bytes: [UInt8]) -> String {
        HTMLPage(bytes).allText
    }
}

/// One walk over an HTML page, gathering its text (all of it, and what stands inside
/// `<article>` and `<main>`) and its metadata.
private struct HTMLPage {
    private(set) var allText = ""
    private var insideArticle = TextBlocks()
    private var insideMain = TextBlocks()
    private var meta: [String: String] = [:]
    private var canonical: String?
    private var base: String?
    private var titleText: String?
    private var firstHeading: String?
    private var firstTime: String?
    private var linkedData: [String] = []

    init(_ bytes: [UInt8]) {
        var scanner = MarkupScanner(bytes, html: true)
        var all = TextBlocks()
        var stack: [(name: String, skipped: Bool)] = []
        var skipped = 0, articles = 0, mains = 0
        var capture: (name: String, text: String)?

        func breakBlocks() {
            all.breakBlock()
            insideArticle.breakBlock()
            insideMain.breakBlock()
        }
        func pop(through index: Int) {
            for element in stack[index...] {
                if element.skipped { skipped -= 1 }
                if element.name == "article" { articles -= 1 }
                if element.name == "main" { mains -= 1 }
            }
            stack.removeSubrange(index...)
        }
        func addText(_ text: String) {
            if capture != nil { capture!.text += text }
            guard skipped == 0 else { return }
            all.append(text)
            if articles > 0 { insideArticle.append(text) }
            if mains > 0 { insideMain.append(text) }
        }

        while let token = scanner.next() {
            switch token {
            case let .start(name, attributes, selfClosing, _, _):
                note(name, attributes)
                if name == "body", let head = stack.lastIndex(where: { $0.name == "head" }) { pop(through: head) }
                if Self.blocks.contains(name) { breakBlocks() }
                if Self.voids.contains(name) || selfClosing { continue }
                let skip = Self.skippedElements.contains(name) || Self.isBoilerplate(name, attributes)
                stack.append((name, skip))
                if skip { skipped += 1 }
                if name == "article" { articles += 1 }
                if name == "main" { mains += 1 }
                if name == "title", titleText == nil, capture == nil { capture = (name, "") }
                if name == "h1", firstHeading == nil, capture == nil { capture = (name, "") }
                if name == "script", attributes["type"]?.lowercased().contains("ld+json") == true { capture = (name, "") }
            case let .end(name, _):
                if let index = stack.lastIndex(where: { $0.name == name }) { pop(through: index) }
                if Self.blocks.contains(name) { breakBlocks() }
                if let captured = capture, captured.name == name {
                    capture = nil
                    switch name {
                    case "title": titleText = Self.folded(captured.text)
                    case "h1": firstHeading = Self.folded(captured.text)
                    default: linkedData.append(captured.text)
                    }
                }
            case let .text(bytes):
                addText(Entities.decode(bytes))
            case let .literal(bytes):
                if let top = stack.last?.name, top == "script" || top == "style" {
                    if capture?.name == "script" { capture!.text += String(decoding: bytes, as: UTF8.self) }
                } else {
                    addText(String(decoding: bytes, as: UTF8.self))
                }
            }
        }
        allText = all.text
    }

    private mutating func note(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "meta":
            guard let key = (attributes["property"] ?? attributes["name"])?.lowercased(), let content = attributes["content"] else { return }
            if meta[key] == nil { meta[key] = content }
        case "link":
            let rel = attributes["rel"]?.lowercased().split(separator: " ") ?? []
            if rel.contains("canonical"), canonical == nil { canonical = attributes["href"] }
        case "base":
            if base == nil { base = attributes["href"] }
        case "time":
            if firstTime == nil { firstTime = attributes["datetime"] }
        default:
            break
        }
    }

    /// The article's text: what stands inside `<article>`, else `<main>`, else the page.
    var articleText: String {
        for candidate in [insideArticle.text, insideMain.text] where !candidate.isEmpty { return candidate }
        return allText
    }

    /// `og:title`, else `<title>` without the outlet's name after it, else the first `<h1>`.
    var title: String? {
        if let title = Self.nonEmpty(meta["og:title"].map(Self.folded)) { return title }
        if var title = Self.nonEmpty(titleText) {
            if let outlet, title.hasSuffix(outlet), title.count > outlet.count {
                let rest = title.dropLast(outlet.count)
                let trimmed = rest.trimmingCharacters(in: .whitespaces)
                if let separator = trimmed.last, "-–—|·:".contains(separator) {
                    title = trimmed.dropLast().trimmingCharacters(in: .whitespaces)
                }
            }
            return title
        }
        return Self.nonEmpty(firstHeading)
    }

    var outlet: String? { Self.nonEmpty(meta["og:site_name"].map(Self.folded)) ?? linkedDataValue(["publisher", "name"]) }

    var author: String? { Self.nonEmpty(meta["author"].map(Self.folded)) ?? linkedDataValue(["author", "name"]) }

    var published: String? {
        let candidates = [meta["article:published_time"], linkedDataValue(["datePublished"]), firstTime]
        return candidates.lazy.compactMap { $0.flatMap(PublishedDate.day(from:)) }.first
    }

    /// The canonical URL, made absolute against `<base href>` or `og:url`; nil when it
    /// cannot be.
    var canonicalURL: String? {
        guard let link = Self.nonEmpty(canonical ?? meta["og:url"]) else { return nil }
        let bases = [base, meta["og:url"]].compactMap { $0.flatMap { URL(string: $0) } }.filter { $0.scheme != nil }
        if let absolute = URL(string: link), absolute.scheme != nil { return absolute.absoluteString }
        for base in bases {
            if let resolved = URL(string: link, relativeTo: base)?.absoluteURL, resolved.scheme != nil { return resolved.absoluteString }
        }
        return nil
    }

    /// The first string at `path` in the page's JSON-LD, looking through `@graph` and arrays.
    private func linkedDataValue(_ path: [String]) -> String? {
        for block in linkedData {
            guard let json = try? JSONSerialization.jsonObject(with: Data(block.utf8), options: [.fragmentsAllowed]) else { continue }
            if let value = Self.find(path, in: json) { return value }
        }
        return nil
    }

    private static func find(_ path: [String], in json: Any) -> String? {
        if let array = json as? [Any] { return array.lazy.compactMap { find(path, in: $0) }.first }
        guard let object = json as? [String: Any], let key = path.first else { return nil }
        if let value = object[key] {
            // A plain string stands for the whole path: "author": "Jane Doe".
            if let text = value as? String { return nonEmpty(folded(text)) }
            if path.count > 1, let found = find(Array(path.dropFirst()), in: value) { return found }
        }
        if let graph = object["@graph"] { return find(path, in: graph) }
        return nil
    }

    private static func folded(_ text: String) -> String {
        var blocks = TextBlocks()
        blocks.append(text)
        return blocks.text
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    /// Elements whose text is never the article's.
    private static let skippedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
        "form", "button", "select", "svg", "iframe", "object", "figcaption", "menu", "dialog",
    ]

    private static let voids: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    ]

    /// Elements that end a paragraph of text where they start and stop.
    private static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "article", "section", "main", "blockquote", "pre", "table", "tr", "td", "th", "figure",
        "hr", "body", "header", "footer", "nav", "aside", "address", "center",
    ]

    /// Words in a class or id that mark page furniture: menus, share bars, cookie notices.
    private static let boilerplateWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "footer", "sidebar", "share", "sharing", "social",
        "cookie", "cookies", "consent", "banner", "advert", "advertisement", "ads", "ad", "promo",
        "related", "recommended", "comments", "comment", "newsletter", "subscribe", "breadcrumb",
        "breadcrumbs", "popup", "modal", "paywall", "masthead", "toolbar",
    ]

    private static let boilerplateRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search"]

    /// Hidden elements and page furniture by class, id or role; the page's main containers
    /// are never judged by their class.
    private static func isBoilerplate(_ name: String, _ attributes: [String: String]) -> Bool {
        if attributes["hidden"] != nil || attributes["aria-hidden"] == "true" { return true }
        if let role = attributes["role"], boilerplateRoles.contains(role.lowercased()) { return true }
        if let style = attributes["style"]?.lowercased().replacingOccurrences(of: " ", with: ""), style.contains("display:none") { return true }
        if ["html", "body", "main", "article"].contains(name) { return false }
        for attribute in [attributes["class"], attributes["id"]] {
            guard let value = attribute?.lowercased() else { continue }
            let words = value.split { !$0.isLetter && !$0.isNumber }
            if words.contains(where: { boilerplateWords.contains(String($0)) }) { return true }
        }
        return false
    }
}
