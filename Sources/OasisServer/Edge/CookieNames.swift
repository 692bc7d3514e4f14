import OasisServices

/// The cookies Oasis sets.
enum CookieNames {
    static let session = "oasis_session"
    static let csrf = "oasis_csrf"
    static let language = "oasis_lang"
}
