/// One thing `DossierStore.check()` found wrong.
public struct CheckProblem: Sendable, Equatable, CustomStringConvertible {
    /// The check that failed: `integrity`, `foreign-key`, `claim-sentence`, `claim_fts`...
    public var check: String
    public var detail: String

    public init(check: String, detail: String) {
        self.check = check
        self.detail = detail
    }

    public var description: String { "\(check): \(detail)" }
}
