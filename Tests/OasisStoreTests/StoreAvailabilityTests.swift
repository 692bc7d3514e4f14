import OasisTestSupport
import Testing

@Suite("Contract suite set-up")
struct StoreAvailabilityTests {
    @Test("PostgreSQL is configured when the test command requires it")
    func postgresConfigured() {
        if TestStoreKind.postgresRequired {
            #expect(TestStoreKind.postgresURL != nil, "OASIS_REQUIRE_POSTGRES=1 but OASIS_TEST_POSTGRES_URL is not set")
        } else if TestStoreKind.postgresURL == nil {
            print("note: OASIS_TEST_POSTGRES_URL is not set; the contract suite runs on SQLite only. scripts/test runs both stores.")
        }
    }
}
