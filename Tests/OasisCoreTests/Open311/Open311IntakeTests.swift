import Foundation
import OasisCore
import Testing

@Suite("Open311 POST requests: parameter validation")
struct Open311IntakeTests {
    /// Service 001 of the spec's example request, with the two attributes its example body fills in.
    static let catalogue = Open311ServiceCatalogue(
        services: [
            Open311Service(
                serviceCode: "001", serviceName: "Cans left out 24x7", description: "Cans left out.", metadata: true,
                keywords: "", group: "sanitation")
        ],
        definitions: [
            "001": Open311ServiceDefinition(
                serviceCode: "001",
                attributes: [
                    Open311Attribute(code: "WHISPAWN", datatype: .number, required: true, order: 1, description: "How many cans?"),
                    Open311Attribute(
                        code: "WHISDORN", datatype: .singlevaluelist, required: false, order: 2, description: "Which route?",
                        values: [Open311AttributeValue(key: "COISL001", name: "Route 1"), Open311AttributeValue(key: "COISL002", name: "Route 2")]),
                    Open311Attribute(
                        code: "WHISDAYS", datatype: .multivaluelist, required: false, order: 3, description: "Which days?",
                        values: [Open311AttributeValue(key: "MON", name: "Monday"), Open311AttributeValue(key: "TUE", name: "Tuesday")]),
                    Open311Attribute(code: "WHISWHEN", datatype: .datetime, required: false, order: 4, description: "Since when?"),
                ])
        ]
    )
    static let validator = Open311IntakeValidator(catalogue: catalogue, jurisdictions: Open311Jurisdictions(["city.gov"]))

    /// The spec's example POST body, verbatim.
    static let specBody =
        "api_key=xyz&jurisdiction_id=city.gov&service_code=001&lat=37.76524078&long=-122.4212043&address_string=1234+5th+street&email=smit333%40sfgov.edu&device_id=tt222111&account_id=123456&first_name=john&last_name=smith&phone=111111111&description=A+large+sinkhole+is+destroying+the+street&media_url=http%3A%2F%2Ffarm3.static.flickr.com%2F2002%2F2212426634_5ed477a060.jpg&attribute[WHISPAWN]=123456&attribute[WHISDORN]=COISL001"

    func refusal(_ body: String, validator: Open311IntakeValidator = Self.validator) -> OasisError? {
        do throws(OasisError) {
            _ = try validator.validate(body: Array(body.utf8))
            return nil
        } catch {
            return error
        }
    }

    func fields(_ error: OasisError?) -> [String] { error?.details.compactMap(\.field) ?? [] }

    @Test("the spec's example body becomes a complete intake")
    func specExample() throws {
        let intake = try Self.validator.validate(body: Array(Self.specBody.utf8))
        #expect(intake.apiKey == "xyz" && intake.jurisdictionID == "city.gov" && intake.serviceCode == "001")
        #expect(intake.location == GeoPoint(longitude: -122.4212043, latitude: 37.76524078))
        #expect(intake.addressString == "1234 5th street")
        #expect(intake.email == "smit333@sfgov.edu")
        #expect(intake.deviceID == "tt222111" && intake.accountID == "123456" && intake.firstName == "john" && intake.lastName == "smith")
        #expect(intake.phone == "111111111")
        #expect(intake.description == "A large sinkhole is destroying the street")
        #expect(intake.mediaURL == "http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg")
        #expect(intake.attributes == ["WHISPAWN": ["123456"], "WHISDORN": ["COISL001"]])
        #expect(!intake.isAnonymous)
    }

    @Test("multi-value lists take attribute[CODE][] repeatedly; a datetime attribute takes ISO 8601")
    func multiValue() throws {
        let body =
            "api_key=k&service_code=001&address_id=42&description=bins+not+emptied&attribute[WHISPAWN]=2&attribute[WHISDAYS][]=MON&attribute[WHISDAYS][]=TUE&attribute[WHISWHEN]=2025-06-01"
        let intake = try Self.validator.validate(body: Array(body.utf8))
        #expect(intake.attributes["WHISDAYS"] == ["MON", "TUE"])
        #expect(intake.jurisdictionID == "city.gov")
        #expect(intake.isAnonymous)
    }

    @Test("a missing api_key is refused with 403")
    func missingKey() {
        let error = refusal("service_code=001&lat=1&long=1&attribute[WHISPAWN]=1")
        #expect(error?.kind == .forbidden && error?.code == "open311_api_key_missing")
        #expect(fields(error) == ["api_key"])
    }

    @Test("an unknown service_code is refused with 404, naming it")
    func unknownService() {
        let error = refusal("api_key=k&service_code=999&lat=1&long=1")
        #expect(error?.kind == .notFound && error?.code == "open311_service_unknown")
        #expect(fields(error) == ["service_code"])
        #expect(error.map { Open311Error.httpStatus(for: $0) } == 404)
    }

    @Test("a missing service_code and a missing location are required fields, reported together")
    func missingRequired() {
        let error = refusal("api_key=k&description=hello")
        #expect(error?.kind == .invalid && error?.code == "open311_request_invalid")
        #expect(fields(error) == ["service_code", "lat"])
        #expect(error.map { Open311Error.list(for: $0).count } == 2)
    }

    @Test("a required attribute that is missing is named")
    func missingAttribute() {
        let error = refusal("api_key=k&service_code=001&address_string=Main+St")
        #expect(fields(error) == ["attribute[WHISPAWN]"])
    }

    @Test("coordinates out of range, half a coordinate pair and non-numbers are refused")
    func coordinates() {
        #expect(fields(refusal("api_key=k&service_code=001&lat=91&long=10&attribute[WHISPAWN]=1")) == ["lat"])
        #expect(fields(refusal("api_key=k&service_code=001&lat=10&long=-180.5&attribute[WHISPAWN]=1")) == ["long"])
        #expect(fields(refusal("api_key=k&service_code=001&lat=10&attribute[WHISPAWN]=1")) == ["long"])
        #expect(fields(refusal("api_key=k&service_code=001&lat=north&long=10&attribute[WHISPAWN]=1")) == ["lat"])
        let reason = refusal("api_key=k&service_code=001&lat=91&long=10&attribute[WHISPAWN]=1")?.details.first?.reason ?? ""
        #expect(reason.contains("out of range"))
    }

    @Test("bad attribute values: not in the list, not a number, several for a single value, unknown attribute, bad date")
    func badAttributes() {
        #expect(
            fields(refusal("api_key=k&service_code=001&address_id=1&description=bins+not+emptied&attribute[WHISPAWN]=1&attribute[WHISDORN]=NOPE"))
                == ["attribute[WHISDORN]"])
        #expect(
            fields(refusal("api_key=k&service_code=001&address_id=1&description=bins+not+emptied&attribute[WHISPAWN]=many")) == [
                "attribute[WHISPAWN]"
            ])
        #expect(
            fields(refusal("api_key=k&service_code=001&address_id=1&description=bins+not+emptied&attribute[WHISPAWN]=1&attribute[WHISPAWN]=2")) == [
                "attribute[WHISPAWN]"
            ])
        #expect(
            fields(refusal("api_key=k&service_code=001&address_id=1&description=bins+not+emptied&attribute[WHISPAWN]=1&attribute[COLOUR]=red")) == [
                "attribute[COLOUR]"
            ])
        #expect(
            fields(
                refusal("api_key=k&service_code=001&address_id=1&description=bins+not+emptied&attribute[WHISPAWN]=1&attribute[WHISWHEN]=yesterday"))
                == ["attribute[WHISWHEN]"])
        #expect(
            fields(refusal("api_key=k&service_code=001&address_id=1&description=bins+not+emptied&attribute[WHISPAWN]=1&attribute=3")) == ["attribute"]
        )
    }

    @Test("email, media_url and an over-long description are checked")
    func contactFields() {
        let long = String(repeating: "a", count: 4001)
        let error = refusal("api_key=k&service_code=001&address_id=1&attribute[WHISPAWN]=1&email=nobody&media_url=ftp%3A%2F%2Fx&description=\(long)")
        #expect(fields(error) == ["email", "description", "media_url"])
    }

    @Test("the case check runs once, inside: an address_id alone says where for the spec, not for the case, and is refused")
    func caseCheck() throws {
        let error = refusal("api_key=k&service_code=001&address_id=1&attribute[WHISPAWN]=1")
        #expect(error?.kind == .invalid && error?.code == "open311_request_invalid")
        #expect(fields(error) == ["description"])
        let intake = try Self.validator.validate(
            body: Array("api_key=k&service_code=001&lat=43.8&long=87.6&attribute[WHISPAWN]=1&description=x".utf8),
            at: Date(timeIntervalSince1970: 1_780_000_000))
        #expect(intake.newCase?.category == "001" && intake.newCase?.channel == "open311")
        #expect(intake.newCase?.registeredAt == Date(timeIntervalSince1970: 1_780_000_000))
        #expect(intake.newCase?.location == GeoPoint(longitude: 87.6, latitude: 43.8))
    }

    @Test("jurisdiction_id: unknown is 404; required when several are served")
    func jurisdiction() {
        #expect(refusal("api_key=k&jurisdiction_id=elsewhere.gov&service_code=001&address_id=1&attribute[WHISPAWN]=1")?.kind == .notFound)
        let several = Open311IntakeValidator(catalogue: Self.catalogue, jurisdictions: Open311Jurisdictions(["a.gov", "b.gov"]))
        let error = refusal("api_key=k&service_code=001&address_id=1&attribute[WHISPAWN]=1", validator: several)
        #expect(error?.kind == .invalid && fields(error) == ["jurisdiction_id"])
    }

    @Test("a malformed form body is refused")
    func malformedForm() {
        let error = refusal("api_key=k&service_code=%zz1")
        #expect(error?.code == "open311_form_malformed")
        #expect(fields(error) == ["pair 2"])
        #expect((try? Open311Form.parse("a=%E4%B8")) == nil)
        #expect((try? Open311Form.parse("a=1&b=%E4%B8%AD+x&a=2"))?.pairs.map(\.value) == ["1", "中 x", "2"])
    }

    @Test("coordinate_system=gcj02 converts lat/long to WGS-84")
    func gcj02Input() throws {
        let body = "api_key=k&service_code=001&lat=39.91334545536069&long=116.38404722455657&coordinate_system=gcj02&attribute[WHISPAWN]=1"
        let intake = try Self.validator.validate(body: Array(body.utf8))
        let point = try #require(intake.location)
        #expect(abs(point.latitude - 39.911954) < 1e-6)
        #expect(abs(point.longitude - 116.377817) < 1e-6)
        #expect(intake.submittedCoordinateSystem == .gcj02)
        #expect(
            fields(refusal("api_key=k&service_code=001&address_id=1&description=bins+not+emptied&coordinate_system=bd09&attribute[WHISPAWN]=1")) == [
                "coordinate_system"
            ])
        // Web Mercator is metres, not the degrees lat and long carry.
        #expect(
            fields(refusal("api_key=k&service_code=001&lat=43.8&long=87.6&coordinate_system=webmercator&attribute[WHISPAWN]=1")) == [
                "coordinate_system"
            ])
    }
}
