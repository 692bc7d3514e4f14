/// Who reported a case, when they chose to say. Shown only to those whose role handles cases.
public struct CaseReporter: Codable, Sendable, Equatable {
    public var name: String?
    public var phone: String?
    public var email: String?

    public init(name: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }

    public var isAnonymous: Bool { (name ?? "").isEmpty && (phone ?? "").isEmpty && (email ?? "").isEmpty }
}
