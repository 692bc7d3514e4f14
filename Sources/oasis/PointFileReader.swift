import Foundation
import OasisCore
import OasisImport

/// Reads the point files of `oasis analyse shelters`: CSV with `lon` and `lat` columns, or a GeoJSON
/// FeatureCollection of Point features in WGS-84 whose properties carry the other columns. Errors name
/// the file, the line (CSV) or feature (GeoJSON) and the column.
enum PointFileReader {
    static func read(_ path: String, required: [String]) throws -> [PointRecord] {
        let data = try InputError.naming("\(path): cannot read the file") { try Data(contentsOf: URL(fileURLWithPath: path)) }
        let lower = path.lowercased()
        if lower.hasSuffix(".geojson") || lower.hasSuffix(".json") {
            return try geoJSON(data, path: path, required: required)
        }
        return try csv(data, path: path, required: required)
    }

    private static func csv(_ data: Data, path: String, required: [String]) throws -> [PointRecord] {
        let table = try InputError.naming(path) { try CSVParser().parse(Array(data)) }
        let columns = ["lon", "lat"] + required
        let missing = columns.filter { table.column($0) == nil }
        guard missing.isEmpty else {
            throw CLIError(
                "\(path): line 1: missing column \(missing.joined(separator: ", ")); the header has \(table.header.joined(separator: ", ")) and needs \(columns.joined(separator: ", "))."
            )
        }
        let names = table.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return try table.records.map { record in
            var fields: [String: String] = [:]
            for (index, name) in names.enumerated() where index < record.fields.count { fields[name] = record.fields[index] }
            let located = PointRecord(location: "line \(record.line)", longitude: 0, latitude: 0, fields: fields)
            return try position(located, longitude: located.number("lon", file: path), latitude: located.number("lat", file: path), path: path)
        }
    }

    private static func geoJSON(_ data: Data, path: String, required: [String]) throws -> [PointRecord] {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any], root["type"] as? String == "FeatureCollection",
            let features = root["features"] as? [Any]
        else {
            throw CLIError("\(path): not a GeoJSON FeatureCollection (expected {\"type\": \"FeatureCollection\", \"features\": [...]}).")
        }
        return try features.enumerated().map { index, element in
            let location = "feature \(index + 1)"
            guard let feature = element as? [String: Any], let geometry = feature["geometry"] as? [String: Any],
                geometry["type"] as? String == "Point", let coordinates = geometry["coordinates"] as? [Any], coordinates.count >= 2,
                let longitude = (coordinates[0] as? NSNumber)?.doubleValue, let latitude = (coordinates[1] as? NSNumber)?.doubleValue
            else {
                throw CLIError("\(path): \(location): the geometry is not a Point with [longitude, latitude].")
            }
            var fields: [String: String] = [:]
            for (key, value) in feature["properties"] as? [String: Any] ?? [:] {
                switch value {
                case let text as String: fields[key.lowercased()] = text
                case let number as NSNumber: fields[key.lowercased()] = number.stringValue
                default: continue
                }
            }
            if fields["id"] == nil, let id = feature["id"] { fields["id"] = "\(id)" }
            if let missing = required.first(where: { fields[$0] == nil }) {
                throw CLIError("\(path): \(location), column \(missing): the property is missing.")
            }
            return try position(
                PointRecord(location: location, longitude: 0, latitude: 0, fields: fields), longitude: longitude, latitude: latitude, path: path)
        }
    }

    private static func position(_ record: PointRecord, longitude: Double, latitude: Double, path: String) throws -> PointRecord {
        guard (-180...180).contains(longitude) else {
            throw CLIError("\(path): \(record.location), column lon: \(longitude) is not a WGS-84 longitude.")
        }
        guard (-90...90).contains(latitude) else { throw CLIError("\(path): \(record.location), column lat: \(latitude) is not a WGS-84 latitude.") }
        var placed = record
        placed.longitude = longitude
        placed.latitude = latitude
        return placed
    }
}
