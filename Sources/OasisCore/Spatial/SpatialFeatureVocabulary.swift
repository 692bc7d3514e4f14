/// The kinds a layer import accepts: the living-circle facility types and the shelter classes. The lists live
/// with the code that uses them (the OSM facility rules, the routing's shelter classes); `OasisOSM` builds the
/// built-in vocabulary from them (`SpatialFeatureVocabulary.builtIn`) and a city may extend it.
public struct SpatialFeatureVocabulary: Sendable, Hashable {
    public var facilityTypes: Set<String>
    public var shelterClasses: Set<String>

    public init(facilityTypes: Set<String>, shelterClasses: Set<String>) {
        self.facilityTypes = facilityTypes
        self.shelterClasses = shelterClasses
    }
}
