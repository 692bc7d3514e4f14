/// Minimum, maximum and quartiles of the peers' values for one indicator in one period.
/// Quartiles use linear interpolation between closest ranks (the "type 7" rule of R and NumPy).
struct PeerDistribution {
    let count: Int
    let minimum: Double
    let maximum: Double
    let lowerQuartile: Double
    let median: Double
    let upperQuartile: Double

    var spread: Double { maximum - minimum }

    init(_ values: [Double]) {
        count = values.count
        guard !values.isEmpty else {
            minimum = .nan
            maximum = .nan
            lowerQuartile = .nan
            median = .nan
            upperQuartile = .nan
            return
        }
        let sorted = values.sorted()
        minimum = sorted[0]
        maximum = sorted[sorted.count - 1]
        func quantile(_ q: Double) -> Double {
            let position = q * Double(sorted.count - 1)
            let lower = Int(position.rounded(.down))
            let upper = min(lower + 1, sorted.count - 1)
            return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
        }
        lowerQuartile = quantile(0.25)
        median = quantile(0.5)
        upperQuartile = quantile(0.75)
    }
}
