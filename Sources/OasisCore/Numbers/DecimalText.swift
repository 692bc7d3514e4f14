/// Numbers written as text (CSV and XLSX cells, form fields, query parameters): plain decimal notation only —
/// an optional sign, digits with an optional fraction, an optional decimal exponent (`-12.5`, `.5`, `1.2E-3`).
/// `Double(String)` alone also takes hexadecimal (`0x1p5`), `inf`, `nan` and `infinity`; every reader of text
/// numbers goes through here instead, so a latitude of `0x1p5` is refused like any other non-number.
public enum DecimalText {
    /// The longest text taken as a number (far more digits than a double holds).
    static let maximumLength = 64

    /// The finite number the text writes in decimal notation, or nil.
    public static func number(_ text: some StringProtocol) -> Double? {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= maximumLength, isDecimal(bytes) else { return nil }
        guard let value = Double(String(text)), value.isFinite else { return nil }
        return value
    }

    /// A whole number written in decimal digits with an optional sign, or nil (also when it does not fit).
    public static func integer(_ text: some StringProtocol) -> Int? {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= maximumLength else { return nil }
        return Int(String(text))
    }

    static func isDecimal(_ bytes: some Collection<UInt8>) -> Bool {
        var index = bytes.startIndex
        func digits() -> Int {
            var count = 0
            while index != bytes.endIndex, (48...57).contains(bytes[index]) {
                count += 1
                index = bytes.index(after: index)
            }
            return count
        }
        if index != bytes.endIndex, bytes[index] == 43 || bytes[index] == 45 { index = bytes.index(after: index) }
        var mantissa = digits()
        if index != bytes.endIndex, bytes[index] == 46 {
            index = bytes.index(after: index)
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if index != bytes.endIndex, bytes[index] == 69 || bytes[index] == 101 {
            index = bytes.index(after: index)
            if index != bytes.endIndex, bytes[index] == 43 || bytes[index] == 45 { index = bytes.index(after: index) }
            guard digits() > 0 else { return false }
        }
        return index == bytes.endIndex
    }
}
