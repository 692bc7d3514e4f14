/// Liveness and readiness as `/healthz` and `/readyz` answer them.
struct HealthDTO: Codable {
    var status: String
    var store: String?
    var schemaVersion: Int?
    /// Conditions an operator should act on that do not make the server unready (a calendar running out).
    var warnings: [String]?
}
