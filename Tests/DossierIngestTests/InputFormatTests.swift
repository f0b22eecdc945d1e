@testable import DossierIngest
import Testing

@Suite struct InputFormatTests {
    @Test func theExtensionDecidesWhenItNamesAFormat() {
        let cases: [(String, InputFormat)] = [
            ("a.txt", .text), ("b.MD", .markdown), ("c.htm", .html), ("d.html", .html), ("e.rss", .rss),
            ("f.atom", .atom), ("g.jsonl", .jsonl), ("h.ndjson", .jsonl),
        ]
        for (path, format) in cases {
            #expect(InputFormat.detect(path: "dir.v2/\(path)", head: Array("{\"text\": 1}".utf8)) == format, "\(path)")
        }
    }

    @Test func otherwiseTheContentDecides() {
        let cases: [(String, InputFormat)] = [
            ("\u{FEFF}  {\"text\": \"x\"}", .jsonl),
            ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", .rss),
            ("<?xml version=\"1.0\"?><rdf:RDF>", .rss),
            ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", .atom),
            ("<!DOCTYPE html><html><head>", .html),
            ("\n<div>fragment</div>", .html),
            ("---\ntitle: T\n---\nText", .markdown),
            ("Plain words.", .text),
        ]
        for (head, format) in cases {
            #expect(InputFormat.detect(path: "saved/item.xml", head: Array(head.utf8)) == format, "\(head)")
            #expect(InputFormat.detect(path: "noextension", head: Array(head.utf8)) == format, "\(head)")
        }
    }
}
