@testable import DossierIngest
import Foundation
import Testing

@Suite struct FileReaderTests {
    let folder = TemporaryFolder()

    @Test func frontMatterFillsTheMetadata() throws {
        let path = folder.write("a.md", """
            ---
            title: "Harbour plans: a new terminal"
            outlet: Harbour Daily
            published: 2024-05-02
            url: https://example.org/terminal
            author: Desk
            ---

            The port authority said on Thursday that a terminal will open in 2026.
            """)
        let document = try FileReader().read(path: path)
        #expect(document.title == "Harbour plans: a new terminal")
        #expect(document.outlet == "Harbour Daily")
        #expect(document.published == "2024-05-02")
        #expect(document.url == "https://example.org/terminal")
        #expect(document.author == "Desk")
        #expect(document.format == "markdown")
        #expect(document.text == "The port authority said on Thursday that a terminal will open in 2026.")
    }

    @Test func plainTextHasNoMetadata() throws {
        let path = folder.write("b.txt", "Rain is expected in Ningbo, forecasters said.\n")
        let document = try FileReader().read(path: path)
        #expect(document.title == nil)
        #expect(document.format == "text")
        #expect(document.text == "Rain is expected in Ningbo, forecasters said.\n")
    }

    @Test func unclosedFrontMatterIsRejectedWithItsLine() throws {
        let path = folder.write("c.md", "---\ntitle: Open\noutlet: X\n")
        #expect(throws: IngestError.badFrontMatter(path: path, line: 4, cause: "no closing `---`")) {
            try FileReader().read(path: path)
        }
    }

    @Test func aFrontMatterLineWithoutAColonIsRejected() throws {
        let path = folder.write("d.md", "---\ntitle: Fine\njust words\n---\nBody text.\n")
        #expect(throws: IngestError.self) { try FileReader().read(path: path) }
        do {
            _ = try FileReader().read(path: path)
        } catch let IngestError.badFrontMatter(_, line, _) {
            #expect(line == 3)
        }
    }

    /// Saved pages and feeds that are not UTF-8 are read in the character set they declare.
    @Test func aPageOrFeedIsReadInTheCharsetItDeclares() throws {
        func bytes(_ parts: [Any]) -> Data {
            Data(parts.flatMap { part -> [UInt8] in (part as? String).map { Array($0.utf8) } ?? (part as! [Int]).map(UInt8.init) })
        }
        let western = folder.write("cafe.html", bytes: bytes([
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><title>Caf", [0xE9],
            " owners</title></head><body><p>The caf", [0xE9], " will open in Ningbo, its owners said ", [0x93], "today", [0x94], ".</p></body></html>",
        ]))
        let page = try FileReader().read(path: western)
        #expect(page.title == "Café owners")
        #expect(page.text == "The café will open in Ningbo, its owners said “today”.")

        let chinese = folder.write("gbk.html", bytes: bytes([
            "<html><head><meta charset=\"gbk\"><title>", [0xC4, 0xE3, 0xBA, 0xC3], "</title></head><body><p>", [0xC4, 0xE3, 0xBA, 0xC3],
            " Ningbo.</p></body></html>",
        ]))
        #expect(try FileReader().read(path: chinese).title == "你好")

        let feed = folder.write("feed.xml", bytes: bytes([
            "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>Harbour</title><item><title>Caf",
            [0xE9], "</title><description>A caf", [0xE9], " opened, its owner said.</description></item></channel></rss>",
        ]))
        let items = try FileReader().documents(of: FileReader().load(path: feed), path: feed, format: .auto)
        #expect(items.count == 1)
        #expect(try items.first?.get().title == "Café")

        // A charset named in the article's words is not a declaration.
        let prose = folder.write("prose.txt", bytes: bytes(["Set charset=latin1 to read caf", [0xE9], "."]))
        #expect(throws: IngestError.notUTF8(path: prose)) { try FileReader().read(path: prose) }
        let unknown = folder.write("odd.html", bytes: bytes(["<meta charset=\"x-mac-klingon\"><p>Qapla", [0xE9], "</p>"]))
        #expect(throws: IngestError.unreadableCharset(path: unknown, charset: "x-mac-klingon")) { try FileReader().read(path: unknown) }
        let lying = folder.write("lying.html", bytes: bytes(["<meta charset=\"utf-8\"><p>Caf", [0xE9], "</p>"]))
        #expect(throws: IngestError.unreadableCharset(path: lying, charset: "utf-8")) { try FileReader().read(path: lying) }
    }

    @Test func badBytesAreRejectedEachWithItsOwnCause() throws {
        let latin1 = folder.write("latin1.txt", bytes: Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x65, 0x77, 0x73]))
        let binary = folder.write("image.txt", bytes: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]))
        let empty = folder.write("empty.txt", "")
        let blank = folder.write("blank.txt", "  \n\n\t")
        let huge = folder.write("huge.txt", String(repeating: "word ", count: 100))
        #expect(throws: IngestError.notUTF8(path: latin1)) { try FileReader().read(path: latin1) }
        #expect(throws: IngestError.binary(path: binary)) { try FileReader().read(path: binary) }
        #expect(throws: IngestError.empty(path: empty)) { try FileReader().read(path: empty) }
        #expect(throws: IngestError.empty(path: blank)) { try FileReader().read(path: blank) }
        #expect(throws: IngestError.tooLarge(path: huge, bytes: 500, limit: 100)) { try FileReader(maxBytes: 100).read(path: huge) }
        #expect(throws: IngestError.missing(path: folder.path("absent.txt"))) { try FileReader().read(path: folder.path("absent.txt")) }
    }

    @Test func overridesWinOverTheFile() throws {
        var document = try FileReader().read(path: folder.write("e.md", "---\noutlet: A\npublished: 2024-01-01\n---\nText here.\n"))
        MetadataOverrides(outlet: "B").apply(to: &document)
        #expect(document.outlet == "B")
        #expect(document.published == "2024-01-01")
        #expect(try document.info().published?.description == "2024-01-01")
    }

    @Test func aMalformedDateIsRejected() throws {
        let document = try FileReader().read(path: folder.write("f.md", "---\npublished: 14/02/2023\n---\nText here.\n"))
        #expect(throws: IngestError.badDate(path: document.origin, value: "14/02/2023")) { try document.info() }
    }
}
