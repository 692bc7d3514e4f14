/// Replaces XML's five predefined entities and numeric character references (`&#38;`, `&#x26;`) in an
/// attribute value; any other `&…;` is an error (OSM files declare no entities of their own).
enum XMLEntities {
    static func decode(_ raw: UnsafeBufferPointer<UInt8>) throws(OSMError) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            var end = index + 1
            while end < raw.count && raw[end] != UInt8(ascii: ";") && end - index <= 12 { end += 1 }
            guard end < raw.count, raw[end] == UInt8(ascii: ";") else {
                throw OSMError(.malformedXML, "an & that does not start an entity reference")
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: raw[(index + 1)..<end]), as: UTF8.self)
            switch name {
            case "amp": output.append(UInt8(ascii: "&"))
            case "lt": output.append(UInt8(ascii: "<"))
            case "gt": output.append(UInt8(ascii: ">"))
            case "quot": output.append(UInt8(ascii: "\""))
            case "apos": output.append(UInt8(ascii: "'"))
            default:
                guard let scalar = characterReference(name) else {
                    throw OSMError(.malformedXML, "unknown entity &\(name);")
                }
                output.append(contentsOf: String(Character(scalar)).utf8)
            }
            index = end + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `#38` or `#x26` → the Unicode scalar, nil if it is not a valid reference.
    private static func characterReference(_ name: String) -> Unicode.Scalar? {
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let value, value != 0 else { return nil }
        return Unicode.Scalar(value)
    }
}
