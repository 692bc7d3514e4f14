import OasisCore

/// Historical cases made ready for the store where the batch is made (on a bulk import, the thread that reads
/// the file), so that the one writer only binds, steps and adds up: each case's JSON columns and the batch's
/// rollup sums are computed here.
public struct CaseImportBatch: Sendable {
    public let cases: [HotlineCase]
    let json: [CaseJSONColumns]
    let rollups: CaseRollupWriter.Groups

    public init(_ cases: [HotlineCase]) {
        self.cases = cases
        json = cases.map(CaseJSONColumns.init)
        rollups = CaseRollupWriter.groups(before: [], after: cases)
    }

    /// The batch without the cases `drop` names (made again only when some are dropped).
    func dropping(_ drop: (HotlineCase) -> Bool) -> CaseImportBatch {
        let kept = cases.filter { !drop($0) }
        return kept.count == cases.count ? self : CaseImportBatch(kept)
    }
}
