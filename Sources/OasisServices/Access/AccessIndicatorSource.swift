import Foundation
import OasisCore
import OasisStore

/// The spatial analyses' figures as computed indicators: living-circle coverage (P04–P12) and shelter area per
/// resident (U22), as the last `oasis analyse access|shelters --record` run wrote them. A region's value sums the
/// numerators and denominators of its own figures and those of every region below it (population-weighted).
public struct AccessIndicatorSource: ComputedIndicatorSource {
    public let store: Store

    public init(store: Store) { self.store = store }

    public var indicatorCodes: [String] { AccessIndicator.all.map(\.code) }

    public func observations(for regions: [Region]) async throws -> [IndicatorObservation] {
        var observations: [IndicatorObservation] = []
        for total in try await totals(for: regions) {
            if let value = AccessIndicator.named(total.indicator)?.value(numerator: total.numerator, denominator: total.denominator) {
                observations.append(.init(region: total.region, indicator: total.indicator, period: total.period, value: value))
            }
        }
        return observations
    }

    /// Each region's summed figures, per indicator and period: the numerators and denominators of its own
    /// figures and those of every region below it (for U22 the effective shelter area and the residents).
    public func totals(for regions: [Region], indicators: [String]? = nil) async throws -> [AnalysisFigure] {
        guard !regions.isEmpty else { return [] }
        let figures = try await store.analysisResults.figures(indicators: indicators ?? indicatorCodes)
        guard !figures.isEmpty else { return [] }
        let paths = try await store.regions.paths()
        var totals: [AnalysisFigure] = []
        for region in regions {
            let code = region.code.rawValue
            var sums: [String: [Int: (numerator: Double, denominator: Double)]] = [:]
            for figure in figures where paths.isWithin(figure.region, code) {
                let sum = sums[figure.indicator]?[figure.period] ?? (0, 0)
                sums[figure.indicator, default: [:]][figure.period] = (sum.numerator + figure.numerator, sum.denominator + figure.denominator)
            }
            for (indicator, periods) in sums.sorted(by: { $0.key < $1.key }) {
                guard AccessIndicator.named(indicator) != nil else { continue }
                for (period, sum) in periods.sorted(by: { $0.key > $1.key }) {
                    totals.append(
                        AnalysisFigure(region: code, indicator: indicator, period: period, numerator: sum.numerator, denominator: sum.denominator))
                }
            }
        }
        return totals
    }
}
