import Crypto
import Foundation

/// What one table holds, in a form both stores compute alike: its row count and a SHA-256 digest of its rows.
///
/// Each row is encoded column by column in the order of the column names (a kind tag, then the value: integers
/// in decimal, doubles in Swift's shortest round-trip form, text and blobs with their byte length), hashed, and
/// the digest is taken over the sorted row hashes, so that neither the order rows come back in nor the stores'
/// text collations change it.
public struct TableExport: Sendable, Codable, Equatable {
    public var table: String
    public var rows: Int
    public var digest: String

    public init(table: String, rows: Int, digest: String) {
        self.table = table
        self.rows = rows
        self.digest = digest
    }

    /// Reads the table through `executor` and computes its export.
    public static func of(_ table: TableSchema, on executor: any SQLExecutor) async throws -> TableExport {
        let order = table.columns.indices.sorted { table.columns[$0].name < table.columns[$1].name }
        var hashes: [SHA256.Digest] = []
        try await TableReader.forEachPage(of: table, on: executor) { rows in
            for row in rows { hashes.append(SHA256.hash(data: encode(order.map { row[$0] }))) }
        }
        var total = SHA256()
        for hash in hashes.sorted(by: { $0.lexicographicallyPrecedes($1) }) { total.update(data: Data(hash)) }
        return TableExport(table: table.name, rows: hashes.count, digest: total.finalize().map { String(format: "%02x", $0) }.joined())
    }

    static func encode(_ values: [SQLValue]) -> Data {
        var data = Data()
        for value in values {
            switch value {
            case .null: data.append(contentsOf: Array("N".utf8))
            case .int(let number): data.append(contentsOf: Array("I\(number)".utf8))
            case .double(let number): data.append(contentsOf: Array("D\(number)".utf8))
            case .text(let text):
                let bytes = Array(text.utf8)
                data.append(contentsOf: Array("T\(bytes.count):".utf8))
                data.append(contentsOf: bytes)
            case .blob(let bytes):
                data.append(contentsOf: Array("B\(bytes.count):".utf8))
                data.append(contentsOf: bytes)
            }
            data.append(0x1F)
        }
        return data
    }
}
