/// Regions, users and their scopes, sessions, API tokens, the audit chain and settings.
enum Migration001Foundation {
    static let migration = Migration(version: 1, description: "foundation: regions, identity, audit") { dialect in
        [
            """
            CREATE TABLE regions (
                code TEXT PRIMARY KEY,
                parent_code TEXT REFERENCES regions(code),
                level TEXT NOT NULL,
                path TEXT NOT NULL,
                name_zh TEXT NOT NULL,
                name_en TEXT NOT NULL,
                population BIGINT,
                urban_population BIGINT,
                census_year BIGINT,
                updated_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX IF NOT EXISTS regions_parent ON regions(parent_code)",
            "CREATE INDEX IF NOT EXISTS regions_path ON regions(path)",
            """
            CREATE TABLE users (
                id \(dialect.identityPrimaryKey),
                username TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                must_change_password BIGINT NOT NULL DEFAULT 0,
                disabled BIGINT NOT NULL DEFAULT 0,
                created_at BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE user_scopes (
                user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (user_id, kind, value)
            )
            """,
            """
            CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY,
                user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                created_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user_id)",
            """
            CREATE TABLE api_tokens (
                id \(dialect.identityPrimaryKey),
                user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                created_at BIGINT NOT NULL,
                last_used_at BIGINT,
                revoked BIGINT NOT NULL DEFAULT 0
            )
            """,
            """
            CREATE TABLE audit_events (
                seq BIGINT PRIMARY KEY,
                at BIGINT NOT NULL,
                actor_id BIGINT,
                actor_name TEXT NOT NULL,
                action TEXT NOT NULL,
                entity_type TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                region_code TEXT,
                before_json TEXT,
                after_json TEXT,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            )
            """,
            "CREATE INDEX IF NOT EXISTS audit_events_entity ON audit_events(entity_type, entity_id)",
            "CREATE INDEX IF NOT EXISTS audit_events_region ON audit_events(region_code)",
            """
            CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )
            """,
        ]
    }
}
