/// Earlier passwords of each user, as their bcrypt hashes only, so that a new password can be refused when it repeats
/// one of the last few (the number is the `passwordHistory` setting). `position` counts up per user; a change keeps the
/// newest rows and deletes the rest in the same transaction. Deleting a user deletes its history.
enum Migration012PasswordHistory {
    static let migration = Migration(version: 12, description: "password history (hashes of earlier passwords)") { _ in
        [
            """
            CREATE TABLE password_history (
                user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                position BIGINT NOT NULL,
                password_hash TEXT NOT NULL,
                replaced_at BIGINT NOT NULL,
                PRIMARY KEY (user_id, position)
            )
            """
        ]
    }
}
