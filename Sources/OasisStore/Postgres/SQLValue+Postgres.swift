import Foundation
import NIOCore
import PostgresNIO

extension SQLValue {
    init(postgres cell: PostgresCell) throws {
        guard cell.bytes != nil else {
            self = .null
            return
        }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid:
            self = .int(try cell.decode(Int64.self))
        case .float4, .float8:
            self = .double(try cell.decode(Double.self))
        case .numeric:
            // SUM over BIGINT columns yields NUMERIC; whole values come back as integers.
            let number = NSDecimalNumber(decimal: try cell.decode(Decimal.self))
            let value = number.doubleValue
            self = value.rounded() == value && abs(value) < 9e15 ? .int(number.int64Value) : .double(value)
        case .bool:
            self = .int(try cell.decode(Bool.self) ? 1 : 0)
        case .bytea:
            var buffer = try cell.decode(ByteBuffer.self)
            self = .blob(buffer.readBytes(length: buffer.readableBytes) ?? [])
        default:
            self = .text(try cell.decode(String.self))
        }
    }
}
