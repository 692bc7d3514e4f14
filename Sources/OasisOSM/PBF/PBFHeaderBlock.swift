/// The OSMHeader blob's HeaderBlock: the features a reader must implement to read the file. This reader
/// implements "OsmSchema-V0.6" and "DenseNodes"; a file that requires anything else (for example
/// "HistoricalInformation") is refused as unsupported.
struct PBFHeaderBlock {
    var requiredFeatures: [String] = []
    var optionalFeatures: [String] = []

    /// HeaderBlock: 1 bbox, 4 required_features, 5 optional_features, 16 writingprogram, 17 source, …
    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(OSMError) {
        var reader = ProtobufReader(bytes, range: 0..<bytes.count, context: "HeaderBlock")
        while !reader.isAtEnd {
            let field = try reader.fieldKey()
            switch (field.number, field.wireType) {
            case (4, .lengthDelimited):
                requiredFeatures.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[try reader.lengthDelimited()]), as: UTF8.self))
            case (5, .lengthDelimited):
                optionalFeatures.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[try reader.lengthDelimited()]), as: UTF8.self))
            default:
                try reader.skip(field.wireType)
            }
        }
    }

    func checkSupported() throws(OSMError) {
        let unsupported = requiredFeatures.filter { !PBFLimits.supportedRequiredFeatures.contains($0) }
        guard unsupported.isEmpty else {
            throw OSMError(
                .unsupported,
                "the file requires \(unsupported.map { "\"\($0)\"" }.joined(separator: ", ")), which this reader does not implement "
                    + "(supported: \(PBFLimits.supportedRequiredFeatures.sorted().joined(separator: ", ")))")
        }
    }
}
