/// A statistical division code (统计用区划代码): 6 digits for province, prefecture and county
/// (GB/T 2260), 9 for a sub-district or township, 12 for a community or village; a neighbourhood
/// (小区) below a community carries 15 digits (the community's 12 plus a 3-digit serial of the city's own).
public struct RegionCode: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Validates the shape of a code; it does not check that the region exists.
    public init(_ rawValue: String) throws(OasisError) {
        let trimmed = rawValue.trimmingASCIIWhitespace()
        guard [6, 9, 12, 15].contains(trimmed.utf8.count), trimmed.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw OasisError.invalid(
                code: "region_code_malformed",
                message: "A region code has 6, 9, 12 or 15 digits; got \"\(rawValue)\"."
            )
        }
        self.rawValue = trimmed
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        do {
            try self.init(string)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// The two-digit province prefix (65 for Xinjiang).
    public var provincePrefix: Substring { rawValue.prefix(2) }

    public static func < (lhs: RegionCode, rhs: RegionCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (no copy when there are none).
    public func trimmingASCIIWhitespace() -> String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        if !isSpace(first) && !isSpace(last) { return self }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
        while end > start, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        return String(self[start..<end])
    }
}
