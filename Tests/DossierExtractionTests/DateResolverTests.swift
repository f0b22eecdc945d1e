import Testing
@testable import DossierExtraction

@Suite struct DateResolverTests {
    private func dates(_ text: String, published: String? = "2024-05-15") -> [DateMention] {
        TestSupport.extract(text, published: published).claims.flatMap(\.dates)
    }

    @Test func absoluteDates() {
        let found = dates(
            "It began on June 2, 2021, grew in March 2020, slowed in early October 2022 and ends in 2026.")
        #expect(found.map(\.value) == ["2021-06-02", "2020-03", "2022-10", "2026"])
        #expect(found.map(\.precision) == [.day, .month, .month, .year])
        #expect(found.map(\.text) == ["June 2, 2021", "March 2020", "early October 2022", "2026"])
    }

    @Test func missingYearComesFromContext() {
        let found = dates("The deal was first reported on July 3, 2022. It closed on September 12.")
        #expect(found.last?.value == "2022-09-12")
    }

    @Test func missingYearWithoutContextIsTheArticleYear() {
        #expect(dates("It closed on September 12.").first?.value == "2024-09-12")
    }

    @Test func relativeToTheArticle() {
        // 2024-05-15 is a Wednesday.
        let found = dates("Shares fell today after a drop yesterday, a slide last week and a slump last month.")
        #expect(found.map(\.value) == ["2024-05-15", "2024-05-14", "2024-05-06", "2024-04"])
        #expect(found.map(\.precision) == [.day, .day, .week, .month])
    }

    @Test func lastMonthDayIsTheLatestBeforeTheArticle() {
        #expect(dates("Last June 20, the plant closed.").first?.value == "2023-06-20")
        #expect(dates("Last March 2, the plant closed.").first?.value == "2024-03-02")
    }

    @Test func weekdayIsTheLatestOneUpToTheArticle() {
        #expect(dates("The plant closed on Monday.").first?.value == "2024-05-13")
    }

    @Test func withoutAnArticleDateRelativeDatesStayUnresolved() {
        let found = dates("Shares fell today and last week, but not on March 2, 2021.", published: nil)
        #expect(found.map(\.value) == [nil, nil, "2021-03-02"])
    }

    @Test func sameDayIsThePreviousAccountsDate() throws {
        let e = TestSupport.extract(
            "On August 26, 2022, Bloomberg said the plant would close. In a report the same day, Reuters said it would stay open."
        )
        let claim = try #require(TestSupport.claim(e, containing: "stay open"))
        #expect(claim.attribution?.reportedOn == "2022-08-26")
    }

    @Test func sameDayBetweenCueAndThatDatesTheAccount() throws {
        let e = TestSupport.extract(
            "On March 4, 2023, Harbor Daily reported that Zentrix had paused hiring. "
                + "Lumen Post said the same day that the pause would last a month.")
        let claim = try #require(TestSupport.claim(e, containing: "pause would"))
        #expect(claim.text == "the pause would last a month")
        #expect(claim.attribution?.reporter == "Lumen Post")
        #expect(claim.attribution?.reportedOn == "2023-03-04")
    }

    @Test func timeLaterCountsFromThePreviousAccount() throws {
        let first = "On March 4, 2023, Harbor Daily reported that Zentrix had paused hiring. "
        // 2023-03-04 is a Saturday; a week later falls in the week starting Monday 2023-03-06.
        let week = TestSupport.extract(first + "A week later, Lumen Post said the pause was over.")
        let over = try #require(TestSupport.claim(week, containing: "was over"))
        #expect(over.attribution?.reportedOn == "2023-03-06")
        let found = dates("On March 4, 2023, the plant closed. A week later it reopened.")
        #expect(found.map(\.value) == ["2023-03-04", "2023-03-06"])
        #expect(found.map(\.precision) == [.day, .week])
        let days = TestSupport.extract(
            first + "Two days later, Lumen Post said the pause was over. "
                + "The next day, Ridge Times reported that hiring had resumed.")
        #expect(TestSupport.claim(days, containing: "was over")?.attribution?.reportedOn == "2023-03-06")
        #expect(TestSupport.claim(days, containing: "resumed")?.attribution?.reportedOn == "2023-03-07")
        let month = TestSupport.extract(first + "A month later, Lumen Post said the pause was over.")
        #expect(TestSupport.claim(month, containing: "was over")?.attribution?.reportedOn == "2023-04")
        #expect(dates("Three weeks later the plant reopened.", published: "2024-05-15").map(\.value) == [nil])
    }
}
