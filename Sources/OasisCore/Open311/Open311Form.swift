/// The key/value pairs of an `application/x-www-form-urlencoded` body (or a query string), decoded: `+` is a
/// space and `%XX` a byte; the bytes must form UTF-8. Keys may repeat; order is kept.
public struct Open311Form: Sendable, Equatable {
    public var pairs: [(key: String, value: String)]

    public init(pairs: [(key: String, value: String)]) { self.pairs = pairs }

    public static func == (lhs: Open311Form, rhs: Open311Form) -> Bool {
        lhs.pairs.count == rhs.pairs.count
            && zip(lhs.pairs, rhs.pairs).allSatisfy { pair in pair.0.key == pair.1.key && pair.0.value == pair.1.value }
    }

    /// Decodes a body; a malformed escape or non-UTF-8 text is an error naming the pair.
    public static func parse(_ bytes: [UInt8]) throws(OasisError) -> Open311Form {
        var pairs: [(key: String, value: String)] = []
        var index = 0
        for part in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            index += 1
            let equals = part.firstIndex(of: UInt8(ascii: "="))
            let rawKey = equals.map { part[part.startIndex..<$0] } ?? part[...]
            let rawValue = equals.map { part[part.index(after: $0)...] } ?? []
            guard let key = decode(rawKey), let value = decode(rawValue) else {
                throw OasisError.invalid(
                    code: "open311_form_malformed", message: "The form body is not valid application/x-www-form-urlencoded UTF-8 text.",
                    details: [
                        .init(field: "pair \(index)", reason: "a % must be followed by two hexadecimal digits and the decoded bytes must be UTF-8")
                    ])
            }
            pairs.append((key, value))
        }
        return Open311Form(pairs: pairs)
    }

    /// Parses a query string or body given as text.
    public static func parse(_ text: String) throws(OasisError) -> Open311Form { try parse(Array(text.utf8)) }

    static func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 48...57: byte - 48
            case 65...70: byte - 55
            case 97...102: byte - 87
            default: nil
            }
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(32)
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) else { return nil }
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(validating: out, as: UTF8.self)
    }

    /// The first non-empty value of a key, trimmed (empty values count as absent, per GeoReport's "optional").
    public func value(_ key: String) -> String? {
        for pair in pairs where pair.key == key {
            let trimmed = pair.value.trimmingASCIIWhitespace()
            if !trimmed.isEmpty { return trimmed }
        }
        return nil
    }

    /// Every non-empty value of a key, each also split at commas (for `service_code=a,b&service_code=c`).
    public func commaList(_ key: String) -> [String] {
        pairs.filter { $0.key == key }.flatMap { $0.value.split(separator: ",") }
            .map { String($0).trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
    }

    /// The keys present, in first-seen order.
    public var keys: [String] {
        var seen = Set<String>()
        return pairs.map(\.key).filter { seen.insert($0).inserted }
    }
}
