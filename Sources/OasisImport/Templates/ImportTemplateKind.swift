/// The imports that have a downloadable template, named as in the template's address
/// (`/api/v1/imports/templates/indicator-values.xlsx`).
public enum ImportTemplateKind: String, Sendable, CaseIterable {
    case indicatorValues = "indicator-values"
    case projects
    case lifelineSensors = "lifeline-sensors"
    case majorHazards = "major-hazards"
    case cases

    /// The template's columns, in the order the data sheet has them.
    public var columns: [ImportTemplateColumn] {
        switch self {
        case .indicatorValues:
            [
                ImportTemplateColumn("region", required: true, list: .regions),
                ImportTemplateColumn("indicator", required: true, list: .indicators),
                ImportTemplateColumn("period", required: true), ImportTemplateColumn("value", required: true),
                ImportTemplateColumn("source"), ImportTemplateColumn("unit"),
            ]
        case .projects:
            ProjectColumns.all.map { code in
                let list: ImportTemplateList? =
                    switch code {
                    case "type": .projectTypes
                    case "region": .regions
                    case "stage": .projectStages
                    case "residential": .yesNo
                    default: nil
                    }
                return ImportTemplateColumn(
                    code, required: ProjectColumns.required.contains(code), list: list,
                    isDate: ["planned_start", "planned_end", "actual_end"].contains(code), name: Self.projectNames[code])
            }
        case .lifelineSensors:
            [
                ImportTemplateColumn("code", required: true, name: "传感器编号"),
                ImportTemplateColumn("quantity", required: true, list: .lifelineQuantities),
                ImportTemplateColumn("unit", required: true), ImportTemplateColumn("asset", required: true, list: .lifelineAssets),
                ImportTemplateColumn("rules"),
            ]
        case .majorHazards:
            (MajorHazardTableReader.sourceColumns.prefix(1) + MajorHazardTableReader.nameColumns.map(\.column)
                + MajorHazardTableReader.sourceColumns.dropFirst() + MajorHazardTableReader.itemColumns).map { code in
                    let list: ImportTemplateList? =
                        switch code {
                        case "owner_unit": .units
                        case "region": .regions
                        case "substance": .hazardSubstances
                        default: nil
                        }
                    return ImportTemplateColumn(
                        code, required: !["name_en", "name_ug"].contains(code), list: list, name: Self.hazardNames[code])
                }
        case .cases:
            [
                ImportTemplateColumn("external_id", required: true, name: "案件编号"),
                ImportTemplateColumn("created_at", required: true, isDateTime: true, name: "受理时间"),
                ImportTemplateColumn("closed_at", isDateTime: true, name: "办结时间"),
                ImportTemplateColumn("category", required: true, list: .caseCategories, name: "案件类别"),
                ImportTemplateColumn("channel", name: "来源渠道"), ImportTemplateColumn("description", name: "问题描述"),
                ImportTemplateColumn("address", name: "地址"), ImportTemplateColumn("longitude"), ImportTemplateColumn("latitude"),
                ImportTemplateColumn("region", list: .regions), ImportTemplateColumn("unit", list: .units, name: "责任单位"),
            ]
        }
    }

    /// The hazard file's names where a shared code's first Chinese name would mislead.
    static let hazardNames = ["code": "危险源编号", "name_zh": "危险源名称"]

    /// The project file's names where a shared code's first Chinese name would mislead.
    static let projectNames = ["code": "项目代码", "name_zh": "项目名称", "unit": "牵头单位"]

    /// The CLI command that imports the filled-in template.
    public var command: String {
        switch self {
        case .indicatorValues: "oasis values import FILE"
        case .projects: "oasis projects import FILE"
        case .lifelineSensors: "oasis lifeline sensors import FILE"
        case .majorHazards: "oasis lifeline hazards import FILE"
        case .cases: "oasis cases import FILE"
        }
    }
}
