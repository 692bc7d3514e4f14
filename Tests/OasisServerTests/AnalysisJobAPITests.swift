import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OasisCore
import OasisOSM
import OasisRouting
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import Testing

@Suite("Analyses from the web: upload a network, run the analyses in the background, follow the progress stream")
struct AnalysisJobAPITests {
    /// `AccessAnalysisFixture`'s four corners (87.600–87.606 E, 43.78 N) as OSM footways: about 160.6 m apart
    /// (0.002° of longitude at 43.78° N on the 6,371 km sphere), so the corners lie 0, 160.6, 321.2 and 481.8 m from
    /// corner 0.
    static let street = """
        <?xml version="1.0" encoding="UTF-8"?>
        <osm version="0.6" generator="test">
          <node id="1" lat="43.78" lon="87.600"/>
          <node id="2" lat="43.78" lon="87.602"/>
          <node id="3" lat="43.78" lon="87.604"/>
          <node id="4" lat="43.78" lon="87.606"/>
          <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="footway"/></way>
          <way id="11"><nd ref="2"/><nd ref="3"/><tag k="highway" v="footway"/></way>
          <way id="12"><nd ref="3"/><nd ref="4"/><tag k="highway" v="footway"/></way>
        </osm>
        """

    static func post(_ app: Harness, _ query: String, _ body: [UInt8], token: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/octet-stream"]
        headers[.authorization] = "Bearer \(token ?? app.adminToken)"
        return try await app.client.execute(uri: "/api/v1/analysis-jobs?\(query)", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    /// Follows a job's progress stream to its `end` event; the events' names in order and the ended job.
    static func follow(_ app: Harness, job: Int) async throws -> (events: [String], end: [String: Any]) {
        let port = try #require(app.client.port)
        var result: (events: [String], end: [String: Any]) = ([], [:])
        try await EventStreamReader.with(
            port: port, path: "/api/v1/analysis-jobs/\(job)/events", headers: ["Authorization": "Bearer \(app.adminToken)"], limit: .seconds(120)
        ) { stream in
            try await stream.read(after: "event: end\ndata: {", until: "}\n\n")
            result = (
                stream.text.matches(of: /event: ([a-z]+)\n/).map { String($0.output.1) },
                try stream.data(of: "end")
            )
        }
        return result
    }

    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("oasis-analysis-\(UUID().uuidString)")
    }

    @Test(
        "a network uploaded for a city runs both analyses; the stream ends with the job; the page shows the hand-worked figures and each shelter's reach",
        arguments: TestStoreKind.available)
    func runsFromTheWeb(kind: TestStoreKind) async throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Harness.run(kind, configure: { $0.analysisFolder = folder.path }, live: true) { app in
            try await AccessAnalysisFixture.seed(into: app.store)
            let created = try await Self.post(app, "region=650100&period=2026&fileName=street.osm", Array(Self.street.utf8))
            #expect(created.status == .accepted, "\(created.text)")
            let job = try #require(try created.json()["id"] as? Int)
            #expect(try created.json()["analyses"] as? [String] == ["access", "shelters", "isochrones", "communities"])
            let (events, end) = try await Self.follow(app, job: job)
            #expect(events.last == "end" && events.filter { $0 == "end" }.count == 1, "\(events) \(end)")
            #expect(end["state"] as? String == "succeeded", "\(end)")
            #expect(end["recorded"] as? [String] == ["access", "shelters", "isochrones", "communities"])
            let result = try #require(end["result"] as? [String: Any])
            #expect((result["network"] as? [String: Any])?["nodes"] as? Int == 4)
            let shelters = try #require((result["shelters"] as? [String: Any])?["shelters"] as? [[String: Any]])
            // The emergency shelter at corner 0 reaches 500 m: every corner, so all 800 residents of Urumqi's districts (the 50
            // without a region lie in no region the job reads).
            #expect(shelters.count == 1 && shelters.first?["populationWithinRadius"] as? Double == 800, "\(shelters)")
            #expect(shelters.first?["capacity"] as? Double == 1600)
            // Its service area (500 m, emergency class): every corner is within 481.8 m, so the area spans the whole street,
            // 87.600–87.606 E (the hull of points on one line is the line).
            let areas = try #require(result["isochrones"] as? [[String: Any]])
            let ring = try #require(areas.first?["ring"] as? [[Double]])
            #expect(areas.count == 1 && areas.first?["metres"] as? Double == 500)
            #expect(ring.map { $0[0] }.min() == 87.600 && ring.map { $0[0] }.max() == 87.606, "\(ring)")

            let page = try await app.request(
                .get, "/living-circles?region=650100&lang=en", headers: [.authorization: "Bearer \(app.adminToken)", .accept: "text/html"])
            #expect(page.status == .ok)
            // Kindergarten at corner 0 within 300 m: corners 0 and 1. Tianshan 100 of 400 = 25.0 %; Saybag 200 of 400 = 50.0 %;
            // Urumqi 300 of 800 = 37.5 %. U22: 800 m² for 400 residents of Tianshan (2.00), of Urumqi's 800 (1.00).
            for figure in ["37.5 %", "25.0 %", "50.0 %", "2.00 m²/person", "1.00 m²/person"] {
                #expect(page.text.contains("<td class=\"num\">\(figure)</td>"), "\(figure)")
            }
            // 1,600 persons of capacity for 800 within reach.
            #expect(page.text.contains("<td class=\"num\">800</td><td class=\"num\">2.00</td>"))
            #expect(page.text.contains("id=\"analysis-job-list\""))
            // The streets beneath: 0–1 and 1–2 within 5 minutes of the kindergarten at corner 0 (from their nearer ends, 0 and
            // 160.6 m at 60 m/min), 2–3 within 10 (321.2 m, 5.4 min): two colour bands; the map has a viewport to zoom.
            #expect(page.text.contains("<svg class=\"map-viewport\""))
            #expect(page.text.contains("fill=\"#e67e2233\"") && page.text.contains("s walking service area</text>"))
            #expect(page.text.contains("id=\"streets-note\""))
            let bands = try #require(page.text.range(of: #"<g class="valued-lines">(.*?)</g>"#, options: .regularExpression))
            #expect(page.text[bands].components(separatedBy: "<path ").count - 1 == 2, "\(page.text[bands])")
            #expect(page.text[bands].components(separatedBy: " M").count + page.text[bands].components(separatedBy: "d=\"M").count - 2 == 3)
            // No clinic anywhere: every street is beyond the search.
            let clinic = try await app.request(
                .get, "/living-circles?region=650100&map=clinic&lang=en", headers: [.authorization: "Bearer \(app.adminToken)", .accept: "text/html"])
            let beyond = try #require(clinic.text.range(of: #"<g class="valued-lines">(.*?)</g>"#, options: .regularExpression))
            #expect(clinic.text[beyond].contains("stroke=\"#f2c6b4\"") && clinic.text[beyond].components(separatedBy: "<path ").count == 2)
            #expect(clinic.text.contains("<option value=\"clinic\" selected>"))
            #expect(page.text.contains("data-job=\"\(job)\" data-state=\"succeeded\""))
            #expect(page.text.contains("<progress max=\"100\" value=\"100\""))
            for language in ["zh-Hans", "ug"] {
                let other = try await app.request(
                    .get, "/living-circles?region=650100&lang=\(language)",
                    headers: [.authorization: "Bearer \(app.adminToken)", .accept: "text/html"])
                let missing = other.text.range(of: #"\[[a-z]+_[a-z_]+\]"#, options: .regularExpression)
                #expect(missing == nil, "a missing message in \(language)")
            }
            // The health-check report of Tianshan lists its shelter with the residents within reach.
            let report = try await app.request(
                .get, "/evaluation/650102/report?period=2026&lang=en", headers: [.authorization: "Bearer \(app.adminToken)", .accept: "text/html"])
            #expect(report.status == .ok)
            #expect(report.text.contains("<section id=\"shelter-reach\"><h2>Shelters: residents within walking reach (analysis for 2026)</h2>"))
            #expect(report.text.contains("<th scope=\"col\">Name</th><th scope=\"col\">Region code</th><th scope=\"col\">Capacity (persons)</th>"))
            #expect(
                report.text.contains(
                    "<td translate=\"no\">Square</td><td>650102</td><td class=\"num\">1,600</td><td class=\"num\">800</td><td class=\"num\">2.00</td>"
                ))
            let listed = try await app.request(.get, "/api/v1/analysis-jobs?region=650100", token: app.adminToken)
            #expect(((try listed.json()["items"] as? [[String: Any]])?.first?["id"] as? Int) == job)
        }
    }

    @Test("one job per city: an active job of a district refuses one for its city (409) until cancelled; bad requests are refused and leave nothing")
    func refusals() async throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Harness.run(
            .sqlite,
            configure: {
                $0.analysisFolder = folder.path
                $0.analysisNetworkMaxBytes = 1_000
            }, live: true
        ) { app in
            try await AccessAnalysisFixture.seed(into: app.store)
            let waiting = try await app.store.analysisJobs.create(
                AnalysisJob(
                    region: "650102", period: 2026, analyses: ["access"],
                    network: AnalysisJobNetwork(file: "x.osm", name: "x.osm", bytes: 1, sha256: "x"),
                    createdByID: nil, createdBy: "system", createdAt: Date()), by: .system)
            let small = Array(Self.street.utf8.prefix(900))
            let busy = try await Self.post(app, "region=650100&period=2026&fileName=street.osm", small)
            #expect(try busy.status == .conflict && busy.errorCode() == "analysis_job_running", "\(busy.text)")
            // Its stream shows it queued, then ends when it is cancelled.
            let port = try #require(app.client.port)
            try await EventStreamReader.with(
                port: port, path: "/api/v1/analysis-jobs/\(waiting.id)/events", headers: ["Authorization": "Bearer \(app.adminToken)"]
            ) { stream in
                try await stream.read(after: "event: progress\ndata: {", until: "}\n\n")
                #expect(try stream.data(of: "progress")["state"] as? String == "queued")
                let cancelled = try await app.request(.post, "/api/v1/analysis-jobs/\(waiting.id)/cancel", token: app.adminToken)
                #expect(try cancelled.status == .ok && cancelled.json()["state"] as? String == "cancelled")
                try await stream.read(after: "event: end\ndata: {", until: "}\n\n")
                #expect(try stream.data(of: "end")["state"] as? String == "cancelled")
            }
            let again = try await app.request(.post, "/api/v1/analysis-jobs/\(waiting.id)/cancel", token: app.adminToken)
            #expect(try again.status == .ok && again.json()["state"] as? String == "cancelled")
            #expect(try await app.request(.post, "/api/v1/analysis-jobs/999/cancel", token: app.adminToken).status == .notFound)
            let audited = try await app.store.audit.recent(limit: 50, for: .system).map(\.action)
            #expect(audited.contains("analysis.job_created") && audited.contains("analysis.job_cancelled"))

            let cases: [(String, [UInt8], HTTPResponse.Status, String)] = [
                ("period=2026&fileName=street.osm", small, .badRequest, "region_required"),
                ("region=650100&fileName=street.osm", small, .badRequest, "period_required"),
                ("region=650100&period=1066&fileName=street.osm", small, .badRequest, "period_invalid"),
                ("region=650100&period=2026&analyses=access,traffic&fileName=street.osm", small, .badRequest, "analysis_unknown"),
                ("region=650100&period=2026&fileName=street.txt", small, .unsupportedMediaType, "analysis_network_format"),
                ("region=650100&period=2026&fileName=street.osm", [], .badRequest, "analysis_network_empty"),
                (
                    "region=650100&period=2026&fileName=street.osm", Array(repeating: 0x20, count: 2_000), .contentTooLarge,
                    "analysis_network_too_large"
                ),
                ("region=990000&period=2026&fileName=street.osm", small, .notFound, "not_found"),
            ]
            for (query, body, status, code) in cases {
                let refused = try await Self.post(app, query, body)
                #expect(try refused.status == status && refused.errorCode() == code, "\(query): \(refused.text)")
            }
            // A refused stream answers JSON, and /openapi.json says so (schemathesis found a 400 documented as an event stream).
            let bent = try await app.request(.get, "/api/v1/analysis-jobs/%2A%5C/events", token: app.adminToken)
            #expect(bent.status == .badRequest && bent.headers[.contentType]?.hasPrefix("application/json") == true)
            let document = try #require(
                try JSONSerialization.jsonObject(with: Data(try await app.request(.get, "/openapi.json").body.readableBytesView)) as? [String: Any])
            let stream = ((document["paths"] as? [String: Any])?["/api/v1/analysis-jobs/{id}/events"] as? [String: Any])?["get"] as? [String: Any]
            let badRequest = (stream?["responses"] as? [String: Any])?["400"] as? [String: Any]
            #expect((badRequest?["content"] as? [String: Any])?["application/json"] != nil, "\(String(describing: badRequest))")
            let nobody = try await app.client.execute(
                uri: "/api/v1/analysis-jobs?region=650100&period=2026", method: .post, headers: [.contentType: "application/octet-stream"],
                body: ByteBuffer(bytes: small))
            #expect(nobody.status == .unauthorized)
            // Nothing half-written: no job beyond the cancelled one, no file left in the folder.
            #expect(try await app.store.analysisJobs.list(region: "650000").map(\.id) == [waiting.id])
            let left = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            #expect(left.isEmpty, "\(left)")

            // A file that is not OSM: the job fails with the reader's reason and records nothing.
            let broken = try await Self.post(app, "region=650100&period=2026&fileName=broken.osm.pbf", Array("not a protobuf".utf8))
            #expect(broken.status == .accepted)
            let (_, end) = try await Self.follow(app, job: try #require(try broken.json()["id"] as? Int))
            #expect(end["state"] as? String == "failed")
            #expect((end["message"] as? String ?? "").contains("could not be read"), "\(end)")
            #expect(try await app.store.analysisResults.figures(indicators: ["P04", "U22"]).isEmpty)
        }
    }

    @Test("without JavaScript the page's form sends the file (multipart, with the CSRF token); a refused form shows why on the page")
    func formWithoutScript() async throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Harness.run(.sqlite, configure: { $0.analysisFolder = folder.path }, live: true) { app in
            try await AccessAnalysisFixture.seed(into: app.store)
            let session = try await app.browserSession()
            func send(_ fields: [(String, String)], file: String?, csrf: String? = nil) async throws -> TestResponse {
                let boundary = "oasis-form-boundary"
                let body = PhotoSamples.multipart(
                    boundary: boundary, fields: [("csrf", csrf ?? session.csrf)] + fields,
                    files: file.map { [(field: "network", fileName: $0, contentType: "application/octet-stream", bytes: Array(Self.street.utf8))] }
                        ?? [])
                return try await app.client.execute(
                    uri: "/living-circles/analyses?region=650100", method: .post,
                    headers: [.cookie: session.cookies, .accept: "text/html", .contentType: "multipart/form-data; boundary=\(boundary)"],
                    body: ByteBuffer(bytes: body))
            }
            let forged = try await send([("period", "2026")], file: "street.osm", csrf: "forged")
            #expect(forged.status == .forbidden)
            let refused = try await send([("period", "20x6"), ("analyses", "access")], file: "street.osm")
            #expect(refused.status == .badRequest)
            #expect(
                refused.text.contains("id=\"analysis-problem\"") && refused.text.contains("period: a year such as 2026"),
                "\(refused.text.prefix(300))")
            let started = try await send([("period", "2026"), ("analyses", "access"), ("analyses", "shelters")], file: "street.osm")
            #expect(started.status == .found)
            #expect(started.headers[.location] == "/living-circles?region=650100#analysis-jobs")
            let job = try #require(try await app.store.analysisJobs.list(region: "650100").first)
            #expect(job.analyses == ["access", "shelters"] && job.createdBy == "admin")
            let (_, end) = try await Self.follow(app, job: Int(job.id))
            #expect(end["state"] as? String == "succeeded", "\(end)")
            // The page's script sends the file to the API with the session and the page's token instead.
            let scripted = try await app.client.execute(
                uri: "/api/v1/analysis-jobs?region=650100&period=2027&analyses=access&fileName=street.osm", method: .post,
                headers: [.cookie: session.cookies, .contentType: "application/octet-stream", HTTPField.Name("X-CSRF-Token")!: session.csrf],
                body: ByteBuffer(string: Self.street))
            #expect(scripted.status == .accepted, "\(scripted.text)")
            let (_, second) = try await Self.follow(app, job: try #require(try scripted.json()["id"] as? Int))
            #expect(second["state"] as? String == "succeeded")
        }
    }

    @Test("an artefact of oasis network build is used as it is; a damaged one fails the job with the reason")
    func artefactUpload() async throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let osm = folder.appendingPathComponent("street.osm")
        try Self.street.write(to: osm, atomically: true, encoding: .utf8)
        let built = folder.appendingPathComponent("street.oasisnet")
        try NetworkArtefactBuilder().build(file: osm).write(to: built)
        let bytes = Array(try Data(contentsOf: built))
        try await Harness.run(.sqlite, configure: { $0.analysisFolder = folder.appendingPathComponent("jobs").path }, live: true) { app in
            try await AccessAnalysisFixture.seed(into: app.store)
            let created = try await Self.post(app, "region=650100&period=2026&analyses=access&fileName=street.oasisnet", bytes)
            #expect(created.status == .accepted, "\(created.text)")
            let (_, end) = try await Self.follow(app, job: try #require(try created.json()["id"] as? Int))
            #expect(end["state"] as? String == "succeeded", "\(end)")
            let p04 = try await app.store.analysisResults.figures(indicators: ["P04"]).first { $0.region == "650102" }
            #expect(p04?.numerator == 100 && p04?.denominator == 400)
            var damaged = bytes
            damaged.removeLast(bytes.count / 2)
            let broken = try await Self.post(app, "region=650100&period=2026&fileName=broken.oasisnet", damaged)
            let (_, failed) = try await Self.follow(app, job: try #require(try broken.json()["id"] as? Int))
            #expect(failed["state"] as? String == "failed")
            #expect((failed["message"] as? String ?? "").contains("network artefact broken.oasisnet could not be read"), "\(failed)")
        }
    }

    @Test(
        "the Helsinki extract from the web records what the command line's service records on the same network",
        .enabled(if: SharedData.runs("osm/helsinki_center.osm.pbf"), Comment(rawValue: SharedData.skipReason("osm/helsinki_center.osm.pbf"))))
    func helsinki() async throws {
        let pbf = try SharedData.require("osm/helsinki_center.osm.pbf")
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Harness.run(.sqlite, configure: { $0.analysisFolder = folder.path }, live: true) { app in
            // Homes around Helsinki's centre, in two districts (the codes are the test's, the places Helsinki's).
            let places: [(Double, Double, String, Double)] = [
                (24.9414, 60.1699, "650102", 120), (24.9458, 60.1675, "650102", 80), (24.9352, 60.1640, "650103", 200),
                (24.9520, 60.1710, "650103", 60), (24.9300, 60.1690, "650102", 150),
            ]
            let homes = places.enumerated().map { index, place in
                SpatialFeature(
                    layer: .residences, externalID: "h\(index)", region: place.2, kind: "building", name: "Home \(index)",
                    geometry: .point(GeoPoint(longitude: place.0, latitude: place.1)), population: place.3)
            }
            try await app.store.spatialFeatures.replace(layer: .residences, source: "test", region: nil, with: homes, by: .system)
            let created = try await Self.post(
                app, "region=650100&period=2025&analyses=access&fileName=helsinki_center.osm.pbf", Array(try Data(contentsOf: pbf)))
            #expect(created.status == .accepted, "\(created.text)")
            let (events, end) = try await Self.follow(app, job: try #require(try created.json()["id"] as? Int))
            #expect(end["state"] as? String == "succeeded", "\(end)")
            #expect(events.last == "end", "\(events)")
            let web = try await app.store.analysisResults.figures(indicators: AccessIndicator.all.map(\.code))

            // The command line's path on the same file: the same figures.
            let artefact = try NetworkArtefactBuilder().build(file: pbf)
            let service = AccessAnalysisService(store: app.store)
            let inputs = try await service.inputs(region: "650100", by: .system)
            let cli = service.access(
                inputs, network: artefact.accessNetwork(), sources: artefact.sourcesByType, standard: AccessStandards.builtIn.livingCircle,
                period: 2025)
            #expect(!web.isEmpty)
            #expect(
                Set(web.map { "\($0.region) \($0.indicator) \($0.numerator)/\($0.denominator)" })
                    == Set(cli.figures.map { "\($0.region) \($0.indicator) \($0.numerator)/\($0.denominator)" }))
            let page = try await app.request(
                .get, "/living-circles?region=650100&lang=en", headers: [.authorization: "Bearer \(app.adminToken)", .accept: "text/html"])
            #expect(page.text.contains("id=\"living-figures\""))
            #expect(page.text.contains("<td class=\"num\">2025</td>"))
        }
    }
}

@Suite("Analyses from the web with an operator's standards file")
struct AnalysisJobStandardsTests {
    @Test("the 5-minute tier edited to 150 m changes what the web's job records; a file that is not a standards file stops the configuration")
    func standardsFile() async throws {
        let folder = AnalysisJobAPITests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var document = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(AccessStandards.builtIn)) as? [String: Any])
        var living = try #require(document["livingCircle"] as? [String: Any])
        var tiers = try #require(living["tiers"] as? [[String: Any]])
        tiers[0]["distance"] = 150
        living["tiers"] = tiers
        document["livingCircle"] = living
        // Emergency shelters at 1 m² a person instead of 0.5 m².
        var classes = try #require(document["shelterClasses"] as? [[String: Any]])
        for index in classes.indices where classes[index]["name"] as? String == "emergency" { classes[index]["perCapitaArea"] = 1.0 }
        document["shelterClasses"] = classes
        let file = folder.appendingPathComponent("standards.json")
        try JSONSerialization.data(withJSONObject: document).write(to: file)
        let environment = ["OASIS_ANALYSIS_STANDARDS": file.path]
        var configuration = ServerConfiguration()
        try configuration.apply(PartialServerConfiguration(environment: environment))
        #expect(configuration.accessStandards.livingCircle.distance(ofTier: 0) == 150)
        let bad = folder.appendingPathComponent("bad.json")
        try Data(#"{"version": 1, "livingCircle": {}}"#.utf8).write(to: bad)
        var refused = ServerConfiguration()
        #expect(throws: OasisError.self) { try refused.apply(PartialServerConfiguration(environment: ["OASIS_ANALYSIS_STANDARDS": bad.path])) }

        let standards = configuration.accessStandards
        try await Harness.run(
            .sqlite,
            configure: {
                $0.accessStandards = standards
                $0.analysisFolder = folder.path
            }, live: true
        ) { app in
            try await AccessAnalysisFixture.seed(into: app.store)
            let created = try await AnalysisJobAPITests.post(
                app, "region=650100&period=2026&analyses=access&fileName=street.osm", Array(AnalysisJobAPITests.street.utf8))
            let (_, end) = try await AnalysisJobAPITests.follow(app, job: try #require(try created.json()["id"] as? Int))
            #expect(end["state"] as? String == "succeeded", "\(end)")
            let p04 = try await app.store.analysisResults.figures(indicators: ["P04"])
            // Within 150 m of the kindergarten at corner 0: corner 0 only. Tianshan 100 of 400; Saybag, at corners 1 and 3,
            // none of its 400 (50 % with the built-in 300 m).
            #expect(p04.first { $0.region == "650102" }.map { [$0.numerator, $0.denominator] } == [100, 400])
            #expect(p04.first { $0.region == "650103" }.map { [$0.numerator, $0.denominator] } == [0, 400])
            // The page's shelter table reads the same classes: the 800 m² square holds 800 people, not 1,600.
            let page = try await app.request(
                .get, "/living-circles?region=650100&lang=en", headers: [.authorization: "Bearer \(app.adminToken)", .accept: "text/html"])
            #expect(page.text.contains("<td class=\"num\">800</td><td class=\"num\">1.00</td><td class=\"num\">800</td>"))
        }
    }
}
