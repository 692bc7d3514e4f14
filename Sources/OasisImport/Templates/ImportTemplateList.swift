/// A set of codes a template column takes from a drop-down list.
public enum ImportTemplateList: String, Sendable, CaseIterable {
    /// The regions' division codes.
    case regions
    /// The active framework's indicator codes.
    case indicators
    /// The policy's project types (`ProjectType`), as the labels the pages show.
    case projectTypes
    /// The project stages (`ProjectStage`), as labels.
    case projectStages
    /// Yes or no.
    case yesNo
    /// What a lifeline sensor measures (`LifelineQuantity`), as labels.
    case lifelineQuantities
    /// The lifeline assets' codes, with their names.
    case lifelineAssets
    /// The units of the hotline's register (a hazard source's owner unit).
    case units
    /// GB 18218-2018's chemicals (table 1, by name) and categories (table 2, by code).
    case hazardSubstances
    /// The case taxonomy's categories a case may be filed under, by code, with their names.
    case caseCategories
}
