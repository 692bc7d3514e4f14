import Foundation
import OasisCore
import Testing

@Suite("Open311 servicerequestupdates (FixMyStreet's extension) and request ids as text")
struct Open311RequestUpdateTests {
    static let update = Open311RequestUpdate(
        updateID: "12", serviceRequestID: "7", status: "fixed", updatedDatetime: W3CDateTime("2026-12-03T10:00:00+08:00")!,
        description: "已办结。")

    @Test("an update in JSON: an array of objects whose every field is a string, media_url empty")
    func json() throws {
        let text = Open311RequestUpdate.listDocument([Self.update]).rendered(.json, pretty: false)
        #expect(
            text
                == #"[{"update_id":"12","service_request_id":"7","status":"fixed","updated_datetime":"2026-12-03T10:00:00+08:00","description":"已办结。","media_url":""}]"#
        )
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(parsed.first?["service_request_id"] as? String == "7")
    }

    @Test("an update in XML: service_requests_updates with request_update elements")
    func xml() {
        let text = Open311RequestUpdate.listDocument([Self.update]).rendered(.xml, pretty: false)
        #expect(
            text
                == #"<?xml version="1.0" encoding="utf-8"?><service_requests_updates><request_update><update_id>12</update_id><service_request_id>7</service_request_id><status>fixed</status><updated_datetime>2026-12-03T10:00:00+08:00</updated_datetime><description>已办结。</description><media_url></media_url></request_update></service_requests_updates>"#
        )
    }

    @Test("service_request_id is a JSON string in requests, receipts and token lookups, however numeric it looks")
    func requestIDsAreText() {
        let request = Open311ServiceRequest(serviceRequestID: "638344", status: .open)
        #expect(Open311ServiceRequest.listDocument([request]).rendered(.json, pretty: false).contains(#""service_request_id":"638344""#))
        #expect(
            Open311RequestReceipt(reference: .serviceRequestID("5")).document.rendered(.json, pretty: false).contains(#""service_request_id":"5""#))
        #expect(Open311TokenLookup(serviceRequestID: "9", token: "t").document.rendered(.json, pretty: false).contains(#""service_request_id":"9""#))
    }
}
