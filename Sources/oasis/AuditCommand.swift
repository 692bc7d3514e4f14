import ArgumentParser
import Logging
import OasisCore
import OasisServices
import OasisStore

/// `oasis audit verify`: check the hash chain of the audit log.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Inspect the audit log.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Detect changed, removed or reordered audit events (exit status 1 if any).")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let result = try await storeOptions.withStore(migrate: false) { store in try await store.audit.verify() }
            let languages = languageOptions.language.map { [$0] } ?? [.en, .zhHans]
            try output.emit(AuditVerificationView(result, showingAnchorPath: true)) { Self.text(result, in: languages).joined(separator: "\n") }
            // Like osmium check-refs, a check that finds a problem exits 1.
            if !result.isIntact { try ExitStatus.failure.conclude() }
        }

        /// The verdict in each language (English and Chinese by default), with every problem and where the chain's
        /// head is anchored.
        static func text(_ result: AuditVerification, in languages: [Language]) -> [String] {
            func each(_ key: MessageKey, _ arguments: String...) -> [String] {
                languages.map { MessageCatalogue.standard.text(key, $0, arguments: arguments) }
            }
            guard result.isIntact else {
                var lines = each("cli_audit_broken", String(result.problems.count), String(result.eventCount))
                if result.missingAtEnd > 0, let anchor = result.anchor {
                    lines += each("cli_audit_truncated", String(anchor.seq), String(result.lastSeq), String(result.missingAtEnd))
                }
                return lines + result.problems.map { "  - \($0)" }
            }
            let intact = each("cli_audit_intact", String(result.eventCount), result.headHash)
            switch (result.anchorPath, result.anchor) {
            case (nil, _): return intact + each("cli_audit_no_anchor")
            case (let path?, nil): return intact + each("cli_audit_anchor_pending", path)
            case (let path?, let anchor?): return intact + each("cli_audit_anchored", path, String(anchor.seq), String(result.lastSeq))
            }
        }
    }
}
