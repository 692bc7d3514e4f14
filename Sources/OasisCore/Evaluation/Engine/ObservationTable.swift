/// Observations laid out as a dense cube `[period][indicator][region]` (NaN where missing), with each
/// cell's latest earlier value precomputed, so that evaluation is array arithmetic.
struct ObservationTable {
    let regions: [String]
    let indicators: [String]
    let periods: [Int]
    private var values: [Double]
    private var previousValues: [Double]
    private var previousPeriods: [Int32]

    init(observations: [IndicatorObservation], regions: [String], indicators: [String]) {
        self.regions = regions
        self.indicators = indicators
        let regionIndex = Dictionary(regions.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let indicatorIndex = Dictionary(indicators.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        periods = Array(Set(observations.map(\.period))).sorted()
        let periodIndex = Dictionary(periods.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let cells = periods.count * indicators.count * regions.count
        values = Array(repeating: .nan, count: cells)
        previousValues = Array(repeating: .nan, count: cells)
        previousPeriods = Array(repeating: -1, count: cells)
        for observation in observations {
            guard let r = regionIndex[observation.region], let i = indicatorIndex[observation.indicator],
                let p = periodIndex[observation.period]
            else { continue }
            values[(p * indicators.count + i) * regions.count + r] = observation.value
        }
        let plane = indicators.count * regions.count
        guard periods.count > 1 else { return }
        for p in 1..<periods.count {
            for cell in 0..<plane {
                let earlier = (p - 1) * plane + cell
                let here = p * plane + cell
                if !values[earlier].isNaN {
                    previousValues[here] = values[earlier]
                    previousPeriods[here] = Int32(p - 1)
                } else {
                    previousValues[here] = previousValues[earlier]
                    previousPeriods[here] = previousPeriods[earlier]
                }
            }
        }
    }

    @inline(__always)
    func value(period: Int, indicator: Int, region: Int) -> Double {
        values[(period * indicators.count + indicator) * regions.count + region]
    }

    func previous(period: Int, indicator: Int, region: Int) -> (period: Int, value: Double)? {
        let cell = (period * indicators.count + indicator) * regions.count + region
        let index = previousPeriods[cell]
        return index < 0 ? nil : (periods[Int(index)], previousValues[cell])
    }
}
