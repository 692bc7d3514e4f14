import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import OasisCore
import OasisImport
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

/// Grid management over the API on both stores: a hand-made file of three squares, cases routed to the grid that
/// holds them (worked out by hand from the squares' corners), a patrol event counted as found on patrol, and bad
/// files refused naming the feature with nothing written.
@Suite("Grid management: grids from GeoJSON, cases routed by grid, patrol events, figures per grid (both stores)")
struct GridManagementTests {
    typealias File = GridFixture

    static let grids = GridFixture.threeSquares

    static func put(_ app: Harness, _ bytes: [UInt8]) async throws -> TestResponse {
        try await app.request(.put, "/api/v1/grids", token: app.adminToken, json: String(decoding: bytes, as: UTF8.self))
    }

    static func report(_ app: Harness, _ lon: Double, _ lat: Double, path: String = "/api/v1/cases", token: String) async throws -> TestResponse {
        try await app.request(
            .post, path, token: token, json: #"{"category": "C0101", "description": "井盖缺失", "longitude": \#(lon), "latitude": \#(lat)}"#)
    }

    static func metrics(_ app: Harness) async throws -> [String: [String: Int]] {
        let items = try #require(try await app.request(.get, "/api/v1/grids/metrics", token: app.adminToken).json()["items"] as? [[String: Any]])
        var byGrid: [String: [String: Int]] = [:]
        for item in items {
            let grid = try #require(item["grid"] as? String)
            byGrid[grid] = Dictionary(uniqueKeysWithValues: ["patrol", "citizen", "closed", "closedOnTime"].map { ($0, item[$0] as? Int ?? -1) })
        }
        return byGrid
    }

    @Test(
        "cases go to the square that holds them; a patrol event is routed by grid and counted as patrol; closures per grid",
        arguments: TestStoreKind.available)
    func routedByGrid(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let imported = try await Self.put(app, Self.grids)
            #expect(imported.status == .ok)
            #expect(try imported.json()["codes"] as? [String] == ["G1", "G2", "G3"])
            let expected: [(Double, Double, String?)] = [
                (87.605, 43.805, "G1"), (87.615, 43.805, "G2"), (87.605, 43.815, "G3"), (87.615, 43.815, nil),
            ]
            var ids: [String: Int64] = [:]
            for (lon, lat, grid) in expected {
                let answer = try await Self.report(app, lon, lat, token: app.adminToken)
                #expect(answer.status == .created)
                #expect(try answer.json()["grid"] as? String == grid, "\(lon), \(lat)")
                if let grid, let id = try answer.json()["id"] as? Int { ids[grid] = Int64(id) }
            }

            let worker = try await AccountLifecycleAPITests.account(app, "wangwei", .dispatcher)
            #expect(try await Self.report(app, 87.615, 43.805, path: "/api/v1/patrol-events", token: worker.token).status == .forbidden)
            let assigned = try await app.request(.put, "/api/v1/grids/G2/workers/wangwei", token: app.adminToken)
            #expect(assigned.status == .ok)
            #expect(try assigned.json()["grid"] as? String == "G2")
            #expect(try await app.request(.put, "/api/v1/grids/G9/workers/wangwei", token: app.adminToken).status == .notFound)
            #expect(try await app.request(.put, "/api/v1/grids/G2/workers/wangwei", token: app.analystToken).status == .forbidden)
            let patrol = try await Self.report(app, 87.6125, 43.8075, path: "/api/v1/patrol-events", token: worker.token)
            #expect(patrol.status == .created)
            #expect(try patrol.json()["channel"] as? String == "patrol")
            #expect(try patrol.json()["grid"] as? String == "G2")
            let outside = try await Self.report(app, 87.605, 43.805, path: "/api/v1/patrol-events", token: worker.token)
            #expect(outside.status == .badRequest)
            #expect(try outside.errorCode() == "patrol_outside_grid")
            #expect(try outside.errorDetails().first?["field"] as? String == "location")
            // Claiming the patrol channel on the general route is refused: only grid workers' events count as found on patrol.
            let claimed = try await app.request(
                .post, "/api/v1/cases", token: app.adminToken,
                json: #"{"category": "C0101", "description": "井盖缺失", "channel": "patrol", "longitude": 87.6125, "latitude": 43.8075}"#)
            #expect(claimed.status == .badRequest)
            #expect(try claimed.errorCode() == "case_channel_patrol")
            #expect(try claimed.errorDetails().first?["field"] as? String == "channel")

            // G1's case closed before its deadline, G3's after it; G2's stay open.
            let start = Date(timeIntervalSince1970: 1_778_407_200)
            for (grid, hours) in [("G1", 2.0), ("G3", 30.0)] {
                _ = try await app.store.cases.update(try #require(ids[grid]), by: .system) { before in
                    var after = before
                    after.workflow.status = .closed
                    after.workflow.closure = .resolved
                    after.dispatchedAt = start
                    after.deadlines = CaseDeadlines(respondBy: start + 3600, resolveBy: start + 24 * 3600, warnAt: start + 20 * 3600)
                    after.closedAt = start + hours * 3600
                    return CaseRepository.Change(after: after, event: "close", detail: "")
                }
            }
            #expect(
                try await Self.metrics(app) == [
                    "G1": ["patrol": 0, "citizen": 1, "closed": 1, "closedOnTime": 1],
                    "G2": ["patrol": 1, "citizen": 1, "closed": 0, "closedOnTime": 0],
                    "G3": ["patrol": 0, "citizen": 1, "closed": 1, "closedOnTime": 0],
                ])
            let actions = try await app.store.database.query("SELECT action FROM audit_events WHERE entity_type = 'grid' ORDER BY seq", [])
                .map { try $0.string("action") }
            #expect(actions == ["grid.import", "grid.worker.assign"])
            let page = try await app.request(.get, "/grids?lang=en", token: app.adminToken)
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg") && page.text.contains("data-code=\"G2\"") && page.text.contains("wangwei"))
        }
    }

    @Test(
        "a bow-tie polygon, an unclosed ring and a missing code are refused naming the feature; nothing is written",
        arguments: TestStoreKind.available)
    func badFilesRefused(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let files: [([UInt8], String)] = [
                (
                    File.file(File.feature(#"{"code": "G1"}"#, File.square(87.60, 43.80)), File.feature(#"{"code": "BT"}"#, File.bowTie)),
                    "$.features[1].geometry.coordinates[0]"
                ),
                (File.file(File.feature(#"{"code": "UC"}"#, File.unclosed)), "$.features[0].geometry.coordinates[0]"),
                (File.file(File.feature(#"{"name": "x"}"#, File.square(87.60, 43.80))), "$.features[0].properties.code"),
            ]
            for (bytes, field) in files {
                let refused = try await Self.put(app, bytes)
                #expect(refused.status == .badRequest)
                #expect(try refused.errorCode() == "grid_file_invalid")
                #expect(try refused.errorDetails().map { $0["field"] as? String } == [field])
            }
            let listed = try await app.request(.get, "/api/v1/grids", token: app.adminToken).json()["items"] as? [Any]
            #expect(listed?.count == 0)
            #expect(try await app.store.grids.all().isEmpty, "nothing half-written")
            let audited = try await app.store.database.first("SELECT COUNT(*) AS n FROM audit_events WHERE entity_type = 'grid'")?.int("n")
            #expect(audited == 0)
            // The case a citizen reports meanwhile has no grid.
            #expect(try await Self.report(app, 87.605, 43.805, token: app.adminToken).json()["grid"] == nil)
        }
    }

    @Test("a historical import puts each case with a location in the square that holds it, as intake does", arguments: TestStoreKind.available)
    func historicalImport(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            #expect(try await Self.put(app, Self.grids).status == .ok)
            let mapping = CaseImportMapping(
                name: "grid-test", externalID: "id",
                createdAt: CaseImportTimeColumn(column: "created", format: "yyyy-MM-dd HH:mm:ss", timeZone: "Asia/Shanghai"),
                category: CaseImportValueMap(column: "type", values: ["井盖": "C0101"], unmapped: .refuse),
                description: "text", latitude: "lat", longitude: "lon")
            // The same points as the intake test above: G1, G2, none of the squares, and a case without a location.
            let csv = """
                id,created,type,text,lat,lon
                H1,2026-05-01 09:00:00,井盖,井盖缺失,43.805,87.605
                H2,2026-05-01 09:10:00,井盖,井盖缺失,43.805,87.615
                H3,2026-05-01 09:20:00,井盖,井盖缺失,43.815,87.615
                H4,2026-05-01 09:30:00,井盖,井盖缺失,,

                """
            let outcome = try await CaseService(store: app.store).importHistorical(
                csv: Array(csv.utf8), mapping: mapping, fileName: "grid.csv", acceptValid: false, by: .system)
            #expect(outcome.written == 4)
            let cases = try await app.store.cases.list(CaseQuery(), for: .system).items
            let grids = Dictionary(uniqueKeysWithValues: cases.compactMap { item in item.externalID.map { ($0, item.grid ?? "-") } })
            #expect(grids == ["H1": "G1", "H2": "G2", "H3": "-", "H4": "-"])
        }
    }

    @Test("a server's grids follow another process's import through the shared-data generation", arguments: TestStoreKind.available)
    func watcherReloads(kind: TestStoreKind) async throws {
        try await TestStore.with(kind) { store in
            _ = try await Bootstrap.seedXinjiang(into: store)
            let box = GridBox()
            let watcher = SharedDataWatcher(
                store: store, calendars: CalendarBox(), taxonomy: CaseTaxonomyBox(.builtIn), grids: box, logger: .init(label: "test"))
            _ = try await watcher.check()
            #expect(try await box.current(store).isEmpty)
            try await store.grids.save(try GridGeoJSONReader.read(Self.grids), by: .system)
            #expect(try await watcher.check() == [.grids])
            #expect(try await box.current(store).locate(GeoPoint(longitude: 87.615, latitude: 43.805)) == "G2")
        }
    }
}
