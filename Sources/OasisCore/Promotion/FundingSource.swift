/// Where a project's money comes from.
public enum FundingSource: String, Codable, CodingKeyRepresentable, Sendable, CaseIterable {
    case fiscal
    case specialBonds = "special_bonds"
    case socialCapital = "social_capital"
    case bankFinance = "bank_finance"

    public var messageKey: MessageKey { MessageKey("funding_\(rawValue)") }
}
