/// The jurisdictions an endpoint serves (`jurisdiction_id`, e.g. the city's web domain). With none or one
/// configured the parameter is optional, as GeoReport allows; with several it is required.
public struct Open311Jurisdictions: Sendable, Equatable {
    public var ids: Set<String>

    public init(_ ids: Set<String> = []) { self.ids = ids }

    /// The jurisdiction a request names: 400 when several are served and none is named, 404 when it names
    /// one that is not served.
    public func resolve(_ id: String?) throws(OasisError) -> String? {
        guard let id else {
            guard ids.count <= 1 else {
                throw OasisError.invalid(
                    code: "open311_jurisdiction_missing", message: "jurisdiction_id was not provided.",
                    details: [.init(field: "jurisdiction_id", reason: "required: this endpoint serves \(ids.count) jurisdictions")])
            }
            return ids.first
        }
        guard ids.isEmpty || ids.contains(id) else {
            throw OasisError(
                kind: .notFound, code: "open311_jurisdiction_unknown", message: "jurisdiction_id \(id) was not found.",
                details: [.init(field: "jurisdiction_id", reason: "unknown jurisdiction \"\(id)\"")])
        }
        return id
    }
}
