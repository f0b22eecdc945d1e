@testable import DossierIngest
import Testing

@Suite struct HTMLReaderTests {
    /// A saved news page with the usual furniture around the article.
    static let page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Harbour terminal to open early &ndash; Harbour Daily</title>
        <meta property="og:site_name" content="Harbour Daily">
        <meta property="article:published_time" content="2024-05-02T08:30:00+08:00">
        <meta name="author" content="Li  Wei">
        <link rel="canonical" href="/news/terminal?id=7&amp;ref=home">
        <base href="https://harbour.example.org/">
        <script>var banner = "<p>Subscribe now</p>";</script>
        <style>p { color: #333 }</style>
        </head>
        <body class="ads-on">
        <header><nav><a href="/">Home</a> | <a href="/port">Port</a></nav></header>
        <div class="share-bar">Share this story</div>
        <div id="cookie-consent" role="dialog">We use cookies.</div>
        <article>
        <h1>Harbour terminal to open early</h1>
        <p>The port authority said on Thursday that a <b>new</b> terminal will open in 2026&#8212;two
           years early.</p>
        <p>Caf&eacute; owners &amp; dock workers welcomed the news, <a href="/union">the union</a>
           said, calling it &#x201C;overdue&#x201D;.<br>Fees stay &lt; 5 yuan&#146;s worth.
        <div class="related-stories"><ul><li>Another story</li></ul></div>
        <p>Work starts <span>in <i>the <u>spring</u></i></span>.</p>
        <svg><![CDATA[ignored drawing]]></svg>
        <p><![CDATA[Figures & forecasts]]> are the authority's own.</p>
        </article>
        <aside>Most read: cats</aside>
        <footer>&copy; 2024 Harbour Daily</footer>
        </body></html>
        """

    func read(_ html: String, origin: String = "page.html") throws -> Document {
        try HTMLReader().read(Array(html.utf8), origin: origin)
    }

    @Test func theArticleTextLosesScriptsNavigationAndBoilerplate() throws {
        let document = try read(Self.page)
        #expect(document.text == """
            Harbour terminal to open early

            The port authority said on Thursday that a new terminal will open in 2026—two years early.

            Café owners & dock workers welcomed the news, the union said, calling it “overdue”.

            Fees stay < 5 yuan’s worth.

            Work starts in the spring.

            Figures & forecasts are the authority's own.
            """)
    }

    @Test func metadataComesFromThePageHead() throws {
        let document = try read(Self.page)
        #expect(document.title == "Harbour terminal to open early")
        #expect(document.outlet == "Harbour Daily")
        #expect(document.published == "2024-05-02")
        #expect(document.author == "Li Wei")
        #expect(document.url == "https://harbour.example.org/news/terminal?id=7&ref=home")
        #expect(document.format == "html")
        #expect(document.origin == "page.html")
    }

    @Test func thePublishedDateFallsBackToLinkedDataThenTime() throws {
        let linkedData = try read("""
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebSite"},
             {"@type": "NewsArticle", "datePublished": "2023-02-14T10:00:00Z",
              "author": [{"@type": "Person", "name": "Zhang San"}], "publisher": {"name": "EV Desk"}}]}
            </script></head><body><p>Text <time datetime="2020-01-01">then</time>.</p></body></html>
            """)
        #expect(linkedData.published == "2023-02-14")
        #expect(linkedData.author == "Zhang San")
        #expect(linkedData.outlet == "EV Desk")
        let time = try read("<p>Posted <time datetime=\"2022-08-26T09:00\">Friday</time>: rain.</p>")
        #expect(time.published == "2022-08-26")
        #expect(time.text == "Posted Friday: rain.")
    }

    @Test func aPageWithoutDatesOrCanonicalLeavesThemEmpty() throws {
        let document = try read("<html><head><title>Notes</title><link rel=canonical href=/relative/only></head><body><div>Plain words here.</div></body></html>")
        #expect(document.published == nil)
        #expect(document.url == nil)
        #expect(document.outlet == nil)
        #expect(document.title == "Notes")
        #expect(document.text == "Plain words here.")
    }

    @Test func mainIsTakenWhenThereIsNoArticleElement() throws {
        let document = try read("<body><div class=menu>Menu</div><p>Outside</p><main><p>Inside one.</p><p>Inside two.</p></main></body>")
        #expect(document.text == "Inside one.\n\nInside two.")
    }

    @Test func unclosedAndMisnestedTagsDoNotLoseText() throws {
        let document = try read("<body><p>First <b>bold <i>both</b> after</i><p>Second<li>Item<div>Block</span></div></body>")
        #expect(document.text == "First bold both after\n\nSecond\n\nItem\n\nBlock")
    }

    @Test func aPageWithNoVisibleTextIsRejected() throws {
        let frame = "<html><head><title>Empty</title><script>app()</script></head><body><nav>Home</nav><!-- nothing --></body></html>"
        #expect(throws: IngestError.noText(path: "frame.html")) { try read(frame, origin: "frame.html") }
    }

    @Test func characterReferencesAreDecoded() {
        #expect(Entities.decode("AT&T &amp; &lt;b&gt; &#65;&#x42;&#X43; &eacute;t&eacute; &nosuch; &#0; &#146;") == "AT&T & <b> ABC été &nosuch; \u{FFFD} ’")
    }
}
