import Foundation
import OasisCore
import OasisStore

/// The demo's lifeline safety in Kashgar city (653101, owned by 喀什市城管局): a gas main with the manhole beside it, a
/// water main and a bridge; a sensor on the manhole, the water main and the bridge with its graded thresholds; the
/// last 24 hours of readings a minute apart ending at the seeding time — the manhole's methane rising over the last
/// quarter of an hour into a level III (yellow) alert — and two major hazard sources graded by GB 18218-2018. Every
/// name says it is a sample.
enum DemoLifeline {
    static let assets = #"""
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"code": "KS-GM-01", "name": "示例：喀什市燃气中压干管 1 段", "kind": "gas_main", "ownerUnit": "喀什市城管局", "region": "653101"},
           "geometry": {"type": "LineString", "coordinates": [[75.975, 39.468], [75.990, 39.468], [76.002, 39.470]]}},
          {"type": "Feature", "properties": {"code": "KS-MH-01", "name": "示例：燃气干管旁窨井 1", "kind": "manhole", "ownerUnit": "喀什市城管局", "region": "653101"},
           "geometry": {"type": "Point", "coordinates": [75.991, 39.4683]}},
          {"type": "Feature", "properties": {"code": "KS-WM-01", "name": "示例：喀什市供水干管 1 段", "kind": "water_main", "ownerUnit": "喀什市城管局", "region": "653101"},
           "geometry": {"type": "LineString", "coordinates": [[75.980, 39.460], [75.980, 39.475]]}},
          {"type": "Feature", "properties": {"code": "KS-BR-01", "name": "示例：吐曼河桥", "kind": "bridge", "ownerUnit": "喀什市城管局", "region": "653101"},
           "geometry": {"type": "Point", "coordinates": [75.995, 39.478]}}
        ]}
        """#

    static let sensors = #"""
        code,quantity,unit,asset,rules
        KS-CH4-01,gas_concentration,%LEL,KS-MH-01,"[{""kind"":""threshold"",""direction"":""above"",""limits"":{""4"":10,""3"":20,""2"":25,""1"":50},""hysteresis"":2}]"
        KS-WP-01,pressure,MPa,KS-WM-01,"[{""kind"":""threshold"",""direction"":""below"",""limits"":{""4"":0.28,""3"":0.25,""2"":0.2,""1"":0.15},""hysteresis"":0.01}]"
        KS-BD-01,displacement,mm,KS-BR-01,"[{""kind"":""threshold"",""direction"":""above"",""limits"":{""4"":15,""3"":20,""2"":25,""1"":30},""hysteresis"":1}]"
        """#

    static let hazards = #"""
        code,name_zh,name_en,name_ug,owner_unit,region,longitude,latitude,exposed_people,substance,tonnes
        HZ-KS-LPG,示例：喀什市液化石油气储配站,Sample: Kashgar LPG storage station,,喀什市城管局,653101,76.030,39.440,120,68476-85-7,150
        HZ-KS-CL,示例：喀什市水厂加氯间,Sample: Kashgar water works chlorine store,,喀什市城管局,653101,75.960,39.455,60,7782-50-5,10
        """#

    /// A reading a minute apart for 24 hours up to `now`: a daily swing around each sensor's normal value, and the
    /// methane's rise over the last 14 minutes from 5.2 to 20.8 %LEL (level III above 20).
    static func readings(endingAt now: Date) -> [SensorReading] {
        let end = (now.timeIntervalSince1970 / 60).rounded(.down) * 60
        var readings: [SensorReading] = []
        for minute in 0..<1_440 {
            let time = Date(timeIntervalSince1970: end - Double(1_439 - minute) * 60)
            let day = sin(Double(minute) / 1_440 * 2 * .pi)
            let jitter = sin(Double(minute) * 12.9898) * 0.5
            let rise = max(0, minute - 1_425)
            let methane = rise > 0 ? 4 + Double(rise) * 1.2 : 1.5 + 0.5 * day + 0.3 * jitter
            readings.append(SensorReading(sensorID: "KS-CH4-01", time: time, value: (methane * 10).rounded() / 10))
            readings.append(SensorReading(sensorID: "KS-WP-01", time: time, value: ((0.38 + 0.04 * day + 0.005 * jitter) * 1_000).rounded() / 1_000))
            readings.append(SensorReading(sensorID: "KS-BD-01", time: time, value: ((3 + 1.5 * day + 0.1 * jitter) * 10).rounded() / 10))
        }
        return readings
    }

    /// Seeds the registry, the readings (and so the alert) and the hazard register; returns the readings stored.
    static func seed(into store: Store) async throws -> Int {
        let cases = CaseService(store: store, taxonomy: try await CaseService.storedTaxonomy(store))
        let lifeline = LifelineService(store: store, cases: cases)
        _ = try await lifeline.importAssets(geoJSON: Array(assets.utf8), by: .system)
        _ = try await lifeline.importSensors(Array(sensors.utf8), by: .system)
        let summary = try await lifeline.ingest(readings(endingAt: store.clock.now()), by: .system)
        _ = try await MajorHazardService(store: store).importFile(Array(hazards.utf8), by: .system)
        return summary.stored
    }
}
