import OasisCore

extension CaseImportMapping {
    /// The mapping of the downloadable case template (`ImportTemplateKind.cases`): its header cells as the columns, its
    /// times read as a spreadsheet writes them (a date-time cell, a day, typed text such as `2026/3/5 13:40`) in China
    /// Standard Time, its category by the taxonomy's code or by a category's name in any language, its channel kept as
    /// written, and WGS-84 coordinates.
    public static func template(taxonomy: CaseTaxonomy) -> CaseImportMapping {
        let headers = Dictionary(uniqueKeysWithValues: ImportTemplateKind.cases.columns.map { ($0.code, $0.header) })
        func header(_ code: String) -> String { headers[code] ?? code }
        var categories: [String: String] = [:]
        let leaves = taxonomy.categories.filter { taxonomy.leafCategoryCodes.contains($0.code) }
        for category in leaves { categories[category.code] = category.code }
        for category in leaves {
            for language in Language.allCases {
                if let name = category.names[language], categories[name] == nil { categories[name] = category.code }
            }
        }
        return CaseImportMapping(
            name: "template", externalID: header("external_id"),
            createdAt: CaseImportTimeColumn(column: header("created_at"), format: "spreadsheet", timeZone: "Asia/Shanghai"),
            closedAt: CaseImportTimeColumn(column: header("closed_at"), format: "spreadsheet", timeZone: "Asia/Shanghai"),
            category: CaseImportValueMap(column: header("category"), values: categories),
            channel: CaseImportValueMap(column: header("channel"), values: [:], unmapped: .keep),
            description: header("description"), address: header("address"), latitude: header("latitude"), longitude: header("longitude"),
            region: header("region"), unit: header("unit"))
    }
}
