import Testing

/// The help of the search, curation, SQL and export commands, pinned by goldens.
@Suite struct ResearchHelpTests {
    @Test(arguments: [
        ["search"], ["sql"], ["export"], ["entity"], ["entity", "show"], ["entity", "add"], ["entity", "alias"],
        ["entity", "merge"], ["entity", "rename"], ["entity", "retype"], ["entity", "import"],
    ])
    func helpTextMatchesTheGoldenFile(command: [String]) throws {
        let result = try DossierProcess.run(command + ["--help"], environment: ["COLUMNS": "100"])
        #expect(result.status == 0)
        #expect(result.output.contains("Examples:"))
        try Golden.check(result.stdout, against: "help-\(command.joined(separator: "-")).txt")
    }
}
