/// The file formats of the project library.
public enum ProjectFileFormat: String, Sendable, CaseIterable {
    case csv
    case xlsx

    public var contentType: String {
        switch self {
        case .csv: "text/csv; charset=utf-8"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }
}
