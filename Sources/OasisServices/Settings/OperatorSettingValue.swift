/// A setting as `oasis settings list` shows it: its stored value, if any, and the value in use.
public struct OperatorSettingValue: Sendable, Equatable, Codable {
    public var key: String
    public var kind: OperatorSetting.Kind
    /// What is in the `settings` table; nil when nothing is.
    public var stored: String?
    public var defaultValue: String
    /// The value the system uses: the stored one when it is valid, otherwise the default.
    public var effective: String
    /// Why the stored value is not used (written around `oasis settings set`).
    public var problem: String?
    public var summary: String
}
