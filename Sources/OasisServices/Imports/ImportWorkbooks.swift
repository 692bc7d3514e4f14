import OasisCore
import OasisImport
import OasisStore

/// The workbooks that go with the file imports: a template to fill in, generated from the regions, the active
/// framework and the policy's project types and stages; and a refused file given back with its bad cells marked.
public struct ImportWorkbooks: Sendable {
    public let store: Store
    public let catalogue: MessageCatalogue
    /// The case taxonomy in use, whose categories the case template lists.
    public let taxonomy: CaseTaxonomy

    public init(store: Store, catalogue: MessageCatalogue = .standard, taxonomy: CaseTaxonomy = .builtIn) {
        self.store = store
        self.catalogue = catalogue
        self.taxonomy = taxonomy
    }

    /// The template for `kind` in `language`, for a user who may run that import.
    public func template(_ kind: ImportTemplateKind, language: Language, by principal: Principal) async throws -> [UInt8] {
        _ = try principal.access(for: Self.permission(kind))
        let regions = try await store.regions.list().sorted { $0.code.rawValue < $1.code.rawValue }.map { region in
            ImportTemplateChoice(value: region.code.rawValue, meaning: region.names.text(in: language))
        }
        let indicators = try await store.frameworks.activeOrBuiltIn().indicators.map { indicator in
            ImportTemplateChoice(value: indicator.code, meaning: indicator.names.text(in: language))
        }
        let assets =
            kind == .lifelineSensors
            ? try await store.lifeline.assets(for: try principal.access(for: .readLayers)).sorted { $0.code < $1.code }.map { asset in
                ImportTemplateChoice(value: asset.code, meaning: asset.name)
            } : []
        let units =
            kind == .majorHazards || kind == .cases
            ? try await store.cases.units().sorted { $0.name < $1.name }.map { unit in
                ImportTemplateChoice(value: unit.name, meaning: unit.names[language.rawValue] ?? unit.region ?? "")
            } : []
        let categories =
            kind == .cases
            ? taxonomy.categories.filter { taxonomy.leafCategoryCodes.contains($0.code) }.map { category in
                ImportTemplateChoice(value: category.code, meaning: category.names.text(in: language))
            } : []
        let template = ImportTemplate(
            kind: kind, regions: regions, indicators: indicators, assets: assets, units: units, categories: categories, language: language,
            catalogue: catalogue)
        return try template.workbook()
    }

    /// The permission the import of `kind` needs, and so its template.
    public static func permission(_ kind: ImportTemplateKind) -> Permission {
        switch kind {
        case .indicatorValues: .writeIndicators
        case .projects: .writeProjects
        case .lifelineSensors, .majorHazards: .writeLayers
        case .cases: .dispatchCases
        }
    }

    /// The refused file as XLSX with the refusal's problems marked; nil when the file cannot be read as a table
    /// at all (then the problems name no cell to mark).
    public func marked(_ bytes: [UInt8], fileName: String, refusal: OasisError, language: Language) -> [UInt8]? {
        guard let table = try? TabularData(csvOrXLSX: bytes, fileName: fileName) else { return nil }
        return try? RefusedFileWorkbook.workbook(table, problems: refusal.details, language: language, catalogue: catalogue)
    }
}
