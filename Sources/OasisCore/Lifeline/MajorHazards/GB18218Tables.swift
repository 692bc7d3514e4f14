import Foundation

/// The tables of GB 18218-2018 Oasis needs to identify and grade a major hazard installation, as data (see
/// `Data/gb18218-2018.json` and its `source`): named chemicals, categories, the exposed-people factor α and the
/// grade bands.
public struct GB18218Tables: Codable, Sendable {
    public struct AlphaBand: Codable, Sendable, Hashable {
        public var minPeople: Int
        public var alpha: Double
    }

    public struct GradeBand: Codable, Sendable, Hashable {
        public var minR: Double
        public var grade: MajorHazardGrade
    }

    public var source: String
    public var substances: [HazardSubstance]
    public var categories: [HazardCategory]
    public var exposedPeopleAlpha: [AlphaBand]
    public var grades: [GradeBand]

    /// The tables as the standard gives them, compiled into Oasis.
    public static let standard: GB18218Tables = {
        do {
            return try JSONDecoder().decode(GB18218Tables.self, from: Data(PackageResources.gb18218_2018_json))
        } catch {
            fatalError("the compiled-in GB 18218-2018 tables do not decode: \(error)")
        }
    }()

    public func substance(cas: String) -> HazardSubstance? { substances.first { $0.cas == cas } }

    public func category(_ code: String) -> HazardCategory? { categories.first { $0.code == code } }

    /// α for the people living within 500 m of the installation's boundary (table 5).
    public func alpha(exposedPeople: Int) -> Double {
        exposedPeopleAlpha.sorted { $0.minPeople > $1.minPeople }.first { exposedPeople >= $0.minPeople }?.alpha ?? 0.5
    }

    /// The grade for R (table 6).
    public func grade(r: Double) -> MajorHazardGrade {
        grades.sorted { $0.minR > $1.minR }.first { r >= $0.minR }?.grade ?? .four
    }
}
