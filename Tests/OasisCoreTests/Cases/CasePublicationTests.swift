import Foundation
import OasisCore
import Testing

@Suite("What the public sees of a case: visibility per category and request type, masked contacts, the public grid")
struct CasePublicationTests {
    static func taxonomy(_ edit: (inout [CaseCategory]) -> Void, grid: Double? = nil) throws(OasisError) -> CaseTaxonomy {
        var categories = CaseTaxonomy.builtIn.categories
        edit(&categories)
        return try CaseTaxonomy(name: "test", version: "1", categories: categories, publicGridMetres: grid)
    }

    static func set(_ code: String, _ visibility: CaseVisibility?, in categories: inout [CaseCategory]) {
        guard let index = categories.firstIndex(where: { $0.code == code }) else { return }
        categories[index].publicVisibility = visibility
    }

    static func item(category: String, requestType: String?) -> HotlineCase {
        HotlineCase(
            id: 7, requestType: requestType, category: category, channel: "api", description: "井盖缺失，联系王小明 13812345678 或 wang@example.cn",
            location: GeoPoint(longitude: 87.6168, latitude: 43.8256), address: "王小明家门口，人民路1号",
            reporter: CaseReporter(name: "王小明", phone: "13812345678", email: "wang@example.cn"),
            attachments: [CaseAttachment(fileName: "a.jpg", url: "https://example.cn/a.jpg")],
            registeredAt: Date(timeIntervalSince1970: 1_700_000_000),
            token: "tok-1")
    }

    @Test("built-in: complaints and reports are hidden whatever their category; other request types and categories are public")
    func builtInDefaults() {
        let taxonomy = CaseTaxonomy.builtIn
        #expect(taxonomy.visibility(category: "C0101", requestType: "RT03") == .hidden)
        #expect(taxonomy.visibility(category: "E0301", requestType: "RT04") == .hidden)
        #expect(taxonomy.visibility(category: "C0101", requestType: "RT01") == .public)
        #expect(taxonomy.visibility(category: "C0101", requestType: nil) == .public)
        #expect(taxonomy.hiddenCodes == ["RT03", "RT04"])
        #expect(taxonomy.publicGrid == PublicGrid(metres: 100))
    }

    @Test("a category's setting is inherited by its subclasses; the stricter of category and request type wins")
    func inheritanceAndStrictest() throws {
        let taxonomy = try Self.taxonomy { categories in
            Self.set("C05", .redacted, in: &categories)
            Self.set("E0301", .hidden, in: &categories)
            Self.set("RT03", .public, in: &categories)
            Self.set("RT05", .redacted, in: &categories)
        }
        #expect(taxonomy.visibility(category: "C0501", requestType: nil) == .redacted, "inherited from C05")
        #expect(taxonomy.visibility(category: "C0501", requestType: "RT01") == .redacted)
        #expect(taxonomy.visibility(category: "C0101", requestType: "RT03") == .public, "an operator may publish complaints")
        #expect(taxonomy.visibility(category: "C0501", requestType: "RT04") == .hidden, "RT04 stays hidden by default")
        #expect(taxonomy.visibility(category: "E0301", requestType: "RT01") == .hidden)
        #expect(taxonomy.visibility(category: "C0101", requestType: "RT05") == .redacted)
        #expect(taxonomy.hiddenCodes == ["E0301", "RT04"])
    }

    @Test("a taxonomy without the setting (exported before it existed) still hides RT03 and RT04")
    func oldTaxonomyKeepsDefaults() throws {
        let taxonomy = try Self.taxonomy { categories in
            Self.set("RT03", nil, in: &categories)
            Self.set("RT04", nil, in: &categories)
        }
        #expect(taxonomy.visibility(category: "C0101", requestType: "RT03") == .hidden)
        #expect(taxonomy.visibility(category: "C0101", requestType: "RT04") == .hidden)
        #expect(taxonomy.hiddenCodes == ["RT03", "RT04"])
    }

    @Test("the settings survive the taxonomy's JSON; a grid outside 10–10,000 m and an unknown visibility are refused, naming the field")
    func settingsInJSON() throws {
        let taxonomy = try Self.taxonomy({ Self.set("C05", .redacted, in: &$0) }, grid: 250)
        let back = try CaseTaxonomy.decode(json: taxonomy.encodedJSON())
        #expect(back == taxonomy)
        #expect(back.publicGridMetres == 250)
        #expect(back.category("C05")?.publicVisibility == .redacted)
        let text = String(decoding: CaseTaxonomy.builtIn.encodedJSON(), as: UTF8.self)
        #expect(text.contains("\"publicGridMetres\" : 100"))
        do throws(OasisError) {
            _ = try Self.taxonomy({ _ in }, grid: 5)
            Issue.record("a 5 m grid was accepted")
        } catch {
            #expect(error.details.map(\.field) == ["publicGridMetres"])
        }
        let unknown = text.replacingOccurrences(of: "\"publicVisibility\" : \"hidden\"", with: "\"publicVisibility\" : \"secret\"")
        do throws(OasisError) {
            _ = try CaseTaxonomy.decode(json: Array(unknown.utf8))
            Issue.record("an unknown visibility was accepted")
        } catch {
            #expect(error.details.first?.field?.contains("publicVisibility") == true)
        }
    }

    @Test("the public grid: 43.8256° N 87.6168° E snaps to 43.82568, 87.617209 on the 100 m grid (worked by hand)")
    func grid() {
        // One degree of latitude on the 6,371,008.8 m sphere is 111,195.08 m, so the latitude step is 0.00089932°:
        // 43.8256 / 0.00089932 = 48,731.91 → 48,732 steps = 43.825680°. cos 43.82568° = 0.721446, so the longitude
        // step is 100 / (111,195.08 × 0.721446) = 0.00124655°: 87.6168 / 0.00124655 = 70,287.67 → 70,288 steps = 87.617209°.
        let grid = PublicGrid(metres: 100)
        let snapped = grid.snap(GeoPoint(longitude: 87.6168, latitude: 43.8256))
        #expect(snapped == GeoPoint(longitude: 87.617209, latitude: 43.82568))
        // A point 3 m away in the same cell shows the same place; the shown place is within half a diagonal (70.7 m).
        #expect(grid.snap(GeoPoint(longitude: 87.61685, latitude: 43.82562)) == snapped)
        #expect(GreatCircle.meters(snapped, GeoPoint(longitude: 87.6168, latitude: 43.8256)) < 70.8)
        // Beijing on a 1 km grid: latitude step 0.0089932°, 39.9042 → 4,437 steps = 39.902845°; cos 39.902845° = 0.767125,
        // longitude step 0.0117231°, 116.4074 → 9,929.9 → 9,930 steps = 116.410683°.
        let coarse = PublicGrid(metres: 1000).snap(GeoPoint(longitude: 116.4074, latitude: 39.9042))
        #expect(coarse == GeoPoint(longitude: 116.410683, latitude: 39.902845))
        #expect(GreatCircle.meters(coarse, GeoPoint(longitude: 116.4074, latitude: 39.9042)) < 708)
    }

    @Test("contacts are masked: the reporter's own name, phone and e-mail, any e-mail, any run of 7 or more digits")
    func mask() {
        let reporter = CaseReporter(name: "王小明", phone: "13812345678", email: "wang@example.cn")
        #expect(ContactMask.masked("井盖缺失，联系王小明 13812345678 或 wang@example.cn", reporter: reporter) == "井盖缺失，联系*** *** 或 ***")
        #expect(ContactMask.masked("请拨0991-8812345或写信给li.si+city@mail.example.org谢谢", reporter: nil) == "请拨***或写信给***谢谢")
        #expect(ContactMask.masked("138 1234 5678", reporter: nil) == "***")
        #expect(ContactMask.masked("2024年5月3日，3个井盖，人民路100号，编号 650102", reporter: nil) == "2024年5月3日，3个井盖，人民路100号，编号 650102")
        #expect(ContactMask.masked("a@b and @home and x@y.", reporter: nil) == "a@b and @home and x@y.")
    }

    @Test(
        "a public case loses reporter, token and attachments, its contacts are masked and its point snapped; redacted keeps no text or place; hidden is nil"
    )
    func publicView() throws {
        let publication = CasePublication(taxonomy: try Self.taxonomy { Self.set("C05", .redacted, in: &$0) })
        let open = try #require(publication.publicView(Self.item(category: "C0101", requestType: "RT01")))
        #expect(open.reporter == nil && open.token == nil && open.attachments.isEmpty)
        #expect(open.description == "井盖缺失，联系*** *** 或 ***")
        #expect(open.address == "***家门口，人民路1号")
        #expect(open.location == GeoPoint(longitude: 87.617209, latitude: 43.82568))
        let redacted = try #require(publication.publicView(Self.item(category: "C0501", requestType: "RT02")))
        #expect(redacted.description.isEmpty && redacted.address == nil && redacted.location == nil && redacted.reporter == nil)
        #expect(redacted.category == "C0501" && redacted.id == 7)
        #expect(publication.publicView(Self.item(category: "C0101", requestType: "RT03")) == nil)
    }

    @Test("FixMyStreet's status words for servicerequestupdates, by status and closure")
    func fixMyStreetStatus() {
        #expect(CaseStatus.registered.fixMyStreetStatus(closure: nil) == "open")
        #expect(CaseStatus.dispatched.fixMyStreetStatus(closure: nil) == "investigating")
        #expect(CaseStatus.handling.fixMyStreetStatus(closure: nil) == "in_progress")
        #expect(CaseStatus.closed.fixMyStreetStatus(closure: .resolved) == "fixed")
        #expect(CaseStatus.closed.fixMyStreetStatus(closure: .duplicate) == "duplicate")
        #expect(CaseStatus.evaluated.fixMyStreetStatus(closure: .notResponsible) == "not_councils_responsibility")
        #expect(CaseStatus.followedUp.fixMyStreetStatus(closure: .referred) == "internal_referral")
        #expect(CaseStatus.cancelled.fixMyStreetStatus(closure: nil) == "closed")
    }
}
