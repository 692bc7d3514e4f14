import OasisStore

/// What `oasis store copy` did: the tables it moved (equal on both sides), the sequences it reset and the audit
/// chain's verdict on the copy.
struct StoreCopyResult: Encodable {
    var from: String
    var to: String
    var report: StoreCopier.Report
    var auditEvents: Int
    var auditIntact: Bool

    var text: String {
        [
            StoreExportText.table(report.export),
            "copied \(report.rowsCopied) rows from \(from) to \(to); every table's row count and digest match",
            "已复制 \(report.rowsCopied) 行；各表行数与摘要一致",
            "identity sequences reset: \(report.sequencesReset.isEmpty ? "none" : report.sequencesReset.joined(separator: ", "))",
            auditIntact
                ? "audit chain intact on the copy: \(auditEvents) events / 副本审计哈希链完整"
                : "audit chain BROKEN on the copy (\(auditEvents) events): run oasis audit verify on it / 副本审计哈希链已被破坏",
        ].joined(separator: "\n")
    }
}
