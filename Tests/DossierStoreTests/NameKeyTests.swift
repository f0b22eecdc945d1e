@testable import DossierStore
import Testing

@Suite struct NameKeyTests {
    @Test func caseAndWhiteSpaceFoldTheSameWithOrWithoutNonASCII() {
        #expect(NameKey.of("  Sina \t\n Tech\r\n") == "sina tech")
        #expect(NameKey.of("BAIC  Group\u{0B}") == "baic group")
        #expect(NameKey.of("Ét\u{00A0}Société  GÉNÉRALE ") == "ét société générale")
        #expect(NameKey.of("") == "")
        #expect(NameKey.of(" \t ") == "")
    }
}
