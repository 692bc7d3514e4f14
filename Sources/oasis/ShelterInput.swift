import Foundation
import OasisRouting

/// The shelters and residences files of `oasis analyse shelters`, read into the library's types.
/// Shelters: `id,name,lon,lat,effective_area_m2,class` (optional `district`); residences:
/// `id,lon,lat,population` (optional `district`). A shelter without a district takes the district of the
/// residence nearest to it in a straight line.
struct ShelterInput {
    var shelters: [Shelter]
    /// Shelter id → name.
    var names: [String: String]
    var residences: [ResidentialPoint]

    static func read(shelters shelterPath: String, residences residencePath: String, classes: [ShelterClass] = ShelterClass.defaults) throws
        -> ShelterInput
    {
        let residenceRecords = try PointFileReader.read(residencePath, required: ["id", "population"])
        let residences = try residenceRecords.map { record in
            ResidentialPoint(
                region: record.fields["district"]?.trimmingCharacters(in: .whitespaces) ?? "", longitude: record.longitude,
                latitude: record.latitude, population: try record.quantity("population", file: residencePath))
        }
        var names: [String: String] = [:]
        var seen: Set<String> = []
        let shelters = try PointFileReader.read(shelterPath, required: ["id", "name", "effective_area_m2", "class"]).map { record in
            let id = try record.text("id", file: shelterPath)
            guard seen.insert(id).inserted else { throw CLIError("\(shelterPath): \(record.location), column id: \"\(id)\" appears twice.") }
            let className = try record.text("class", file: shelterPath)
            guard let shelterClass = classes.first(where: { $0.name == className.lowercased() }) else {
                throw CLIError(
                    "\(shelterPath): \(record.location), column class: unknown class \"\(className)\"; use \(classes.map(\.name).joined(separator: ", "))."
                )
            }
            names[id] = record.fields["name"] ?? ""
            let district = record.fields["district"]?.trimmingCharacters(in: .whitespaces)
            return Shelter(
                id: id, district: district.flatMap { $0.isEmpty ? nil : $0 } ?? nearestDistrict(record, residences),
                longitude: record.longitude, latitude: record.latitude,
                effectiveArea: try record.quantity("effective_area_m2", file: shelterPath), shelterClass: shelterClass)
        }
        return ShelterInput(shelters: shelters, names: names, residences: residences)
    }

    private static func nearestDistrict(_ record: PointRecord, _ residences: [ResidentialPoint]) -> String {
        let cosine = cos(record.latitude * .pi / 180)
        let nearest = residences.min { a, b in
            let da = pow((a.longitude - record.longitude) * cosine, 2) + pow(a.latitude - record.latitude, 2)
            let db = pow((b.longitude - record.longitude) * cosine, 2) + pow(b.latitude - record.latitude, 2)
            return da < db
        }
        return nearest?.region ?? ""
    }
}
