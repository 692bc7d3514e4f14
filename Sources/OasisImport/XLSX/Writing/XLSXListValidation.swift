/// A drop-down list on a range of cells (`<dataValidation type="list">`): the cells accept only the values of
/// `source`, a range reference such as `'代码'!$A$2:$A$40` (a reference has no length limit, unlike an inline
/// list, which Excel caps at 255 characters).
public struct XLSXListValidation: Sendable, Equatable {
    /// The cells, e.g. `B2:B1001`.
    public var cells: String
    /// The list's range reference (a formula without the leading `=`).
    public var source: String

    public init(cells: String, source: String) {
        self.cells = cells
        self.source = source
    }
}
