import Foundation
import ZIPFoundation

/// Reads the parts back out of an archive, so a test can rebuild a fixture differently.
enum ZIPParts {
    static func read(_ bytes: [UInt8]) throws -> [(String, Data)] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var parts: [(String, Data)] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts.append((entry.path, data))
        }
        return parts
    }
}
