/// Who reported a case, when they chose to say. Shown only to those whose role handles cases.
public struct CaseReporter: Codable, Sendable, Equatable {
    public var name: String?
    public var phone: String?
    public var email: String?
    /// The language the citizen wrote in (the page's, the Open311 request's or the API request's); what they
    /// are told about their case is written in it. Nil on cases from before it was kept: zh-Hans.
    public var language: Language?

    public init(name: String? = nil, phone: String? = nil, email: String? = nil, language: Language? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
        self.language = language
    }

    public var isAnonymous: Bool { (name ?? "").isEmpty && (phone ?? "").isEmpty && (email ?? "").isEmpty }
}
