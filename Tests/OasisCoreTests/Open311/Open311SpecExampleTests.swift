import Foundation
import OasisCore
import OasisTestSupport
import Testing

/// Oasis's Open311 documents against the examples in the specifications, in XML and JSON, byte for byte
/// once whitespace is removed (see `Open311SpecExamples` for the two documented normalisations).
@Suite("Open311 documents match the specification's examples", .enabled(if: Open311SpecExamples.runs, "needs ../shared/design/specs"))
struct Open311SpecExampleTests {
    static func time(_ text: String) -> W3CDateTime { W3CDateTime(text)! }

    static let sidewalkRequest = Open311ServiceRequest(
        serviceRequestID: "638344", status: .closed, statusNotes: "Duplicate request.", serviceName: "Sidewalk and Curb Issues", serviceCode: "006",
        requestedDatetime: time("2010-04-14T06:37:38-08:00"), updatedDatetime: time("2010-04-14T06:37:38-08:00"),
        expectedDatetime: time("2010-04-15T06:37:38-08:00"), address: "8TH AVE and JUDAH ST", addressID: "545483", zipcode: "94122",
        latitude: 37.762221815, longitude: -122.4651145, mediaURL: "http://city.gov.s3.amazonaws.com/requests/media/638344.jpg"
    )

    /// Compares a document with the spec's XML and JSON examples.
    func compare(_ document: Open311Document, xml xmlID: String, json jsonID: String) throws {
        guard let xml = Open311SpecExamples.geoReport(xmlID), let json = Open311SpecExamples.geoReport(jsonID) else {
            throw TestPrerequisite.Missing(description: Open311SpecExamples.absentMessage)
        }
        let ourXML = Open311SpecExamples.normalizedXML(document.rendered(.xml))
        let specXML = Open311SpecExamples.normalizedXML(xml)
        #expect(ourXML == specXML)
        let ourJSON = Open311SpecExamples.normalizedJSON(document.rendered(.json), spec: false)
        let specJSON = Open311SpecExamples.normalizedJSON(json, spec: true)
        #expect(ourJSON == specJSON)
        // What Oasis writes is valid JSON.
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(document.encoded(.json))) }
    }

    @Test("GET services: the three example services (fields compared per service, as the example orders them differently)")
    func serviceList() throws {
        let services = [
            Open311Service(
                serviceCode: "001", serviceName: "Cans left out 24x7",
                description: "Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.",
                metadata: true, keywords: "lorem, ipsum, dolor", group: "sanitation"),
            Open311Service(
                serviceCode: "002", serviceName: "Construction plate shifted",
                description: "Metal construction plate covering the street or sidewalk has been moved.",
                metadata: true, keywords: "lorem, ipsum, dolor", group: "street"),
            Open311Service(
                serviceCode: "003", serviceName: "Curb or curb ramp defect",
                description: "Sidewalk curb or ramp has problems such as cracking, missing pieces, holes, and/or chipped curb.",
                metadata: true, keywords: "lorem, ipsum, dolor", group: "street"),
        ]
        let document = Open311Service.listDocument(services)
        guard let xml = Open311SpecExamples.geoReport("xml-service-list"), let json = Open311SpecExamples.geoReport("json-service-list") else {
            throw TestPrerequisite.Missing(description: Open311SpecExamples.absentMessage)
        }
        let ourXML = Open311SpecExamples.itemLineSets(document.rendered(.xml), open: "<service>", close: "</service>")
        let specXML = Open311SpecExamples.itemLineSets(xml, open: "<service>", close: "</service>")
        #expect(ourXML.count == 3)
        #expect(ourXML == specXML)
        let ourJSON = Open311SpecExamples.itemLineSets(document.rendered(.json), open: "{", close: "}")
        let specJSON = Open311SpecExamples.itemLineSets(Open311SpecExamples.quotingLeadingZeroNumbers(json), open: "{", close: "}")
        #expect(ourJSON.count == 3)
        #expect(ourJSON == specJSON)
        let firstXML = try #require(xml.range(of: "</service>"))
        let ourFirst = try #require(document.rendered(.xml).range(of: "</service>"))
        // The first service is in the spec's field order, so it also matches in sequence.
        #expect(
            Open311SpecExamples.normalizedXML(String(document.rendered(.xml)[..<ourFirst.lowerBound]))
                == Open311SpecExamples.normalizedXML(String(xml[..<firstXML.lowerBound])))
    }

    @Test("GET service definition: DMV66 with a single-value list")
    func serviceDefinition() throws {
        let definition = Open311ServiceDefinition(
            serviceCode: "DMV66",
            attributes: [
                Open311Attribute(
                    code: "WHISHETN", datatype: .singlevaluelist, required: true, order: 1, description: "What is the ticket/tag/DL number?",
                    values: [Open311AttributeValue(key: "123", name: "Ford"), Open311AttributeValue(key: "124", name: "Chrysler")])
            ])
        try compare(definition.document, xml: "xml-service-definition", json: "json-service-definition")
    }

    @Test("POST requests: the receipt with a request id, a service notice and an empty account id")
    func postResponse() throws {
        let receipt = Open311RequestReceipt(
            reference: .serviceRequestID("293944"),
            serviceNotice:
                "The City will inspect and require the responsible party to correct within 24 hours and/or issue a Correction Notice or Notice of Violation of the Public Works Code"
        )
        try compare(receipt.document, xml: "xml-service-request-post", json: "json-service-request-post")
    }

    @Test("GET tokens/[token]: the request id a token became")
    func tokenLookup() throws {
        try compare(
            Open311TokenLookup(serviceRequestID: "638344", token: "12345").document, xml: "xml-request-from-token", json: "json-request-from-token")
    }

    @Test("GET requests: two requests, one closed as a duplicate and one open")
    func requestList() throws {
        var second = Self.sidewalkRequest
        second.serviceRequestID = "638349"
        second.status = .open
        second.statusNotes = nil
        second.requestedDatetime = Self.time("2010-04-19T06:37:38-08:00")
        second.updatedDatetime = Self.time("2010-04-19T06:37:38-08:00")
        second.expectedDatetime = Self.time("2010-04-19T06:37:38-08:00")
        second.mediaURL = "http://city.gov.s3.amazonaws.com/requests/media/638349.jpg"
        try compare(Open311ServiceRequest.listDocument([Self.sidewalkRequest, second]), xml: "xml-service-requests", json: "json-service-requests")
    }

    @Test("GET requests/[id]: one request")
    func oneRequest() throws {
        try compare(Open311ServiceRequest.listDocument([Self.sidewalkRequest]), xml: "xml-service-request", json: "json-service-request")
    }

    @Test("errors: the invalid api_key example, and HTTP statuses by kind")
    func errors() throws {
        let errors = [Open311Error(code: 403, description: "Invalid api_key received -- can't proceed with create_request.")]
        try compare(Open311Error.document(errors), xml: "xml-errors", json: "json-errors")
        #expect(Open311Error.httpStatus(for: .forbidden()) == 403)
        #expect(Open311Error.httpStatus(for: .notFound("service", "X")) == 404)
        #expect(Open311Error.httpStatus(for: .invalid(code: "x", message: "y")) == 400)
        let listed = Open311Error.list(
            for: .invalid(code: "x", message: "Bad.", details: [.init(field: "lat", reason: "out of range"), .init(field: "email", reason: "bad")]))
        #expect(
            listed == [Open311Error(code: 400, description: "field lat: out of range"), Open311Error(code: 400, description: "field email: bad")])
    }

    @Test("service discovery: three endpoints in XML and JSON")
    func discovery() throws {
        let document = Open311Discovery(
            changeset: "2011-02-03 14:18", contact: "You can email or call for assistance api@mycity.org +1 (555) 555-5555",
            keyService: "You can request a key here: http://api.mycity.gov/api_key/request",
            endpoints: [
                Open311Endpoint(url: "http://open311.mycity.gov/v2", changeset: "2010-11-23 09:01", type: .production, formats: ["text/xml"]),
                Open311Endpoint(
                    url: "http://open311.mycity.gov/test/v2", changeset: "2010-10-02 09:01", type: .test,
                    formats: [Open311Format.xml.mimeType, Open311Format.json.mimeType]),
                Open311Endpoint(
                    specification: "http://wiki.open311.org/GeoReport_v3", url: "http://open311.mycity.gov/v3", changeset: "2011-02-03 14:18",
                    type: .test, formats: ["text/xml", "application/json"]),
            ]
        ).document
        guard let xml = Open311SpecExamples.discovery("XML"), let json = Open311SpecExamples.discovery("JSON") else {
            throw TestPrerequisite.Missing(description: Open311SpecExamples.absentMessage)
        }
        #expect(Open311SpecExamples.normalizedXML(document.rendered(.xml)) == Open311SpecExamples.normalizedXML(xml))
        #expect(Open311SpecExamples.normalizedJSON(document.rendered(.json), spec: false) == Open311SpecExamples.normalizedJSON(json, spec: true))
    }

    @Test("identifiers: canonical integers are bare JSON numbers, anything else a string; XML text is escaped")
    func identifiers() {
        let node = Open311Node.object([
            ("a", .identifier("638344")), ("b", .identifier("006")), ("c", .identifier("DMV66")),
            ("d", .identifier("1234567890123456")), ("e", .text("Tom & \"Jerry\" <x>")),
        ])
        let json = Open311JSONWriter(pretty: false).write(node)
        #expect(json == #"{"a":638344,"b":"006","c":"DMV66","d":"1234567890123456","e":"Tom & \"Jerry\" <x>"}"#)
        let xml = Open311XMLWriter(pretty: false).write(Open311Document(root: "r", body: node))
        #expect(
            xml
                == #"<?xml version="1.0" encoding="utf-8"?><r><a>638344</a><b>006</b><c>DMV66</c><d>1234567890123456</d><e>Tom &amp; "Jerry" &lt;x&gt;</e></r>"#
        )
    }
}
