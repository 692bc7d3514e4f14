/// The distinct strings of an artefact (facility types, kinds, names) stored once each as UTF-8 bytes
/// with offsets: string `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
struct StringTable {
    private(set) var offsets: [UInt32] = [0]
    private(set) var bytes: [UInt8] = []
    private var indices: [String: Int] = [:]

    mutating func index(of string: String) -> Int {
        if let index = indices[string] { return index }
        let index = offsets.count - 1
        bytes.append(contentsOf: string.utf8)
        offsets.append(UInt32(bytes.count))
        indices[string] = index
        return index
    }

    static func decode(offsets: [UInt32], bytes: [UInt8]) throws(NetworkArtefactError) -> [String] {
        var strings: [String] = []
        strings.reserveCapacity(max(0, offsets.count - 1))
        for index in 0..<max(0, offsets.count - 1) {
            let start = Int(offsets[index])
            let end = Int(offsets[index + 1])
            guard start <= end, end <= bytes.count else {
                throw NetworkArtefactError(.corrupt, "string \(index) lies outside the string bytes")
            }
            strings.append(String(decoding: bytes[start..<end], as: UTF8.self))
        }
        return strings
    }
}
