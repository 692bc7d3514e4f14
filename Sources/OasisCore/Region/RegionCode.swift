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
    /// The string without leading and trailing spaces, tabs and line breaks.
    public func trimmingASCIIWhitespace() -> String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 32 || bytes[start] == 9 || bytes[start] == 10 || bytes[start] == 13 { start += 1 }
        while end > start, bytes[end - 1] == 32 || bytes[end - 1] == 9 || bytes[end - 1] == 10 || bytes[end - 1] == 13 { end -= 1 }
        if start == 0 && end == bytes.count { return self }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
