import OasisCore
import OasisRouting

extension SpatialFeatureVocabulary {
    /// The facility types of the built-in facility rules and the routing's default shelter classes.
    public static let builtIn = SpatialFeatureVocabulary(
        facilityTypes: Set(FacilityRules.builtIn.types.map(\.rawValue)),
        shelterClasses: Set(ShelterClass.defaults.map(\.name))
    )
}
