import Foundation
import OasisCore
import Testing

@Suite("A new case is checked once, against the taxonomy, with every problem named at once")
struct CaseIntakeValidatorTests {
    static let validator = CaseIntakeValidator(leafCategories: ["C0101", "E0101"], requestTypes: ["RT01", "RT03"])
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    static func fields(_ input: CaseInput, regionExists: Bool = true) -> [String?] {
        do {
            _ = try validator.validate(input, regionExists: regionExists, channel: "api", at: now)
            return []
        } catch {
            #expect(error.code == "case_invalid" && error.kind == .invalid && error.message == "The case has \(error.details.count) problem(s).")
            return error.details.map(\.field)
        }
    }

    @Test("a valid case becomes a registered case: GCJ-02 converted to WGS-84, the description trimmed, an empty reporter dropped")
    func valid() throws {
        let input = CaseInput(
            requestType: "RT03", category: "C0101", description: "  井盖缺失\n", longitude: 87.6230, latitude: 43.8240,
            coordinateSystem: .gcj02, address: "人民路", region: "650102", reporter: CaseReporter(name: ""))
        let item = try Self.validator.validate(input, regionExists: true, channel: "web", at: Self.now, token: "t-1")
        #expect(item.status == .registered && item.kind == .request && item.priority == .normal && item.channel == "web")
        #expect(item.description == "井盖缺失" && item.registeredAt == Self.now && item.token == "t-1" && item.region == "650102")
        #expect(item.reporter == nil && item.attachments.isEmpty && item.dispatchedAt == nil)
        let point = try #require(item.location)
        // GCJ-02 is offset from WGS-84 by some hundreds of metres in Urumqi.
        #expect(abs(point.longitude - 87.6230) > 0.001 && abs(point.longitude - 87.6230) < 0.01)
        #expect(abs(point.latitude - 43.8240) < 0.01)
        let own = try Self.validator.validate(
            CaseInput(category: "E0101", channel: "hotline", description: "x"), regionExists: true,
            channel: "web", at: Self.now)
        #expect(own.channel == "hotline", "a channel the input names wins over the route's")
    }

    @Test("every problem at once, in one 400 case_invalid naming each field")
    func everyProblem() {
        let input = CaseInput(
            requestType: "RT99", category: "X9", description: String(repeating: "水", count: 4_001), longitude: 187, latitude: 95,
            coordinateSystem: .webMercator, region: "659999")
        #expect(
            Self.fields(input, regionExists: false)
                == ["category", "requestType", "coordinateSystem", "longitude", "latitude", "description", "region"])
    }

    @Test("coordinates: both or neither, finite, within range")
    func coordinates() {
        #expect(Self.fields(CaseInput(category: "C0101", description: "x", longitude: 87.6)) == ["latitude"])
        #expect(Self.fields(CaseInput(category: "C0101", description: "x", latitude: 43.8)) == ["longitude"])
        #expect(Self.fields(CaseInput(category: "C0101", description: "x", longitude: .infinity, latitude: .nan)) == ["longitude", "latitude"])
        #expect(Self.fields(CaseInput(category: "C0101", description: "x", longitude: -180, latitude: 90)) == [])
    }

    @Test("a case says what happened or where: a description, a location or an address")
    func whatOrWhere() {
        #expect(Self.fields(CaseInput(category: "C0101")) == ["description"])
        #expect(Self.fields(CaseInput(category: "C0101", description: " \n ")) == ["description"])
        #expect(Self.fields(CaseInput(category: "C0101", address: "人民路 1 号")) == [])
        #expect(Self.fields(CaseInput(category: "C0101", longitude: 87.6, latitude: 43.8)) == [])
    }

    @Test("descriptions up to 4,000 characters")
    func descriptionLength() {
        #expect(Self.fields(CaseInput(category: "C0101", description: String(repeating: "水", count: 4_000))) == [])
        #expect(Self.fields(CaseInput(category: "C0101", description: String(repeating: "水", count: 4_001))) == ["description"])
    }

    @Test("a region the store does not know is named; no region needs no lookup")
    func region() {
        #expect(Self.fields(CaseInput(category: "C0101", description: "x", region: "650102"), regionExists: false) == ["region"])
        #expect(Self.fields(CaseInput(category: "C0101", description: "x"), regionExists: false) == [])
    }
}
