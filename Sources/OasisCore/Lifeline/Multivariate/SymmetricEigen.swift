import Foundation

/// The eigenvalues and eigenvectors of a real symmetric matrix, by the cyclic Jacobi method: each sweep zeroes
/// every off-diagonal element in turn with a plane rotation, until the off-diagonal sum of squares is negligible
/// against the matrix's own (Golub & Van Loan, *Matrix Computations*, §8.5). Small matrices only (the sensors of
/// one asset): the cost is about 10·n³ per sweep and a handful of sweeps.
public struct SymmetricEigen: Sendable, Hashable {
    /// The eigenvalues, largest first.
    public let values: [Double]
    /// `vectors[k]` is the unit eigenvector of `values[k]`.
    public let vectors: [[Double]]

    /// Decomposes `matrix` (square and symmetric; only its upper triangle is read).
    public init(_ matrix: [[Double]]) {
        let n = matrix.count
        var a = (0..<n).map { i in (0..<n).map { j in i <= j ? matrix[i][j] : matrix[j][i] } }
        var v = (0..<n).map { i in (0..<n).map { j in i == j ? 1.0 : 0.0 } }
        let scale = a.joined().reduce(0) { $0 + $1 * $1 }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<n { for j in (i + 1)..<max(i + 1, n) { off += 2 * a[i][j] * a[i][j] } }
            if off <= 1e-30 * max(scale, .leastNormalMagnitude) { break }
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) where a[p][q] != 0 {
                    Self.rotate(&a, &v, p, q)
                }
            }
        }
        let order = (0..<n).sorted { a[$0][$0] > a[$1][$1] }
        values = order.map { a[$0][$0] }
        vectors = order.map { k in (0..<n).map { v[$0][k] } }
    }

    /// One Jacobi rotation in the (p, q) plane that zeroes a[p][q]; v accumulates the rotations (its columns are
    /// the eigenvectors).
    private static func rotate(_ a: inout [[Double]], _ v: inout [[Double]], _ p: Int, _ q: Int) {
        let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
        let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        let n = a.count
        for k in 0..<n {
            let akp = a[k][p]
            let akq = a[k][q]
            a[k][p] = c * akp - s * akq
            a[k][q] = s * akp + c * akq
        }
        for k in 0..<n {
            let apk = a[p][k]
            let aqk = a[q][k]
            a[p][k] = c * apk - s * aqk
            a[q][k] = s * apk + c * aqk
        }
        for k in 0..<n {
            let vkp = v[k][p]
            let vkq = v[k][q]
            v[k][p] = c * vkp - s * vkq
            v[k][q] = s * vkp + c * vkq
        }
    }
}
