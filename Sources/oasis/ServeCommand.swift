import ArgumentParser
import Foundation
import Hummingbird
import Logging
import OasisCore
import OasisCredentials
import OasisServer
import OasisServices
import OasisStore
import ServiceLifecycle

/// `oasis serve`: migrate, seed on first start, and serve the web UI and APIs until SIGINT/SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Start the Oasis server (web UI and APIs).")

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Address to listen on (default 127.0.0.1; $OASIS_HOST).")
    var host: String?

    @Option(name: .long, help: "Port to listen on (default 8080; 0 picks a free port; $OASIS_PORT).")
    var port: Int?

    @Flag(
        name: [.customLong("demo"), .customLong("seed-demo")], inversion: .prefixedNo,
        help: "Seed the built-in Xinjiang demo into an empty database (default: on for the embedded SQLite store, off for PostgreSQL; $OASIS_DEMO).")
    var seedDemo: Bool?

    @Option(
        name: .customLong("trusted-proxy"),
        help: "A proxy whose X-Forwarded-For is believed: an address or CIDR block; repeat for several ($OASIS_TRUSTED_PROXIES, comma-separated).")
    var trustedProxies: [String] = []

    @Option(
        name: .customLong("public-url"),
        help: "The origin people reach Oasis at, for absolute links (https://oasis.example.gov.cn; $OASIS_PUBLIC_URL).")
    var publicURL: String?

    func run() async throws {
        let configuration = try storeOptions.resolve(
            PartialServerConfiguration(
                host: host, port: port, seedDemo: seedDemo, trustedProxies: trustedProxies.isEmpty ? nil : trustedProxies,
                publicBaseURL: publicURL
            ))
        LoggingBootstrap.once(level: configuration.logLevel, format: configuration.logFormat)
        let logger = Logger.oasis(level: configuration.logLevel)
        try await storeOptions.withStore(configuration, logger: logger, migrate: false) { store in
            var configuration = configuration
            let outcome = try await Bootstrap(store: store, configuration: configuration)
                .run(adminPassword: ProcessInfo.processInfo.environment["OASIS_ADMIN_PASSWORD"], logger: logger)
            if !outcome.migration.applied.isEmpty {
                logger.info("migrated the database", metadata: ["from": "\(outcome.migration.from)", "to": "\(outcome.migration.to)"])
            }
            if let password = outcome.oneTimeAdminPassword {
                try OneTimePasswordNotice.announce(password, database: configuration.database)
            }
            // The unknown-username decoy is made beside the start (one bcrypt, a quarter of a second at cost 12), so that the
            // first failed sign-in costs what every other does without delaying readiness.
            let decoyCost = configuration.bcryptCost
            Task { _ = try? await PasswordHasher(cost: decoyCost).decoy() }
            // A taxonomy an operator loaded earlier replaces the built-in one.
            configuration.caseTaxonomy = try await CaseService.storedTaxonomy(store)
            let host = configuration.host
            // The notification outbox is drained only when a webhook is configured; otherwise messages stay queued.
            // Cases reaching their warning time or deadline are warned or put under supervision (DeadlineWatch).
            // The lifeline module's clock (escalation, silence, retention) is started by the application beside its routes.
            let senders: [any Service] =
                [ShutdownNotice(logger: logger), DeadlineWatch(store: store, logger: logger)]
                + (configuration.notificationWebhook.map {
                    [NotificationSender(store: store, transport: WebhookTransport(url: $0), logger: logger)]
                } ?? [])
            let app = OasisApplication.build(store: store, configuration: configuration, logger: logger, services: senders) { port in
                Console.line("Oasis is listening on http://\(host):\(port) (store: \(store.location))")
            }
            do {
                try await app.runService()
            } catch {
                logger.critical("server stopped on an error", metadata: ["error": "\(error)"])
                throw CLIError("The server stopped: \(error)")
            }
        }
        logger.notice("server stopped", metadata: ["reason": "graceful shutdown (SIGTERM or SIGINT)"])
    }
}
