/// A class of emergency shelter with its per-capita effective area (m² per person) and service radius
/// (metres of walking). Defaults from DOMAIN.md §5 (GB 51143-2015 / GB/T 44013-2024 class table [R]):
/// emergency 0.5 m², 500 m; short-term 2.0 m², 1,000 m; medium-term 3.0 m², 1,500 m; long-term 4.5 m², 2,500 m.
/// Editable data: a city may set its own figures.
public struct ShelterClass: Sendable, Hashable, Codable {
    public var name: String
    public var perCapitaArea: Double
    public var serviceRadius: Double

    public init(name: String, perCapitaArea: Double, serviceRadius: Double) {
        self.name = name
        self.perCapitaArea = perCapitaArea
        self.serviceRadius = serviceRadius
    }

    public static let emergency = ShelterClass(name: "emergency", perCapitaArea: 0.5, serviceRadius: 500)
    public static let shortTerm = ShelterClass(name: "short_term", perCapitaArea: 2.0, serviceRadius: 1_000)
    public static let mediumTerm = ShelterClass(name: "medium_term", perCapitaArea: 3.0, serviceRadius: 1_500)
    public static let longTerm = ShelterClass(name: "long_term", perCapitaArea: 4.5, serviceRadius: 2_500)
    public static let defaults = [emergency, shortTerm, mediumTerm, longTerm]
}
