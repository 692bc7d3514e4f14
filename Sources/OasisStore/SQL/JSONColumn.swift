import Foundation
import OasisCore

/// Values kept as JSON text in one column (a budget by source, milestones, risks): sorted keys and ISO-8601
/// dates, so the same value always writes the same text.
enum JSONColumn {
    static func text(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            preconditionFailure("a value of the store's own types failed to encode: \(error)")
        }
    }

    static func value<T: Decodable>(_ type: T.Type, _ text: String, column: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(type, from: Data(text.utf8))
        } catch {
            throw OasisError(kind: .internal, code: "store_row_shape", message: "Column \(column) holds JSON that does not decode: \(error)")
        }
    }
}
