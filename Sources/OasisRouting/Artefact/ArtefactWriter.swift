import Foundation

/// Appends fixed-width little-endian values and whole arrays to a byte buffer, each array padded to a
/// multiple of 8 bytes so every section of the file starts aligned.
struct ArtefactWriter {
    private(set) var data = Data()

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func append<T: BitwiseCopyable>(array: [T]) {
        array.withUnsafeBytes { data.append(contentsOf: $0) }
        pad()
    }

    mutating func append(bytes: [UInt8]) {
        data.append(contentsOf: bytes)
        pad()
    }

    private mutating func pad() {
        let remainder = data.count % 8
        if remainder != 0 { data.append(contentsOf: [UInt8](repeating: 0, count: 8 - remainder)) }
    }
}
