/// Every accepted row of a case file, with the summary of the read.
public struct CaseImportResult: Sendable {
    public var rows: [CaseImportRow]
    public var summary: CaseImportSummary
}
