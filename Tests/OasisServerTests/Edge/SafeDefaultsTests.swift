import OasisCore
import OasisServer
import OasisServices
import Testing

@Suite("Safe defaults: no demo on PostgreSQL unless asked; proxies, public URL and intake limit from every source")
struct SafeDefaultsTests {
    static func resolve(_ environment: [String: String], flags: PartialServerConfiguration = .init()) throws -> ServerConfiguration {
        try ServerConfiguration.resolve(flags: flags, environment: environment, configFile: nil)
    }

    @Test("the demo is seeded on the embedded store and not on PostgreSQL, unless a flag or OASIS_DEMO says otherwise")
    func demoDefault() throws {
        let postgres = "postgres://oasis:x@127.0.0.1:5432/oasis"
        #expect(try Self.resolve([:]).seedsDemo)
        #expect(try !Self.resolve(["OASIS_DATABASE_URL": postgres]).seedsDemo)
        #expect(try Self.resolve(["OASIS_DATABASE_URL": postgres, "OASIS_DEMO": "true"]).seedsDemo)
        #expect(try Self.resolve(["OASIS_DATABASE_URL": postgres, "OASIS_SEED_DEMO": "yes"]).seedsDemo)
        #expect(try !Self.resolve(["OASIS_DEMO": "false"]).seedsDemo)
        #expect(try Self.resolve(["OASIS_DATABASE_URL": postgres], flags: PartialServerConfiguration(seedDemo: true)).seedsDemo)
        #expect(throws: OasisError.self) { try Self.resolve(["OASIS_DEMO": "maybe"]) }
    }

    @Test("trusted proxies, the public URL and the intake limit are read from the environment and checked")
    func edgeSettings() throws {
        let configuration = try Self.resolve([
            "OASIS_TRUSTED_PROXIES": "10.0.0.0/8, ::1", "OASIS_PUBLIC_URL": "https://oasis.example.gov.cn/", "OASIS_INTAKE_POSTS_PER_MINUTE": "0",
        ])
        #expect(configuration.trustedProxies.map(\.description) == ["10.0.0.0/8", "::1"])
        #expect(configuration.publicBaseURL == "https://oasis.example.gov.cn")
        #expect(configuration.intakePostsPerMinute == 0)
        #expect(try Self.resolve([:]).trustedProxies.isEmpty)
        #expect(throws: OasisError.self) { try Self.resolve(["OASIS_TRUSTED_PROXIES": "10.0.0.0/40"]) }
        #expect(throws: OasisError.self) { try Self.resolve(["OASIS_INTAKE_POSTS_PER_MINUTE": "-1"]) }
    }
}
