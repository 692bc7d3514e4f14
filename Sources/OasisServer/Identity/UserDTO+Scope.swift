import OasisCore
import OasisServices

extension UserDTO.ScopeDTO {
    /// The scope with its region codes checked; a bad code is a 400 naming `scope.regions[i]`.
    func accessScope() throws(OasisError) -> AccessScope {
        var codes: [RegionCode] = []
        for (index, code) in regions.enumerated() {
            do throws(OasisError) {
                codes.append(try RegionCode(code))
            } catch {
                throw OasisError.invalid(
                    code: "invalid_json", message: error.message,
                    details: [.init(field: "scope.regions[\(index)]", reason: error.message)])
            }
        }
        return AccessScope(regions: codes, units: units)
    }
}
