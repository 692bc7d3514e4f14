import ArgumentParser
import Logging
import OasisServices
import OasisStore

/// `oasis audit verify`: check the hash chain of the audit log.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Inspect the audit log.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Detect changed, removed or reordered audit events (exit status 1 if any).")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let result = try await storeOptions.withStore(migrate: false) { store in try await store.audit.verify() }
            try output.emit(AuditVerificationView(result, showingAnchorPath: true)) { Self.text(result).joined(separator: "\n") }
            // Like osmium check-refs, a check that finds a problem exits 1.
            if !result.isIntact { try ExitStatus.failure.conclude() }
        }

        /// The verdict in English and Chinese, with every problem and where the chain's head is anchored.
        static func text(_ result: AuditVerification) -> [String] {
            guard result.isIntact else {
                var lines = ["audit chain BROKEN: \(result.problems.count) problem(s) in \(result.eventCount) events", "审计哈希链已被破坏："]
                if result.missingAtEnd > 0, let anchor = result.anchor {
                    let (seq, last, missing) = (anchor.seq, result.lastSeq, result.missingAtEnd)
                    lines.append("  the anchor records event \(seq), the table ends at event \(last): \(missing) event(s) missing at the end")
                    lines.append("  锚点记录到第 \(seq) 条，表中只到第 \(last) 条：末尾缺少 \(missing) 条记录（链被截断）。")
                }
                return lines + result.problems.map { "  - \($0)" }
            }
            return [
                "audit chain intact: \(result.eventCount) events; head hash \(result.headHash)",
                "审计哈希链完整：共 \(result.eventCount) 条记录。",
            ] + anchorText(result)
        }

        /// Where the chain's head is anchored outside the database, or why it is not.
        static func anchorText(_ result: AuditVerification) -> [String] {
            switch (result.anchorPath, result.anchor) {
            case (nil, _):
                [
                    "no audit anchor file configured (--audit-anchor / OASIS_AUDIT_ANCHOR): truncation at the end cannot be detected",
                    "未配置审计锚点文件：无法发现末尾记录被删除。",
                ]
            case (let path?, nil):
                [
                    "no audit anchor in \(path) yet: it is written at the next audited write",
                    "锚点文件 \(path) 尚未写入：下一次写操作时写入。",
                ]
            case (let path?, let anchor?):
                [
                    "anchored in \(path) at event \(anchor.seq); the table reaches event \(result.lastSeq)",
                    "锚点（\(path)）记录到第 \(anchor.seq) 条，表中到第 \(result.lastSeq) 条。",
                ]
            }
        }
    }
}
