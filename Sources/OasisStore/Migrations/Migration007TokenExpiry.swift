/// An expiry on API tokens. Tokens issued before this migration keep no expiry (NULL) so that machines already
/// deployed keep working; every token issued from now on expires after the configured lifetime.
enum Migration007TokenExpiry {
    static let migration = Migration(version: 7, description: "api token expiry") { _ in
        ["ALTER TABLE api_tokens ADD COLUMN expires_at BIGINT"]
    }
}
