import Foundation

/// The filters of `GET requests`, parsed with GeoReport v2's defaults and limits: a comma list of
/// `service_request_id` overrides every other filter; `service_code` and `status` take comma lists (and may
/// repeat); `start_date`/`end_date` are W3C date-times with a time zone, default to the most recent 90 days
/// and may not span more than 90; at most 1,000 requests come back. The widely implemented pagination
/// extension (`page`, `page_size`) is accepted.
public struct Open311RequestQuery: Sendable, Equatable {
    public static let maximumSpanSeconds: Double = 90 * 86_400
    public static let maximumRequests = 1000

    public var jurisdictionID: String?
    /// When non-empty, exactly these requests, whatever the other filters say.
    public var serviceRequestIDs: [String]
    /// Empty means every service.
    public var serviceCodes: [String]
    /// Requested on or after `start` and on or before `end`.
    public var start: W3CDateTime
    public var end: W3CDateTime
    /// Empty means both statuses.
    public var statuses: Set<Open311Status>
    /// 1-based page of `pageSize` requests.
    public var page: Int
    public var pageSize: Int

    public init(
        jurisdictionID: String? = nil, serviceRequestIDs: [String] = [], serviceCodes: [String] = [], start: W3CDateTime, end: W3CDateTime,
        statuses: Set<Open311Status> = [], page: Int = 1, pageSize: Int = Open311RequestQuery.maximumRequests
    ) {
        self.jurisdictionID = jurisdictionID
        self.serviceRequestIDs = serviceRequestIDs
        self.serviceCodes = serviceCodes
        self.start = start
        self.end = end
        self.statuses = statuses
        self.page = page
        self.pageSize = pageSize
    }

    /// How many matching requests to skip before the page.
    public var offset: Int { (page - 1) * pageSize }

    /// Parses a query string's pairs. `knownServiceCodes`, when given, refuses codes that are not offered.
    public static func parse(
        _ form: Open311Form, now: Date, jurisdictions: Open311Jurisdictions = .init(),
        knownServiceCodes: Set<String>? = nil
    ) throws(OasisError) -> Open311RequestQuery {
        let jurisdiction = try jurisdictions.resolve(form.value("jurisdiction_id"))
        var problems: [OasisError.Detail] = []
        let ids = form.commaList("service_request_id")
        let codes = form.commaList("service_code")
        if let knownServiceCodes, ids.isEmpty {
            for code in codes where !knownServiceCodes.contains(code) {
                problems.append(.init(field: "service_code", reason: "unknown service code \"\(code)\""))
            }
        }
        var statuses = Set<Open311Status>()
        for text in form.commaList("status") {
            if let status = Open311Status(rawValue: text.lowercased()) {
                statuses.insert(status)
            } else {
                problems.append(.init(field: "status", reason: "\"\(text)\" is not open or closed"))
            }
        }
        func date(_ key: String) -> W3CDateTime? {
            guard let text = form.value(key) else { return nil }
            guard let value = W3CDateTime(text) else {
                problems.append(.init(field: key, reason: "\"\(text)\" is not a W3C date-time with a time zone, e.g. 2010-01-01T00:00:00Z"))
                return nil
            }
            return value
        }
        let startText = date("start_date")
        let endText = date("end_date")
        let nowValue = W3CDateTime(now)
        var start: W3CDateTime
        var end: W3CDateTime
        switch (startText, endText) {
        case (nil, nil):
            end = nowValue
            start = W3CDateTime(secondsSince1970: nowValue.secondsSince1970 - maximumSpanSeconds)
        case (.some(let given), nil):
            start = given
            end = W3CDateTime(secondsSince1970: given.secondsSince1970 + maximumSpanSeconds, utcOffsetSeconds: given.utcOffsetSeconds)
        case (nil, .some(let given)):
            end = given
            start = W3CDateTime(secondsSince1970: given.secondsSince1970 - maximumSpanSeconds, utcOffsetSeconds: given.utcOffsetSeconds)
        case (.some(let from), .some(let to)):
            start = from
            end = to
            if to < from {
                problems.append(.init(field: "end_date", reason: "end_date \(to) is before start_date \(from)"))
            } else if to.secondsSince1970 - from.secondsSince1970 > maximumSpanSeconds {
                problems.append(.init(field: "end_date", reason: "the range from start_date to end_date spans more than 90 days"))
            }
        }
        let page = integer(form, "page", default: 1, range: 1...1_000_000, &problems)
        let pageSize = integer(form, "page_size", default: maximumRequests, range: 1...maximumRequests, &problems)
        guard problems.isEmpty else {
            throw OasisError.invalid(
                code: "open311_query_invalid", message: "The request filters have \(problems.count) problem(s).", details: problems)
        }
        return Open311RequestQuery(
            jurisdictionID: jurisdiction, serviceRequestIDs: ids, serviceCodes: ids.isEmpty ? codes : [],
            start: start, end: end, statuses: ids.isEmpty ? statuses : [], page: page, pageSize: pageSize)
    }

    static func integer(_ form: Open311Form, _ key: String, default fallback: Int, range: ClosedRange<Int>, _ problems: inout [OasisError.Detail])
        -> Int
    {
        guard let text = form.value(key) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            problems.append(.init(field: key, reason: "\"\(text)\" is not a whole number from \(range.lowerBound) to \(range.upperBound)"))
            return fallback
        }
        return value
    }

    /// Whether a request passes the filters (before paging). With ids given, only the id counts.
    public func matches(serviceRequestID: String, serviceCode: String?, status: Open311Status, requested: W3CDateTime) -> Bool {
        if !serviceRequestIDs.isEmpty { return serviceRequestIDs.contains(serviceRequestID) }
        if !serviceCodes.isEmpty, !serviceCodes.contains(serviceCode ?? "") { return false }
        if !statuses.isEmpty, !statuses.contains(status) { return false }
        return requested >= start && requested <= end
    }
}
