import Foundation

/// The byte reader of `LineProtocolReader` for the lines gateways send nearly always —
/// `measurement[,tag=value…] field=number[,value=number] [timestamp]` without escapes or quotes — on the line's
/// UTF-8 bytes, without making a `Character` of them. It accepts exactly what the general reader accepts; for any
/// other line (an escape, a quote, a problem of any kind) it answers nil and the general reader reads the line and,
/// if it must, words the problem.
enum FastLine {
    static func read(_ line: UnsafeBufferPointer<UInt8>, perSecond: Double, receivedAt: Date) -> SensorReading? {
        let space: UInt8 = 0x20
        let comma: UInt8 = 0x2C
        let equals: UInt8 = 0x3D
        for byte in line where byte == 0x5C || byte == 0x22 { return nil } // backslash or quote
        // Sections: key, fields and the optional timestamp, separated by single spaces.
        var sections: [Range<Int>] = []
        var start = 0
        for index in 0...line.count where index == line.count || line[index] == space {
            sections.append(start..<index)
            start = index + 1
            if sections.count > 3 { return nil }
        }
        guard sections.count == 2 || sections.count == 3, sections.allSatisfy({ !$0.isEmpty }) else { return nil }
        // Key: the measurement, then tags; `sensor=` names the sensor.
        var sensor: Range<Int>?
        var measurement: Range<Int>?
        var part = sections[0].lowerBound
        for index in sections[0].lowerBound...sections[0].upperBound where index == sections[0].upperBound || line[index] == comma {
            let piece = part..<index
            part = index + 1
            guard !piece.isEmpty else { return nil }
            if measurement == nil {
                measurement = piece
                continue
            }
            guard let (name, value) = pair(line, piece, equals), !name.isEmpty, !value.isEmpty else { return nil }
            if equal(line, name, "sensor") { sensor = value }
        }
        // Fields: one, or several all named `value` (the first counts, as in the general reader; any other name goes
        // to the general reader's refusal).
        var chosen: Range<Int>?
        var fields = 0
        part = sections[1].lowerBound
        for index in sections[1].lowerBound...sections[1].upperBound where index == sections[1].upperBound || line[index] == comma {
            let piece = part..<index
            part = index + 1
            guard let (name, value) = pair(line, piece, equals), !name.isEmpty else { return nil }
            fields += 1
            if fields == 1 {
                chosen = value
            } else if !equal(line, name, "value") {
                return nil
            }
        }
        if fields > 1 {
            // Several fields: every one must be `value` (the general reader refuses the others).
            part = sections[1].lowerBound
            for index in sections[1].lowerBound...sections[1].upperBound where index == sections[1].upperBound || line[index] == comma {
                guard let (name, _) = pair(line, part..<index, equals), equal(line, name, "value") else { return nil }
                part = index + 1
            }
        }
        guard let chosen, let value = number(line, chosen) else { return nil }
        var time = receivedAt
        if sections.count == 3 {
            guard let stamp = integer(line, sections[2]) else { return nil }
            time = Date(timeIntervalSince1970: Double(stamp) / perSecond)
        }
        guard let code = sensor ?? measurement else { return nil }
        return SensorReading(sensorID: String(decoding: UnsafeBufferPointer(rebasing: line[code]), as: UTF8.self), time: time, value: value)
    }

    /// `name=value` with exactly one `=`.
    static func pair(_ line: UnsafeBufferPointer<UInt8>, _ piece: Range<Int>, _ equals: UInt8) -> (Range<Int>, Range<Int>)? {
        var split: Int?
        for index in piece where line[index] == equals {
            if split != nil { return nil }
            split = index
        }
        guard let split else { return nil }
        return (piece.lowerBound..<split, (split + 1)..<piece.upperBound)
    }

    static func equal(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in zip(range, expected).allSatisfy { line[$0] == $1 } }
    }

    /// A finite decimal number, optionally with the integer suffix `i` or `u`; nil for anything else.
    static func number(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        var digits = range
        if let last = digits.last, line[last] == UInt8(ascii: "i") || line[last] == UInt8(ascii: "u") { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.count < 64 else { return nil }
        for index in digits {
            switch line[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "e"), UInt8(ascii: "E"):
                continue
            default:
                return nil
            }
        }
        guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: line[digits]), as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// A decimal Int64 with an optional sign; nil on overflow or anything else.
    static func integer(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int64? {
        var index = range.lowerBound
        var negative = false
        if line[index] == UInt8(ascii: "-") || line[index] == UInt8(ascii: "+") {
            negative = line[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < range.upperBound else { return nil }
        var result: Int64 = 0
        while index < range.upperBound {
            let byte = line[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (times, overflowA) = result.multipliedReportingOverflow(by: 10)
            let (plus, overflowB) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflowA, !overflowB else { return nil }
            result = plus
            index += 1
        }
        return negative ? -result : result
    }
}
