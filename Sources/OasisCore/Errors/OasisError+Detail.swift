extension OasisError {
    /// Where exactly something is wrong: a field path, a row and column of a file, or a line.
    public struct Detail: Codable, Sendable, Equatable, CustomStringConvertible {
        public var field: String?
        public var row: Int?
        public var column: String?
        public var line: Int?
        public var reason: String

        public init(field: String? = nil, row: Int? = nil, line: Int? = nil, column: String? = nil, reason: String) {
            self.field = field
            self.row = row
            self.column = column
            self.line = line
            self.reason = reason
        }

        public var description: String {
            var place: [String] = []
            if let line { place.append("line \(line)") }
            if let row { place.append("row \(row)") }
            if let column { place.append("column \(column)") }
            if let field { place.append("field \(field)") }
            return place.isEmpty ? reason : place.joined(separator: ", ") + ": " + reason
        }
    }
}
