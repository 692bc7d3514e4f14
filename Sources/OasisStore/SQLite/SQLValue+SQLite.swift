import NIOCore
import SQLiteNIO

extension SQLValue {
    init(sqlite data: SQLiteData) {
        switch data {
        case .integer(let value): self = .int(Int64(value))
        case .float(let value): self = .double(value)
        case .text(let value): self = .text(value)
        case .blob(let buffer): self = .blob(Array(buffer.readableBytesView))
        case .null: self = .null
        }
    }

    var sqliteData: SQLiteData {
        switch self {
        case .null: .null
        case .int(let value): .integer(SQLiteInt64(value))
        case .double(let value): .float(value)
        case .text(let value): .text(value)
        case .blob(let bytes): .blob(ByteBuffer(bytes: bytes))
        }
    }
}
