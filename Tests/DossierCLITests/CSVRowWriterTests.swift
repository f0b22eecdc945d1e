import CSV
@testable import DossierCLI
import DossierStore
import Foundation
import Testing

@Suite struct CSVRowWriterTests {
    static let columns = ["id", "text", "note"]
    static let rows: [[Cell]] = [
        [.integer(1), .text("plain"), .null],
        [.integer(2), .text("comma, inside"), .text("quote \"here\"")],
        [.integer(3), .text("line\nbreak"), .text("crlf\r\nbreak")],
        [.integer(4), .text("Jiemian 界面 — ünïcode"), .real(0.5)],
        [.integer(5), .text(""), .text(" spaced ")],
    ]

    func write(to path: String) throws {
        var sink = CSVRowWriter(writer: try ByteWriter(path: path))
        try sink.begin(columns: Self.columns)
        for row in Self.rows { try sink.row(row) }
        try sink.end()
    }

    @Test func bytesMatchTheGoldenFile() throws {
        let path = DossierProcess.temporaryFolder().appendingPathComponent("out.csv").path
        try write(to: path)
        try Golden.check(try Data(contentsOf: URL(fileURLWithPath: path)), against: "rfc4180.csv")
    }

    @Test func aRealCSVParserReadsBackEveryField() throws {
        let path = DossierProcess.temporaryFolder().appendingPathComponent("out.csv").path
        try write(to: path)
        guard let stream = InputStream(fileAtPath: path) else { Issue.record("cannot open \(path)"); return }
        let reader = try CSVReader(stream: stream, hasHeaderRow: true)
        #expect(reader.headerRow == Self.columns)
        var parsed: [[String]] = []
        while let row = reader.next() { parsed.append(row) }
        #expect(parsed == Self.rows.map { $0.map { $0.text ?? "" } })
    }

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSVRowWriter.field("plain") == Array("plain".utf8))
        #expect(CSVRowWriter.field("a,b") == Array("\"a,b\"".utf8))
        #expect(CSVRowWriter.field("say \"hi\"") == Array("\"say \"\"hi\"\"\"".utf8))
        #expect(CSVRowWriter.field("two\nlines") == Array("\"two\nlines\"".utf8))
    }

    @Test func integersKeepEveryDigitAndTheirSign() {
        for value in [0, 7, -7, 10, 1_000_203, Int64.max, Int64.min] {
            var bytes: [UInt8] = [UInt8(ascii: ",")]
            bytes.appendDecimal(value)
            #expect(bytes == Array(",\(value)".utf8))
        }
    }
}
