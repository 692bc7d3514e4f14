import OasisCore
import OasisRouting
import OasisServices
import OasisStore

/// The living-circle page's shelters section: each shelter of the layer with its class, effective area and
/// capacity (effective area ÷ the class's per-capita area, from the operator's standards file or the built-in classes),
/// and per region the shelter
/// figures the shelter analysis recorded (U22: the effective area, the residents and the area per person).
/// The population within each shelter's walking reach comes from the latest background analysis of the region
/// that ran the shelter analysis (`reach`, kept in the job's result).
struct LivingCircleShelters {
    var shelters: [SpatialFeaturePoint]
    /// Each region's summed U22 figures, newest period first.
    var totals: [AnalysisFigure]
    var regionNames: [String: String]
    /// Shelter id → its reach from the latest background shelter analysis of the region (empty when none ran).
    var reach: [String: AnalysisJobResult.ShelterReach] = [:]
    /// The period of that analysis.
    var reachPeriod: Int?
    /// The shelter classes in use (the standards file's), as the analyses read them.
    var classes: [ShelterClass] = ShelterClass.defaults

    /// The code of the shelter-area indicator (U22 in the built-in framework).
    static var indicator: String {
        AccessIndicator.all.first { $0.measure == .shelterAreaPerResident }?.code ?? "U22"
    }

    /// The class a shelter's kind names, as the analysis reads it (nil for an unknown class).
    func shelterClass(_ kind: String?) -> ShelterClass? {
        classes.first { $0.name == kind?.lowercased() }
    }

    /// The capacity of a shelter of `kind` with `area` m² (nil for an unknown class or no area).
    func capacity(kind: String?, area: Double?) -> Double? {
        guard let area, let shelterClass = shelterClass(kind) else { return nil }
        return area / shelterClass.perCapitaArea
    }

    func data(catalogue: MessageCatalogue, language: Language) -> [String: Any] {
        let rows: [[String: Any]] = shelters.map { shelter in
            let shelterClass = shelterClass(shelter.kind)
            let key = MessageKey("shelter_class_\(shelter.kind ?? "")")
            return [
                "name": shelter.name ?? shelter.externalID ?? "", "id": shelter.externalID ?? "",
                "class": !catalogue.contains(key) ? (shelter.kind ?? "—") : catalogue.text(key, language),
                "area": NumberFormat.whole(shelter.effectiveArea),
                "perCapita": shelterClass.map { NumberFormat.decimal($0.perCapitaArea) } ?? "—",
                "capacity": NumberFormat.whole(capacity(kind: shelter.kind, area: shelter.effectiveArea)),
                "within": reach[shelter.key("shelter")].map { NumberFormat.whole($0.populationWithinRadius) } ?? "—",
                "ratio": reach[shelter.key("shelter")].map {
                    $0.populationWithinRadius > 0 ? NumberFormat.decimal($0.capacity / $0.populationWithinRadius) : "—"
                } ?? "—",
            ]
        }
        let districts: [[String: Any]] = totals.map { total in
            [
                "code": total.region, "name": regionNames[total.region] ?? total.region, "period": total.period,
                "area": NumberFormat.whole(total.numerator), "population": NumberFormat.whole(total.denominator),
                "perPerson": total.denominator > 0 ? NumberFormat.decimal(total.numerator / total.denominator) : "—",
            ]
        }
        return [
            "shelterRows": rows, "hasShelters": !rows.isEmpty, "shelterDistricts": districts, "hasShelterDistricts": !districts.isEmpty,
            "hasReach": !reach.isEmpty, "reachPeriod": reachPeriod.map(String.init) ?? "",
        ]
    }
}
