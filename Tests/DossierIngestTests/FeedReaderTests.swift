@testable import DossierIngest
import Testing

@Suite struct FeedReaderTests {
    func read(_ xml: String, path: String = "feed.xml") throws -> [Result<Document, IngestError>] {
        try FeedReader().read(Array(xml.utf8), path: path)
    }

    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Wire &amp; Weekly</title>
          <link>https://wire.example.com/</link>
          <description>News</description>
          <item>
            <title>Acme &amp;amp; Co to build a plant</title>
            <link>/2024/05/acme-plant</link>
            <pubDate>Thu, 02 May 2024 10:00:00 +0800</pubDate>
            <dc:creator><![CDATA[Desk]]></dc:creator>
            <description>Short summary only.</description>
            <content:encoded><![CDATA[<p>Acme Motors will build a plant in Ningbo, the company said.</p>
              <p>It will <em>employ</em> 2,000&nbsp;people.</p>]]></content:encoded>
          </item>
          <item>
            <title>Officials expect growth</title>
            <guid isPermaLink="true">https://wire.example.com/2024/05/growth</guid>
            <description>&lt;p&gt;Officials &lt;b&gt;expect&lt;/b&gt; growth &amp;amp; jobs.&lt;/p&gt;</description>
          </item>
          <item>
            <title>Headline only</title>
          </item>
        </channel>
        </rss>
        """

    @Test func rssGivesOneArticlePerItemPreferringFullContent() throws {
        let results = try read(Self.rss)
        #expect(results.count == 3)
        let first = try results[0].get()
        #expect(first.text == "Acme Motors will build a plant in Ningbo, the company said.\n\nIt will employ 2,000 people.")
        #expect(first.title == "Acme & Co to build a plant")
        #expect(first.outlet == "Wire & Weekly")
        #expect(first.published == "2024-05-02")
        #expect(first.author == "Desk")
        #expect(first.url == "https://wire.example.com/2024/05/acme-plant")
        #expect(first.origin == "feed.xml:8")
        #expect(first.format == "rss")
    }

    @Test func escapedHTMLInADescriptionIsStripped() throws {
        let second = try read(Self.rss)[1].get()
        #expect(second.text == "Officials expect growth & jobs.")
        #expect(second.url == "https://wire.example.com/2024/05/growth")
        #expect(second.published == nil)
    }

    @Test func anItemWithoutTextIsRejectedOnItsOwn() throws {
        let third = try read(Self.rss)[2]
        #expect(throws: IngestError.noText(path: "feed.xml:22")) { try third.get() }
    }

    @Test func atomEntriesTakeContentLinksAndAuthors() throws {
        let results = try read("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">EV Desk</title>
              <link href="https://evdesk.example.net/" rel="alternate"/>
              <link href="https://evdesk.example.net/feed.atom" rel="self"/>
              <entry>
                <title>Qualification near</title>
                <link rel="alternate" href="posts/qualification"/>
                <id>urn:uuid:1</id>
                <updated>2023-02-15T10:00:00Z</updated>
                <published>2023-02-14T09:00:00Z</published>
                <author><name>Zhang San</name><email>desk@example.net</email></author>
                <summary>Summary.</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The maker is close to a licence, Jiemian said.</p><p>More <b>soon</b>.</p></div></content>
              </entry>
              <entry>
                <title>Denial</title>
                <id>https://evdesk.example.net/posts/2</id>
                <summary type="html">&lt;p&gt;BAIC denied the report.&lt;/p&gt;</summary>
              </entry>
            </feed>
            """, path: "desk.atom")
        let first = try results[0].get()
        #expect(first.text == "The maker is close to a licence, Jiemian said.\n\nMore soon.")
        #expect(first.url == "https://evdesk.example.net/posts/qualification")
        #expect(first.published == "2023-02-14")
        #expect(first.author == "Zhang San")
        #expect(first.outlet == "EV Desk")
        #expect(first.format == "atom")
        let second = try results[1].get()
        #expect(second.text == "BAIC denied the report.")
        #expect(second.url == "https://evdesk.example.net/posts/2")
        #expect(second.published == nil)
    }

    @Test func brokenFeedsAreRejectedWithTheLine() throws {
        let truncated = "<rss><channel><title>T</title>\n<item><description>Cut</description>\n"
        #expect(throws: IngestError.badFeed(path: "feed.xml", line: 3, cause: "ends inside <item>, the file is cut short")) { try read(truncated) }
        let misnested = "<rss><channel>\n<item><title>A</item>\n</channel></rss>"
        #expect(throws: IngestError.badFeed(path: "feed.xml", line: 2, cause: "</item> where </title> was expected")) { try read(misnested) }
        #expect(throws: IngestError.badFeed(path: "feed.xml", line: 1, cause: "starts with <html>, not <rss> or <feed>")) { try read("<html><body>Hi</body></html>") }
        #expect(throws: IngestError.badFeed(path: "feed.xml", line: 1, cause: "no <rss> or <feed> element")) { try read("just words") }
        #expect(throws: IngestError.badFeed(path: "feed.xml", line: 1, cause: "no <item> or <entry>")) { try read("<rss><channel><title>T</title></channel></rss>") }
    }

    @Test func rfc822AndISODatesBecomeDays() {
        #expect(PublishedDate.day(from: "Tue, 14 Feb 2023 08:30:00 +0800") == "2023-02-14")
        #expect(PublishedDate.day(from: "14 Feb 23 08:30 GMT") == "2023-02-14")
        #expect(PublishedDate.day(from: " 2022-08-26T09:00:00Z ") == "2022-08-26")
        #expect(PublishedDate.day(from: "yesterday") == nil)
        #expect(PublishedDate.day(from: "31 Feb 2023") == nil)
    }
}
