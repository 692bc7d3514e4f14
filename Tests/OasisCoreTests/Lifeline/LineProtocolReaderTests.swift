import Foundation
import OasisCore
import Testing

@Suite("InfluxDB line protocol readings")
struct LineProtocolReaderTests {
    let received = Date(timeIntervalSince1970: 1_782_864_000)

    @Test("tags, escapes, integer suffixes, precisions, comments and a missing timestamp")
    func reads() throws {
        let text = """
            # a Telegraf gateway in Tianshan district
            gas,sensor=GS-0001,site=Tianshan concentration=12.5 1782864000000000000
            pressure,sensor=PT\\ 7 value=0.31,quality=1 1782864060000000000

            level,sensor=LV-3 value=42i
            strain value=-3.5e-4 1782864120000000000\r
            """
        // The second line carries an extra field: refused with its line and field.
        #expect(throws: OasisError.self) { try LineProtocolReader(receivedAt: received).read(Substring(text)) }
        do {
            _ = try LineProtocolReader(receivedAt: received).read(Substring(text))
        } catch {
            #expect(error.details.map(\.line) == [3])
            #expect(error.details.map(\.field) == ["quality"])
        }
        let accepted = text.replacingOccurrences(of: ",quality=1", with: "")
        let readings = try LineProtocolReader(receivedAt: received).read(Substring(accepted))
        #expect(
            readings == [
                SensorReading(sensorID: "GS-0001", time: received, value: 12.5),
                SensorReading(sensorID: "PT 7", time: received.addingTimeInterval(60), value: 0.31),
                SensorReading(sensorID: "LV-3", time: received, value: 42),
                SensorReading(sensorID: "strain", time: received.addingTimeInterval(120), value: -3.5e-4),
            ])
        let seconds = try LineProtocolReader(precision: .s, receivedAt: received).read("flow,sensor=F1 value=3u 1782864000")
        #expect(seconds == [SensorReading(sensorID: "F1", time: received, value: 3)])
    }

    @Test("every malformed line is named, and nothing of the batch is returned")
    func refuses() {
        let text = """
            gas,sensor=GS-1 value=1 1782864000000000000
            gas,sensor=GS-1 value="high"
            gas,sensor=GS-1 value=true
            gas,sensor=GS-1 value=nan
            gas,sensor=GS-1 value=1e400
            gas,sensor=GS-1 value=1 soon
            gas,sensor
            gas,sensor=GS-1 a=1,b=2
            gas,sensor=GS-1
            """
        do {
            _ = try LineProtocolReader(receivedAt: received).read(Substring(text))
            Issue.record("a malformed batch was read")
        } catch {
            #expect(error.code == "invalid_line_protocol")
            #expect(error.details.map(\.line) == [2, 3, 4, 5, 6, 7, 8, 9])
            #expect(error.details.map(\.field) == ["value", "value", "value", "value", "timestamp", nil, "a", nil])
        }
    }

    @Test("CRLF line ends, several `value` fields (the first counts), signs, non-ASCII names, and each reading's line number")
    func linesAndEdges() throws {
        let text = "# gateway\r\ngas,sensor=燃气-1 value=1,value=2 +1782864000\r\n\r\n  \t\n压力 value=-0.5e1i -60\nflow,sensor=F\\,2 value=3 1782864000"
        let (readings, lines) = try LineProtocolReader(precision: .s, receivedAt: received).readNumbered(Substring(text))
        #expect(
            readings == [
                SensorReading(sensorID: "燃气-1", time: received, value: 1),
                SensorReading(sensorID: "压力", time: Date(timeIntervalSince1970: -60), value: -5),
                SensorReading(sensorID: "F,2", time: received, value: 3),
            ])
        #expect(lines == [2, 5, 6])
        // What the byte reader leaves to the general reader is still refused with the same words.
        for (line, field) in [("gas value=x", "value"), ("gas value=1,other=2", "other"), ("gas value=1 99999999999999999999", "timestamp")] {
            #expect(throws: OasisError.self) { try LineProtocolReader(receivedAt: received).read(Substring(line)) }
            do {
                _ = try LineProtocolReader(receivedAt: received).read(Substring(line))
            } catch {
                #expect(error.details.map(\.field) == [field], "\(line)")
            }
        }
    }
}
