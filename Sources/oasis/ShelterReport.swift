import Foundation
import OasisRouting

/// What `oasis analyse shelters` prints: one row per shelter (capacity against the people within its
/// service radius) and one per district (capacity against the district's residents, shelter area per
/// person), as a table, CSV or JSON. Surplus is capacity − population (negative: a deficit).
struct ShelterReport: Encodable {
    struct ShelterRow: Encodable {
        var id: String
        var name: String
        var shelterClass: String
        var district: String
        var effectiveArea: Double
        var capacity: Double
        var serviceRadius: Double
        var populationWithinRadius: Double
        var surplus: Double
        /// Effective area ÷ population within the radius (nil when nobody lives there).
        var areaPerPerson: Double?
        var snapDistance: Double
    }

    struct DistrictRow: Encodable {
        var district: String
        var shelters: Int
        var effectiveArea: Double
        var capacity: Double
        var population: Double
        var populationServed: Double
        var surplus: Double
        /// Effective area ÷ the district's population (nil for a district without residents).
        var areaPerPerson: Double?
    }

    var shelters: [ShelterRow]
    var districts: [DistrictRow]

    init(input: ShelterInput, assessments: [ShelterAssessment], districts: [DistrictShelterSummary]) {
        let byID = Dictionary(uniqueKeysWithValues: input.shelters.map { ($0.id, $0) })
        shelters = assessments.compactMap { assessment in
            guard let shelter = byID[assessment.id] else { return nil }
            return ShelterRow(
                id: shelter.id, name: input.names[shelter.id] ?? "", shelterClass: shelter.shelterClass.name, district: shelter.district,
                effectiveArea: shelter.effectiveArea, capacity: assessment.capacity, serviceRadius: shelter.shelterClass.serviceRadius,
                populationWithinRadius: assessment.populationWithinRadius,
                surplus: assessment.capacity - assessment.populationWithinRadius,
                areaPerPerson: assessment.populationWithinRadius > 0 ? shelter.effectiveArea / assessment.populationWithinRadius : nil,
                snapDistance: assessment.snapDistance)
        }
        self.districts = districts.map { summary in
            DistrictRow(
                district: summary.district, shelters: summary.shelterCount, effectiveArea: summary.effectiveArea, capacity: summary.capacity,
                population: summary.population, populationServed: summary.populationServed, surplus: summary.capacity - summary.population,
                areaPerPerson: summary.population > 0 ? summary.areaPerPerson : nil)
        }
    }

    static let shelterHeader = [
        "id", "name", "class", "district", "effective_area_m2", "capacity", "radius_m", "population_within_radius",
        "surplus", "area_per_person_m2", "snap_m",
    ]
    static let districtHeader = [
        "district", "shelters", "effective_area_m2", "capacity", "population", "population_served", "surplus",
        "area_per_person_m2",
    ]

    /// Rows of text; `exact` keeps full precision (CSV), otherwise whole people and two decimals of m²/person.
    func shelterRows(exact: Bool) -> [[String]] {
        shelters.map { row in
            [
                row.id, row.name, row.shelterClass, Self.district(row.district, exact: exact), Self.number(row.effectiveArea, exact, 0),
                Self.number(row.capacity, exact, 0), Self.number(row.serviceRadius, exact, 0), Self.number(row.populationWithinRadius, exact, 0),
                Self.number(row.surplus, exact, 0), row.areaPerPerson.map { Self.number($0, exact, 2) } ?? "",
                Self.number(row.snapDistance, exact, 1),
            ]
        }
    }

    func districtRows(exact: Bool) -> [[String]] {
        districts.map { row in
            [
                Self.district(row.district, exact: exact), String(row.shelters), Self.number(row.effectiveArea, exact, 0),
                Self.number(row.capacity, exact, 0),
                Self.number(row.population, exact, 0), Self.number(row.populationServed, exact, 0), Self.number(row.surplus, exact, 0),
                row.areaPerPerson.map { Self.number($0, exact, 2) } ?? "",
            ]
        }
    }

    func table() -> String {
        TextTable.render(header: Self.shelterHeader, rows: shelterRows(exact: false)) + "\n\n"
            + TextTable.render(header: Self.districtHeader, rows: districtRows(exact: false))
    }

    /// Two CSV sections (shelters, then districts) separated by an empty line.
    func csv() -> String {
        let lines = { (rows: [[String]]) in rows.map { $0.map(Self.csvField).joined(separator: ",") } }
        return (lines([Self.shelterHeader] + shelterRows(exact: true)) + [""] + lines([Self.districtHeader] + districtRows(exact: true)))
            .joined(separator: "\n")
    }

    private static func district(_ name: String, exact: Bool) -> String {
        name.isEmpty && !exact ? "—" : name
    }

    private static func number(_ value: Double, _ exact: Bool, _ decimals: Int) -> String {
        exact ? String(format: "%g", value) : String(format: "%.\(decimals)f", value)
    }

    private static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
