import Logging
import ArgumentParser
import OasisServer
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
            } else {
                print("audit chain BROKEN: \(result.problems.count) problem(s) in \(result.eventCount) events")
                print("审计哈希链已被破坏：")
                for problem in result.problems { print("  - \(problem)") }
                throw ExitCode.failure
            }
        }
    }
}
