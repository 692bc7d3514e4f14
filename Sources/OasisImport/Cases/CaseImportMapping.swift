import Foundation
import OasisCore

/// How the columns of a CSV of historical cases become Oasis cases: the external id, created and closed
/// times, category (through a value map onto taxonomy codes), request type, status, channel, description,
/// location, address, region and responsible unit. Read from a JSON file such as
/// `docs/examples/la-myla311-mapping.json`; checked against the taxonomy before any row is read.
public struct CaseImportMapping: Codable, Sendable, Equatable {
    /// What the mapping is for, shown in reports.
    public var name: String
    public var externalID: String
    public var createdAt: CaseImportTimeColumn
    public var closedAt: CaseImportTimeColumn?
    /// What to do when a closed time lies before the created time: `refuse` the row, or `clamp` the closed
    /// time to the created time (sources that record closure by date only).
    public var closedBeforeCreated: ClosedBeforeCreated
    /// Source values → taxonomy codes of components or events (or request types).
    public var category: CaseImportValueMap
    /// Source values → request type codes (`RT01` …).
    public var requestType: CaseImportValueMap?
    /// Source values → `status` or `status:closure` (`closed:referred`, `cancelled`). Without it, a row with a
    /// closed time is `closed:resolved` and one without is `registered`.
    public var status: CaseImportValueMap?
    /// Source values → channel names (`phone`, `web`, `app`, `email`, `inspector`, `government` …).
    public var channel: CaseImportValueMap?
    public var description: String?
    public var address: String?
    public var latitude: String?
    public var longitude: String?
    /// The datum of the coordinates; GCJ-02 is converted to WGS-84.
    public var coordinateSystem: CoordinateSystem
    public var region: String?
    public var unit: String?
    /// The follow-up call's columns, for cases closed in the source.
    public var followUp: CaseImportFollowUpMapping?

    public enum ClosedBeforeCreated: String, Codable, Sendable, CaseIterable {
        case refuse
        case clamp
    }

    public init(
        name: String, externalID: String, createdAt: CaseImportTimeColumn, closedAt: CaseImportTimeColumn? = nil,
        closedBeforeCreated: ClosedBeforeCreated = .refuse, category: CaseImportValueMap, requestType: CaseImportValueMap? = nil,
        status: CaseImportValueMap? = nil, channel: CaseImportValueMap? = nil, description: String? = nil, address: String? = nil,
        latitude: String? = nil, longitude: String? = nil, coordinateSystem: CoordinateSystem = .wgs84, region: String? = nil, unit: String? = nil,
        followUp: CaseImportFollowUpMapping? = nil
    ) {
        self.name = name
        self.externalID = externalID
        self.createdAt = createdAt
        self.closedAt = closedAt
        self.closedBeforeCreated = closedBeforeCreated
        self.category = category
        self.requestType = requestType
        self.status = status
        self.channel = channel
        self.description = description
        self.address = address
        self.latitude = latitude
        self.longitude = longitude
        self.coordinateSystem = coordinateSystem
        self.region = region
        self.unit = unit
        self.followUp = followUp
    }

    enum CodingKeys: String, CodingKey {
        case name
        case externalID = "externalId"
        case createdAt, closedAt, closedBeforeCreated, category, requestType, status, channel
        case description, address, latitude, longitude, coordinateSystem, region, unit, followUp
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? "case import"
        externalID = try container.decode(String.self, forKey: .externalID)
        createdAt = try container.decode(CaseImportTimeColumn.self, forKey: .createdAt)
        closedAt = try container.decodeIfPresent(CaseImportTimeColumn.self, forKey: .closedAt)
        closedBeforeCreated = try container.decodeIfPresent(ClosedBeforeCreated.self, forKey: .closedBeforeCreated) ?? .refuse
        category = try container.decode(CaseImportValueMap.self, forKey: .category)
        requestType = try container.decodeIfPresent(CaseImportValueMap.self, forKey: .requestType)
        status = try container.decodeIfPresent(CaseImportValueMap.self, forKey: .status)
        channel = try container.decodeIfPresent(CaseImportValueMap.self, forKey: .channel)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        address = try container.decodeIfPresent(String.self, forKey: .address)
        latitude = try container.decodeIfPresent(String.self, forKey: .latitude)
        longitude = try container.decodeIfPresent(String.self, forKey: .longitude)
        coordinateSystem = try container.decodeIfPresent(CoordinateSystem.self, forKey: .coordinateSystem) ?? .wgs84
        region = try container.decodeIfPresent(String.self, forKey: .region)
        unit = try container.decodeIfPresent(String.self, forKey: .unit)
        followUp = try container.decodeIfPresent(CaseImportFollowUpMapping.self, forKey: .followUp)
    }

    /// Decodes a mapping file and checks it against a taxonomy; errors name the JSON path at fault.
    public static func decode(json: [UInt8], taxonomy: CaseTaxonomy) throws(OasisError) -> CaseImportMapping {
        let mapping: CaseImportMapping
        do {
            mapping = try JSONDecoder().decode(CaseImportMapping.self, from: Data(json))
        } catch {
            throw OasisError.invalid(
                code: "case_mapping_invalid", message: "The column-mapping file is not valid mapping JSON.",
                details: [DecodingErrorDetail.detail(error)])
        }
        let problems = mapping.problems(taxonomy: taxonomy)
        guard problems.isEmpty else {
            throw OasisError.invalid(
                code: "case_mapping_inconsistent", message: "The column-mapping file has \(problems.count) problem(s).", details: problems)
        }
        return mapping
    }

    /// Everything wrong with the mapping: unknown taxonomy codes, statuses or closures, bad time patterns or
    /// zones, policies that need a default without one, both or neither of latitude and longitude.
    public func problems(taxonomy: CaseTaxonomy) -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        for (path, time) in [("createdAt", createdAt), ("closedAt", closedAt)] {
            guard let time else { continue }
            guard TimeZone(identifier: time.timeZone) != nil else {
                problems.append(.init(field: "\(path).timeZone", reason: "\"\(time.timeZone)\" is not an IANA time zone such as Asia/Shanghai"))
                continue
            }
            if case .failure(let reason) = CaseImportTimePattern.compile(time) { problems.append(.init(field: "\(path).format", reason: reason)) }
        }
        func checkCodes(_ map: CaseImportValueMap?, _ path: String, kinds: Set<CaseCategoryKind>) {
            guard let map else { return }
            check(map, path, &problems)
            for (source, code) in map.values.sorted(by: { $0.key < $1.key }) {
                if let category = taxonomy.category(code) {
                    if !kinds.contains(category.kind) {
                        problems.append(.init(field: "\(path).values[\(source)]", reason: "\(code) is a \(category.kind.rawValue)"))
                    }
                } else {
                    problems.append(
                        .init(field: "\(path).values[\(source)]", reason: "\(code) is not a code of taxonomy \(taxonomy.name) \(taxonomy.version)"))
                }
            }
            if let code = map.default, taxonomy.category(code) == nil {
                problems.append(.init(field: "\(path).default", reason: "\(code) is not a code of taxonomy \(taxonomy.name) \(taxonomy.version)"))
            }
            if map.unmapped == .keep {
                problems.append(.init(field: "\(path).unmapped", reason: "taxonomy codes cannot keep source values; use refuse or default"))
            }
        }
        checkCodes(category, "category", kinds: [.component, .event, .requestType])
        checkCodes(requestType, "requestType", kinds: [.requestType])
        if let status {
            check(status, "status", &problems)
            for (source, value) in status.values.sorted(by: { $0.key < $1.key }) where Self.statusValue(value) == nil {
                problems.append(
                    .init(
                        field: "status.values[\(source)]",
                        reason: "\"\(value)\" is not a case status (optionally status:closure, e.g. closed:referred)"))
            }
            if let value = status.default, Self.statusValue(value) == nil {
                problems.append(.init(field: "status.default", reason: "\"\(value)\" is not a case status"))
            }
            if status.unmapped == .keep {
                problems.append(.init(field: "status.unmapped", reason: "statuses cannot keep source values; use refuse or default"))
            }
        }
        if let channel { check(channel, "channel", &problems) }
        if let followUp { problems += followUp.problems { map, path in check(map, path, &problems) } }
        if (latitude == nil) != (longitude == nil) {
            problems.append(.init(field: latitude == nil ? "latitude" : "longitude", reason: "map both latitude and longitude, or neither"))
        }
        return problems
    }

    func check(_ map: CaseImportValueMap, _ path: String, _ problems: inout [OasisError.Detail]) {
        if map.column.trimmingASCIIWhitespace().isEmpty { problems.append(.init(field: "\(path).column", reason: "the column name is empty")) }
        if map.unmapped == .default, map.default == nil {
            problems.append(.init(field: "\(path).default", reason: "the unmapped policy is default, so a default value is required"))
        }
    }

    /// `closed`, `closed:referred`, `cancelled` … as a status and closure.
    static func statusValue(_ text: String) -> (CaseStatus, CaseClosure?)? {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, let status = CaseStatus(rawValue: first) else { return nil }
        if parts.count == 2 {
            guard let closure = CaseClosure(rawValue: parts[1]), status == .closed || status == .followedUp || status == .evaluated else {
                return nil
            }
            return (status, closure)
        }
        return (status, status == .closed ? .resolved : nil)
    }

    /// The names of the columns the mapping reads.
    public var columnNames: [String] { columns.map(\.column) }

    /// The CSV columns the mapping reads, with the JSON path that names each.
    var columns: [(path: String, column: String)] {
        var result: [(String, String)] = [("externalId", externalID), ("createdAt.column", createdAt.column), ("category.column", category.column)]
        if let closedAt { result.append(("closedAt.column", closedAt.column)) }
        if let requestType { result.append(("requestType.column", requestType.column)) }
        if let status { result.append(("status.column", status.column)) }
        if let channel { result.append(("channel.column", channel.column)) }
        for (path, map, _) in followUp?.maps ?? [] { result.append(("\(path).column", map.column)) }
        for (path, column) in [
            ("description", description), ("address", address), ("latitude", latitude), ("longitude", longitude),
            ("region", region), ("unit", unit),
        ] {
            if let column { result.append((path, column)) }
        }
        return result
    }
}
