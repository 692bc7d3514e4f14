/// A long step a library reports progress on. Each step has a message in the catalogue
/// (`progress_<raw value>`) so that a front end can label it in either language.
public enum ProgressStep: String, Sendable, CaseIterable, Codable {
    case readOSM = "read_osm"
    case buildNetwork = "build_network"
    case writeArtefact = "write_artefact"
    case loadArtefact = "load_artefact"
    case nearestFacility = "nearest_facility"
    case coverage = "coverage"
    case shelterReach = "shelter_reach"
    case isochrones = "isochrones"

    /// The catalogue key of the step's label.
    public var messageKey: MessageKey { MessageKey("progress_\(rawValue)") }
}
