import Foundation
import HTTPTypes
import HummingbirdTesting
import OasisCore
import OasisServer
import OasisServices
import OasisStore
import OasisTestSupport
import PropertyBased
import Testing

/// Issue 12, item 1: extreme and random numbers through every writer. Each answer is the one the field's
/// `NumericDomain` predicts — stored (2xx) when the value is in the domain, refused (400, naming the field) when
/// it is not — never a 500; and afterwards every reader still answers.
@Suite("Writers of numbers: extreme and random values are stored when in their domain and refused otherwise, never a 500")
struct NumericWriterPropertyTests {
    /// A project field that takes a number, with its domain and how the value enters the JSON.
    struct ProjectField: Sendable {
        let name: String
        let domain: NumericDomain
        let json: @Sendable (String) -> String
    }

    static let projectFields: [ProjectField] = [
        .init(name: "budget.fiscal", domain: .money) { #""budget": {"fiscal": \#($0)}"# },
        .init(name: "plannedInvestment.2026", domain: .money) { #""plannedInvestment": {"2026": \#($0)}"# },
        .init(name: "actualInvestment.2026", domain: .money) { #""actualInvestment": {"2026": \#($0)}"# },
        .init(name: "maximumHeightMeters", domain: .buildingHeight) { #""maximumHeightMeters": \#($0)"# },
        .init(name: "progress", domain: .percentage) { #""progress": \#($0)"# },
        .init(name: "location.latitude", domain: .latitude) { #""location": {"longitude": 87.6, "latitude": \#($0)}"# },
        .init(name: "location.longitude", domain: .longitude) { #""location": {"longitude": \#($0), "latitude": 43.8}"# },
    ]

    static func readersAnswer(_ app: Harness) async throws {
        let html: HTTPFields = [.authorization: "Bearer \(app.analystToken)", .accept: "text/html"]
        for path in ["/promotion", "/projects", "/living-circles"] {
            let page = try await app.request(.get, path, headers: html)
            #expect(page.status == .ok, "\(path)")
        }
        for path in ["/api/v1/reports/progress?year=2026", "/api/v1/measures/status", "/api/v1/projects", "/api/v1/evaluations"] {
            let answer = try await app.request(.get, path, token: app.analystToken)
            #expect(answer.status == .ok, "\(path): \(answer.text.prefix(300))")
        }
    }

    @Test("POST /api/v1/projects: money, height, progress and coordinates", arguments: TestStoreKind.available)
    func projects(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let counter = Counter()
            await propertyCheck(
                count: 40, input: Gen.int(in: ExtremeNumbers.choices), Gen<UInt64>.bitSet, Gen.int(in: 0...(Self.projectFields.count - 1))
            ) { choice, bits, which in
                let value = ExtremeNumbers.value(choice, bits)
                let field = Self.projectFields[which]
                let code = "PB-\(await counter.next())"
                let json =
                    #"{"code": "\#(code)", "nameZh": "性质测试", "type": "shelter", "region": "650102", "measures": [9], "#
                    + field.json(ExtremeNumbers.json(value)) + "}"
                let answer = try? await app.request(.post, "/api/v1/projects", token: app.analystToken, json: json)
                let expected: HTTPResponse.Status = field.domain.contains(value) ? .created : .badRequest
                #expect(answer?.status == expected, "\(field.name) = \(value): \(answer?.text.prefix(300) ?? "no answer")")
            }
            try await Self.readersAnswer(app)
        }
    }

    @Test(
        "POST /api/v1/projects/import: CSV cells for budgets, coordinates, progress, task ids, measures and investment years",
        arguments: TestStoreKind.available)
    func projectImport(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let counter = Counter()
            let columns: [(String, NumericDomain)] = [
                ("budget_fiscal", .money), ("latitude", .latitude), ("progress", .percentage),
                ("max_height_m", .buildingHeight), ("planned_investment", .money),
            ]
            await propertyCheck(count: 30, input: Gen.int(in: ExtremeNumbers.choices), Gen<UInt64>.bitSet, Gen.int(in: 0...(columns.count - 1))) {
                choice, bits, which in
                let value = ExtremeNumbers.value(choice, bits)
                let (column, domain) = columns[which]
                let code = "PI-\(await counter.next())"
                var header = "code,name_zh,type,region,\(column)"
                var cell = ExtremeNumbers.cell(value)
                if column == "latitude" {
                    header += ",longitude"
                    cell += ",87.6"
                }
                if column == "planned_investment" { cell = "2026:" + cell }
                let csv = "\(header)\n\(code),导入性质测试,shelter,650102,\(cell)\n"
                let answer = try? await app.request(
                    .post, "/api/v1/projects/import?fileName=p.csv", token: app.analystToken, body: csv, contentType: "text/csv")
                let expected: HTTPResponse.Status = domain.contains(value) ? .created : .badRequest
                #expect(answer?.status == expected, "\(column) = \(cell): \(answer?.text.prefix(300) ?? "no answer")")
            }
            for cell in ["0x1p5", "9223372036854775808", "-1", "1.5"] {
                let csv = "code,name_zh,type,region,task_id\nTASK-\(cell),任务,shelter,650102,\(cell)\n"
                let answer = try await app.request(
                    .post, "/api/v1/projects/import?fileName=t.csv", token: app.analystToken, body: csv, contentType: "text/csv")
                #expect(answer.status == .badRequest, "task_id \(cell)")
                #expect(try answer.errorDetails().first?["column"] as? String == "task_id")
            }
            try await Self.readersAnswer(app)
        }
    }

    @Test("POST /api/v1/frameworks: a goal's weight; /api/v1/evaluations answers for every value tried", arguments: TestStoreKind.available)
    func frameworkWeights(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let active = try await app.request(.get, "/api/v1/frameworks/active", token: app.analystToken)
            var framework = try #require(try JSONSerialization.jsonObject(with: Data(active.text.utf8)) as? [String: Any])
            var goals = try #require(framework["goals"] as? [[String: Any]])
            await propertyCheck(count: 12, input: Gen.int(in: ExtremeNumbers.choices), Gen<UInt64>.bitSet) { choice, bits in
                let value = ExtremeNumbers.value(choice, bits)
                goals[0]["weight"] = "WEIGHT"
                framework["goals"] = goals
                guard let data = try? JSONSerialization.data(withJSONObject: framework, options: [.sortedKeys]) else { return }
                let json = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"WEIGHT\"", with: ExtremeNumbers.json(value))
                let answer = try? await app.request(.post, "/api/v1/frameworks", token: app.adminToken, json: json)
                let expected: HTTPResponse.Status = NumericDomain.weight.contains(value) ? .created : .badRequest
                #expect(answer?.status == expected, "weight \(value): \(answer?.text.prefix(300) ?? "no answer")")
                let ranking = try? await app.request(.get, "/api/v1/evaluations", token: app.analystToken)
                #expect(ranking?.status == .ok, "after weight \(value)")
            }
        }
    }

    @Test("POST /api/v1/indicator-values: values of a count, a percentage and an area indicator", arguments: TestStoreKind.available)
    func indicatorValues(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            // D01 counts buildings (not negative), U01 is a percentage, U03 is m²/person.
            let indicators: [(String, (Double) -> Bool)] = [
                ("D01", { NumericDomain.indicatorValue.contains($0) && $0 >= 0 }),
                ("U01", { NumericDomain.percentage.contains($0) }),
                ("U03", { NumericDomain.indicatorValue.contains($0) }),
            ]
            await propertyCheck(count: 30, input: Gen.int(in: ExtremeNumbers.choices), Gen<UInt64>.bitSet, Gen.int(in: 0...2)) {
                choice, bits, which in
                let value = ExtremeNumbers.value(choice, bits)
                let (indicator, accepts) = indicators[which]
                let json = #"[{"region": "650100", "indicator": "\#(indicator)", "period": 2024, "value": \#(ExtremeNumbers.json(value))}]"#
                let answer = try? await app.request(.post, "/api/v1/indicator-values", token: app.analystToken, json: json)
                let expected: HTTPResponse.Status = accepts(value) ? .created : .badRequest
                #expect(answer?.status == expected, "\(indicator) = \(value): \(answer?.text.prefix(300) ?? "no answer")")
            }
            for (text, status) in [
                ("9223372036854775808", HTTPResponse.Status.badRequest), ("2101", .badRequest), ("1948", .badRequest), ("2024", .created),
            ] {
                let json = #"[{"region": "650100", "indicator": "U03", "period": \#(text), "value": 12}]"#
                let answer = try await app.request(.post, "/api/v1/indicator-values", token: app.analystToken, json: json)
                #expect(answer.status == status, "period \(text)")
            }
            try await Self.readersAnswer(app)
        }
    }

    @Test("PUT /api/v1/layers: shelter areas and capacities, residence populations; /living-circles answers", arguments: TestStoreKind.available)
    func layers(kind: TestStoreKind) async throws {
        try await Harness.run(kind) { app in
            let properties: [(String, String, NumericDomain, String)] = [
                ("shelters", "effective_area_m2", .shelterArea, #""class": "emergency", "#),
                ("shelters", "capacity", .shelterCapacity, #""class": "emergency", "effective_area_m2": 500, "#),
                ("residences", "population", .residencePopulation, ""),
            ]
            await propertyCheck(count: 24, input: Gen.int(in: ExtremeNumbers.choices), Gen<UInt64>.bitSet, Gen.int(in: 0...2)) {
                choice, bits, which in
                let value = ExtremeNumbers.value(choice, bits)
                let (layer, property, domain, others) = properties[which]
                let json =
                    #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [87.61, 43.82]}, "#
                    + #""properties": {"region": "650102", \#(others)"\#(property)": \#(ExtremeNumbers.json(value))}}]}"#
                let answer = try? await app.request(
                    .put, "/api/v1/layers/\(layer)?source=property-test", token: app.adminToken, json: json,
                    contentType: "application/geo+json")
                let expected: HTTPResponse.Status = domain.contains(value) ? .ok : .badRequest
                #expect(answer?.status == expected, "\(layer).\(property) = \(value): \(answer?.text.prefix(300) ?? "no answer")")
                let page = try? await app.request(
                    .get, "/living-circles?region=650102", headers: [.authorization: "Bearer \(app.analystToken)", .accept: "text/html"])
                #expect(page?.status == .ok)
            }
        }
    }
}

/// Unique codes across a property check's cases.
actor Counter {
    var value = 0
    func next() -> Int {
        value += 1
        return value
    }
}
