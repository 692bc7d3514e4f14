import Foundation
import OasisCore
import OasisServices

/// A user as the API shows it (never with a password hash).
struct UserDTO: Codable, Sendable {
    struct ScopeDTO: Codable, Sendable {
        var regions: [String]
        var units: [String]

        init(regions: [String], units: [String]) {
            self.regions = regions
            self.units = units
        }

        /// Either list may be left out (it then means "everything").
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            regions = try container.decodeIfPresent([String].self, forKey: .regions) ?? []
            units = try container.decodeIfPresent([String].self, forKey: .units) ?? []
        }
    }

    var id: Int64
    var username: String
    var displayName: String
    var role: String
    var scope: ScopeDTO
    var mustChangePassword: Bool
    var disabled: Bool
    var createdAt: Date

    init(_ user: User) {
        id = user.id
        username = user.username
        displayName = user.displayName
        role = user.role.rawValue
        scope = ScopeDTO(regions: user.scope.regions.map(\.rawValue), units: user.scope.units)
        mustChangePassword = user.mustChangePassword
        disabled = user.disabled
        createdAt = user.createdAt
    }
}
