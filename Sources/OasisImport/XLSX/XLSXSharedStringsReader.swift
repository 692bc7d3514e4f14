/// The shared-string table (`xl/sharedStrings.xml`) read element by element: one string per `<si>`, joining the `<t>`
/// of rich-text runs (`<r><t>`) and leaving out phonetic guides (`<rPh>`).
struct XLSXSharedStringsReader: XLSXPartReader {
    /// Set when the table holds more strings than ``XLSXLimits/maximumCells``: no sheet within the limits could use
    /// them all, so such a table can only be meant to exhaust memory.
    private(set) var failure: XLSXError?
    /// The strings, indexed as cells of type `s` refer to them.
    private(set) var strings: [String] = []
    private var inItem = false
    private var capturing = false
    private var phoneticDepth = 0
    private var text = ""
    private let limits: XLSXLimits
    private let part: String

    /// Prepares to read the table in `part`, within `limits`.
    init(part: String, limits: XLSXLimits) {
        self.part = part
        self.limits = limits
    }

    var wantsText: Bool { capturing }

    mutating func start(_ name: String, _ attributes: XLSXAttributes) -> Bool {
        switch name {
        case "si":
            inItem = true
            phoneticDepth = 0
            text = ""
        case "t":
            if inItem, phoneticDepth == 0 { capturing = true }
        case "rPh":
            phoneticDepth += 1
        case "sst":
            if let count = attributes["uniqueCount"].flatMap(Int.init), count > 0 {
                strings.reserveCapacity(min(count, limits.maximumCells, 1_000_000))
            }
        default:
            if name.utf8.contains(UInt8(ascii: ":")) { return start(XLSXXML.localName(name), attributes) }
        }
        return failure == nil
    }

    mutating func end(_ name: String) -> Bool {
        switch name {
        case "si":
            strings.append(XLSXXML.decodeEscapes(text))
            inItem = false
            capturing = false
            if strings.count > limits.maximumCells {
                failure = XLSXError(reason: "the shared-string table \(part) holds more than \(limits.maximumCells) strings; refused")
            }
        case "t":
            capturing = false
        case "rPh":
            phoneticDepth -= 1
        default:
            if name.utf8.contains(UInt8(ascii: ":")) { return end(XLSXXML.localName(name)) }
        }
        return failure == nil
    }

    mutating func characters(_ string: String) {
        if capturing { text += string }
    }
}
