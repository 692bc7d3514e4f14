import Foundation
import OasisCore
import Testing

@Suite("Open311 GET requests: filters, defaults and limits")
struct Open311RequestQueryTests {
    let now = Date(timeIntervalSince1970: 1_750_000_000)

    func parse(_ query: String, known: Set<String>? = nil) throws -> Open311RequestQuery {
        try Open311RequestQuery.parse(Open311Form.parse(query), now: now, knownServiceCodes: known)
    }

    func refusal(_ query: String, known: Set<String>? = nil) -> OasisError? {
        do throws(OasisError) {
            _ = try Open311RequestQuery.parse(Open311Form.parse(query), now: now, knownServiceCodes: known)
            return nil
        } catch {
            return error
        }
    }

    @Test("without dates the window is the most recent 90 days; at most 1,000 requests")
    func defaults() throws {
        let query = try parse("")
        #expect(query.end.secondsSince1970 == now.timeIntervalSince1970)
        let span = query.end.secondsSince1970 - query.start.secondsSince1970
        #expect(span == 90 * 86_400)
        #expect(query.pageSize == 1000 && query.page == 1 && query.offset == 0)
        #expect(query.statuses.isEmpty && query.serviceCodes.isEmpty && query.serviceRequestIDs.isEmpty)
    }

    @Test("the spec's sample query: a date range and a status")
    func sample() throws {
        let query = try parse("start_date=2010-05-24T00:00:00Z&end_date=2010-06-24T00:00:00Z&status=open&jurisdiction_id=city.gov")
        #expect(query.start == W3CDateTime("2010-05-24T00:00:00Z"))
        #expect(query.end.description == "2010-06-24T00:00:00Z")
        #expect(query.statuses == [.open])
        #expect(query.jurisdictionID == "city.gov")
        let inside = W3CDateTime("2010-06-01T12:00:00-07:00")!
        #expect(query.matches(serviceRequestID: "1", serviceCode: "006", status: .open, requested: inside))
        #expect(!query.matches(serviceRequestID: "1", serviceCode: "006", status: .closed, requested: inside))
        #expect(!query.matches(serviceRequestID: "1", serviceCode: "006", status: .open, requested: W3CDateTime("2010-07-01T00:00:00Z")!))
    }

    @Test("comma lists, repeated parameters, and ids overriding everything else")
    func lists() throws {
        let query = try parse("service_code=001,002&service_code=003&status=open,closed")
        #expect(query.serviceCodes == ["001", "002", "003"])
        #expect(query.statuses == [.open, .closed])
        let byID = try parse("service_request_id=638344,638349&service_code=001&status=open")
        #expect(byID.serviceRequestIDs == ["638344", "638349"])
        #expect(byID.serviceCodes.isEmpty && byID.statuses.isEmpty)
        #expect(byID.matches(serviceRequestID: "638349", serviceCode: "999", status: .closed, requested: W3CDateTime(secondsSince1970: 0)))
    }

    @Test("only a start date: the window runs 90 days from it; only an end date: 90 days up to it")
    func halfOpen() throws {
        let start = try parse("start_date=2010-01-01T00:00:00Z")
        #expect(start.end.description == "2010-04-01T00:00:00Z")
        let end = try parse("end_date=2010-04-01T00:00:00%2B08:00")
        #expect(end.start.description == "2010-01-01T00:00:00+08:00")
    }

    @Test("bad filters are refused, naming the parameter")
    func refusals() {
        #expect(refusal("start_date=2010-01-01T00:00:00Z&end_date=2010-06-01T00:00:00Z")?.details.first?.field == "end_date")
        #expect(refusal("start_date=2010-02-01T00:00:00Z&end_date=2010-01-01T00:00:00Z")?.details.first?.field == "end_date")
        #expect(refusal("start_date=2010-01-01")?.details.first?.field == "start_date")
        #expect(refusal("start_date=2010-01-01T00:00:00")?.details.first?.field == "start_date")
        #expect(refusal("status=pending")?.details.first?.field == "status")
        #expect(refusal("page_size=1001")?.details.first?.field == "page_size")
        #expect(refusal("page=0")?.details.first?.field == "page")
        #expect(refusal("service_code=XYZ", known: ["001"])?.details.first?.field == "service_code")
        #expect(refusal("status=open", known: ["001"]) == nil)
    }

    @Test("W3C date-times read and write back with their offset")
    func dateTimes() throws {
        for text in ["1994-11-05T08:15:30-05:00", "1994-11-05T13:15:30Z", "2024-02-29T23:59:59+14:00", "1969-12-31T23:59:59Z"] {
            #expect(W3CDateTime(text)?.description == text)
        }
        let eastern = try #require(W3CDateTime("1994-11-05T08:15:30-05:00"))
        let utc = try #require(W3CDateTime("1994-11-05T13:15:30Z"))
        #expect(eastern.secondsSince1970 == utc.secondsSince1970)
        #expect(W3CDateTime("2010-01-01T00:00Z")?.description == "2010-01-01T00:00:00Z")
        #expect(W3CDateTime("2010-01-01T00:00:00.250Z")?.secondsSince1970 == 1_262_304_000.25)
        for bad in ["2010-02-30T00:00:00Z", "2010-01-01 00:00:00Z", "2010-01-01T24:00:00Z", "2010-01-01T00:00:00+5", "2010-01-01T00:00:00Zx"] {
            #expect(W3CDateTime(bad) == nil, "\(bad)")
        }
    }

    @Test("Oasis statuses map onto open and closed, with status notes in both languages")
    func statusMapping() {
        #expect(CaseStatus.handling.open311Status == .open)
        #expect(CaseStatus.returned.open311Status == .open)
        #expect(CaseStatus.evaluated.open311Status == .closed)
        #expect(CaseStatus.cancelled.open311Status == .closed)
        #expect(CaseStatus.registered.open311Notes(closure: nil, language: .en) == nil)
        #expect(CaseStatus.closed.open311Notes(closure: .duplicate, language: .en) == "Closed: duplicate request.")
        #expect(CaseStatus.closed.open311Notes(closure: .referred, language: .zhHans) == "已办结：已转其他渠道办理。")
        for status in CaseStatus.allCases {
            for closure in CaseClosure.allCases {
                let note = status.open311Notes(closure: closure, language: .en) ?? ""
                #expect(!note.hasPrefix("["), "missing message for \(status) \(closure)")
            }
        }
    }
}
