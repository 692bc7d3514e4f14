import Foundation

/// What an asset's sensors look like together in normal operation, learnt from a normal period: each sensor's
/// mean and standard deviation, and the principal components of the standardised readings (the eigenvectors of
/// their correlation matrix) with their variances. Two statistics judge a new reading (MacGregor & Kourti,
/// "Statistical process control of multivariate processes", 1995; Jackson, *A User's Guide to Principal
/// Components*, 1991):
///
/// - Hotelling's T² = Σₖ tₖ² / λₖ over the kept components (tₖ the reading's score on component k, λₖ its
///   variance in the normal period): how far the reading lies from normal *along* the directions the sensors
///   normally move together. With every component kept it is the Mahalanobis distance squared; for p sensors it
///   averages p over the normal period.
/// - Q (the squared prediction error) = ‖z − Σₖ tₖ·vₖ‖²: what the kept components cannot explain, a reading that
///   breaks the sensors' normal relation. Zero when every component is kept.
public struct PCAModel: Codable, Sendable, Hashable {
    public var means: [Double]
    /// Standard deviations in the normal period (1 for a sensor that did not move, so it is not divided by zero).
    public var scales: [Double]
    /// The kept components (unit vectors over the standardised sensors), most variance first.
    public var components: [[Double]]
    /// The variance of the normal period's scores on each kept component.
    public var variances: [Double]

    public init(means: [Double], scales: [Double], components: [[Double]], variances: [Double]) {
        self.means = means
        self.scales = scales
        self.components = components
        self.variances = variances
    }

    /// Learns the model from `rows` (one row per time, one column per sensor, at least two rows), keeping the
    /// fewest components whose variances add up to at least `explainedVariance` of the total (1 keeps them all).
    /// Components with no variance in the normal period are never kept: any movement along them shows in Q.
    public static func learn(rows: [[Double]], explainedVariance: Double = 1) -> PCAModel {
        let p = rows.first?.count ?? 0
        let n = Double(rows.count)
        let means = (0..<p).map { j in rows.reduce(0) { $0 + $1[j] } / n }
        let scales = (0..<p).map { j in
            let variance = rows.reduce(0) { $0 + ($1[j] - means[j]) * ($1[j] - means[j]) } / max(n - 1, 1)
            return variance > 0 ? variance.squareRoot() : 1
        }
        let standardised = rows.map { row in (0..<p).map { (row[$0] - means[$0]) / scales[$0] } }
        var covariance = Array(repeating: Array(repeating: 0.0, count: p), count: p)
        for row in standardised {
            for i in 0..<p { for j in i..<p { covariance[i][j] += row[i] * row[j] } }
        }
        for i in 0..<p { for j in i..<p { covariance[i][j] /= max(n - 1, 1) } }
        let eigen = SymmetricEigen(covariance)
        let total = eigen.values.reduce(0) { $0 + max($1, 0) }
        var kept = 0
        var explained = 0.0
        while kept < p, eigen.values[kept] > 1e-12 * max(total, 1) {
            explained += eigen.values[kept]
            kept += 1
            if explained >= explainedVariance * total - 1e-12 * total { break }
        }
        return PCAModel(
            means: means, scales: scales, components: Array(eigen.vectors.prefix(kept)), variances: Array(eigen.values.prefix(kept)))
    }

    /// T² and Q of one reading of every sensor (in the model's sensor order).
    public func statistics(_ row: [Double]) -> (t2: Double, q: Double) {
        let z = (0..<means.count).map { (row[$0] - means[$0]) / scales[$0] }
        var residual = z
        var t2 = 0.0
        for (component, variance) in zip(components, variances) {
            var score = 0.0
            for j in 0..<z.count { score += z[j] * component[j] }
            t2 += score * score / variance
            for j in 0..<z.count { residual[j] -= score * component[j] }
        }
        return (t2, residual.reduce(0) { $0 + $1 * $1 })
    }
}
