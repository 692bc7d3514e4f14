/// What one round of the deadline watch did: the cases warned and the overdue cases put under supervision.
public struct DeadlineWatchRound: Sendable, Equatable {
    public var warned: [Int64]
    public var supervised: [Int64]

    public init(warned: [Int64] = [], supervised: [Int64] = []) {
        self.warned = warned
        self.supervised = supervised
    }
}
