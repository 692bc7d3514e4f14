/// A column of an import template: its code, whether the import requires it, the list its cells take and
/// whether it holds days.
public struct ImportTemplateColumn: Sendable, Equatable {
    public var code: String
    public var required: Bool
    public var list: ImportTemplateList?
    public var isDate: Bool
    /// Whether it holds a day and a time of day (a case's times).
    public var isDateTime: Bool
    /// The Chinese name the header writes, when not the code's first (`牵头单位` for a project's `unit`).
    public var name: String?

    public init(
        _ code: String, required: Bool = false, list: ImportTemplateList? = nil, isDate: Bool = false, isDateTime: Bool = false, name: String? = nil
    ) {
        self.isDateTime = isDateTime
        self.code = code
        self.name = name
        self.required = required
        self.list = list
        self.isDate = isDate
    }

    /// The header cell: the Chinese name with the code, `区划代码 (region)`, as `ImportColumnNames` reads it; the
    /// code alone for a column without a Chinese name.
    public var header: String {
        (name ?? ImportColumnNames.templateName(code)).map { "\($0) (\(code))" } ?? code
    }
}
