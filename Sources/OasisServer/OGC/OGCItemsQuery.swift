import Foundation
import Hummingbird
import OasisCore
import OasisServices

/// The query of an OGC API — Features items request, validated as Part 1 asks: `limit` 1…10,000 (larger is
/// taken as 10,000, default 10), `offset` from 0, `bbox` of four or six numbers in CRS84 (heights ignored),
/// `datetime` as an RFC 3339 instant or interval (our features carry no time, so every feature matches a valid
/// one), `f=json`. Any other parameter, or a bad value, is a 400 naming it.
struct OGCItemsQuery: Sendable, Equatable {
    static let defaultLimit = 10
    static let maximumLimit = 10_000
    static let parameters: Set<String> = ["limit", "offset", "bbox", "datetime", "f"]

    var limit = OGCItemsQuery.defaultLimit
    var offset = 0
    var bbox: SpatialBox?
    var datetime: String?

    init() {}

    /// Reads the query; a parameter outside `allowed` (the other resources take only `f`) is refused as unknown.
    init(_ query: [(name: String, value: String)], allowed: Set<String> = OGCItemsQuery.parameters) throws(OasisError) {
        for (name, value) in query {
            guard allowed.contains(name) else {
                throw OasisError.invalid(
                    code: "unknown_parameter", message: "Unknown query parameter \(name).",
                    details: [.init(field: name, reason: "not one of \(allowed.sorted().joined(separator: ", "))")])
            }
            switch name {
            case "limit":
                guard let number = Int(value), number >= 1 else { throw Self.invalid(name, value, "a whole number from 1 to \(Self.maximumLimit)") }
                limit = min(number, Self.maximumLimit)
            case "offset":
                guard let number = DecimalText.integer(value), NumericDomain.pageOffset.reason(number) == nil else {
                    throw Self.invalid(name, value, "a whole number from 0 to 1000000000")
                }
                offset = number
            case "bbox":
                bbox = try Self.box(value)
            case "datetime":
                guard OGCDateTime.isValid(value) else {
                    throw Self.invalid(name, value, "an RFC 3339 date-time or an interval start/end (.. or empty for an open end)")
                }
                datetime = value
            case "f":
                guard ["json", "geojson"].contains(value.lowercased()) else {
                    throw Self.invalid(name, value, "json (GeoJSON is the only encoding served)")
                }
            default:
                break
            }
        }
    }

    /// The request's query as name-value pairs, percent-decoded, in order.
    static func pairs(_ request: Request) -> [(name: String, value: String)] {
        request.uri.queryParameters.map { (String($0.key), String($0.value)) }
    }

    /// The same query with another offset, as a query string for paging links.
    func queryString(offset newOffset: Int) -> String {
        var text = "limit=\(limit)"
        if newOffset > 0 { text += "&offset=\(newOffset)" }
        if let bbox {
            text += "&bbox=\(bbox.minLongitude),\(bbox.minLatitude),\(bbox.maxLongitude),\(bbox.maxLatitude)"
        }
        if let datetime {
            text +=
                "&datetime="
                + (datetime.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "+&="))) ?? datetime)
        }
        return text
    }

    private static func box(_ text: String) throws(OasisError) -> SpatialBox {
        let numbers = text.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == 4 || numbers.count == 6, numbers.allSatisfy({ $0?.isFinite == true }) else {
            throw invalid("bbox", text, "four numbers minLon,minLat,maxLon,maxLat (or six with heights) in CRS84")
        }
        let values = numbers.compactMap { $0 }
        let corners = values.count == 4 ? values : [values[0], values[1], values[3], values[4]]
        guard (-180...180).contains(corners[0]), (-180...180).contains(corners[2]), (-90...90).contains(corners[1]), (-90...90).contains(corners[3])
        else {
            throw invalid("bbox", text, "longitudes within -180…180 and latitudes within -90…90")
        }
        guard corners[1] <= corners[3] else { throw invalid("bbox", text, "the south edge above the north edge") }
        guard corners[0] <= corners[2] else { throw invalid("bbox", text, "a box crossing the antimeridian, which is not supported") }
        return SpatialBox(minLongitude: corners[0], minLatitude: corners[1], maxLongitude: corners[2], maxLatitude: corners[3])
    }

    private static func invalid(_ field: String, _ value: String, _ expected: String) -> OasisError {
        OasisError.invalid(
            code: "invalid_parameter", message: "Invalid \(field): expected \(expected).",
            details: [.init(field: field, reason: "\"\(value)\"")])
    }
}
