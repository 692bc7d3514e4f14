/// A step taken: the case after it, and the detail its history row keeps (the unit, the reason, the summary …).
public struct CaseStepOutcome: Sendable, Equatable {
    public var after: HotlineCase
    public var detail: String

    public init(after: HotlineCase, detail: String) {
        self.after = after
        self.detail = detail
    }
}
