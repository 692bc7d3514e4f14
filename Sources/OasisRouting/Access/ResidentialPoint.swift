/// Where people live: a point (a building, a residential area's centroid, a census cell) with its
/// population and the key of the region it belongs to (a statistical division code, a district name).
public struct ResidentialPoint: Sendable, Hashable, Codable {
    public var region: String
    public var longitude: Double
    public var latitude: Double
    public var population: Double

    public init(region: String, longitude: Double, latitude: Double, population: Double) {
        self.region = region
        self.longitude = longitude
        self.latitude = latitude
        self.population = population
    }
}
