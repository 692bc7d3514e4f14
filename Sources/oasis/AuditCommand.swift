import Logging
import ArgumentParser
import OasisServices
import OasisStore

/// `oasis audit verify`: check the hash chain of the audit log.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Inspect the audit log.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Detect changed, removed or reordered audit events (exit status 1 if any).")
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let configuration = try storeOptions.resolve()
            let store = try await storeOptions.openStore(configuration, logger: .oasis(level: .warning), migrate: false)
            let result = try await store.audit.verify()
            await store.close()
            if result.isIntact {
                print("audit chain intact: \(result.eventCount) events; head hash \(result.headHash)")
                print("审计哈希链完整：共 \(result.eventCount) 条记录。")
                Self.printAnchor(result)
            } else {
                print("audit chain BROKEN: \(result.problems.count) problem(s) in \(result.eventCount) events")
                print("审计哈希链已被破坏：")
                if result.missingAtEnd > 0, let anchor = result.anchor {
                    print("  the anchor records event \(anchor.seq), the table ends at event \(result.lastSeq): \(result.missingAtEnd) event(s) missing at the end")
                    print("  锚点记录到第 \(anchor.seq) 条，表中只到第 \(result.lastSeq) 条：末尾缺少 \(result.missingAtEnd) 条记录（链被截断）。")
                }
                for problem in result.problems { print("  - \(problem)") }
                throw ExitCode.failure
            }
        }

        /// Where the chain's head is anchored outside the database, or why it is not.
        static func printAnchor(_ result: AuditVerification) {
            switch (result.anchorPath, result.anchor) {
            case (nil, _):
                print("no audit anchor file configured (--audit-anchor / OASIS_AUDIT_ANCHOR): truncation at the end cannot be detected")
                print("未配置审计锚点文件：无法发现末尾记录被删除。")
            case (let path?, nil):
                print("no audit anchor in \(path) yet: it is written at the next audited write")
                print("锚点文件 \(path) 尚未写入：下一次写操作时写入。")
            case (let path?, let anchor?):
                print("anchored in \(path) at event \(anchor.seq); the table reaches event \(result.lastSeq)")
                print("锚点（\(path)）记录到第 \(anchor.seq) 条，表中到第 \(result.lastSeq) 条。")
            }
        }
    }
}
