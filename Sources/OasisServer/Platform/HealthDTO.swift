/// Liveness and readiness as `/healthz` and `/readyz` answer them.
struct HealthDTO: Codable {
    var status: String
    var store: String?
    var schemaVersion: Int?
}
