import DossierCrossRef
import DossierExtraction
import Testing

@Suite struct PropositionTests {
    @Test func synonymsFoldIntoOneTerm() {
        let a = Proposition(text: "Acme would take over the production site", stance: .hedged)
        let b = Proposition(text: "Acme is buying the factories", stance: .asserted)
        #expect(a.terms == ["acquire", "factory"])
        #expect(b.terms == ["acquire", "factory"])
    }

    @Test func namesHedgesAndStopWordsAreDropped() {
        let p = Proposition(text: "Reportedly, Acme Motors could soon open a research centre in Ningbo", stance: .hedged)
        #expect(p.terms == ["open", "research", "centr"])
        #expect(p.polarity == .positive)
    }

    @Test func negationsSetThePolarity() {
        #expect(Proposition(text: "Acme won't sell the plant", stance: .asserted).polarity == .negative)
        #expect(Proposition(text: "Acme is unlikely to sell the plant", stance: .hedged).negations == ["unlikely"])
        #expect(Proposition(text: "Acme ruled out a sale of the plant", stance: .asserted).negations == ["ruled out"])
        #expect(Proposition(text: "Acme has not yet sold the plant", stance: .denied).polarity == .pending)
        #expect(Proposition(text: "Acme denied the plan", stance: .denied).polarity == .negative)
    }

    @Test func aHindranceLeavesThePropositionPending() {
        let struggling = Proposition(text: "Acme is struggling to win regulatory approval", stance: .asserted)
        #expect(struggling.polarity == .pending)
        #expect(struggling.terms == ["regulatory", "license", "obtain"])
        #expect(Proposition(text: "Acme's plans stall as regulators withhold a licence", stance: .asserted).polarity == .pending)
        #expect(Proposition(text: "Acme failed to win approval", stance: .asserted).polarity == .pending)
        #expect(Proposition(text: "Acme was having trouble getting approval", stance: .asserted).polarity == .pending)
    }

    @Test func theDeniedStanceCountsEvenWithoutANegationWord() {
        #expect(Proposition(text: "Acme refutes a sale of the plant", stance: .denied).polarity == .negative)
    }

    @Test func possessivesAndInflectionsMeet() {
        let a = Proposition(text: "the company's factories were opening", stance: .asserted)
        let b = Proposition(text: "a factory opens", stance: .asserted)
        #expect(a.terms == b.terms)
    }

    @Test func aStatementSplitsIntoClausesWithTheirOwnPolarity() {
        let clauses = Proposition.clauses(
            of: "Acme will not buy the plant and has no intention of leasing it, but will instead build its own plant", stance: .denied)
        #expect(clauses.map(\.polarity) == [.negative, .negative, .positive])
        #expect(clauses[0].terms == ["acquire", "factory"])
        #expect(clauses[2].terms == ["build", "own", "factory"])
        #expect(Proposition.clauses(of: "Acme unlikely to buy the plant, will build its own", stance: .hedged).count == 2)
    }

    @Test func andBetweenNamesIsNotANewClause() {
        #expect(Proposition.clauses(of: "Acme and Borealis Motors will build cars, the people said", stance: .asserted).count == 1)
    }

    @Test func aDeniedStanceWithoutNegationWordsMakesEveryClauseNegative() {
        let clauses = Proposition.clauses(of: "Acme refutes the sale and will keep the plant", stance: .denied)
        #expect(clauses.allSatisfy { $0.polarity == .negative })
    }
}
