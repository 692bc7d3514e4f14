import OasisCore

/// The value of a coded cell (a project's type or stage, a region's level, a sensor's quantity) written as its
/// English code or as its label in the message catalogue, in Chinese or Uyghur, the words the pages show: a cell
/// `老旧小区改造` is the type `old_neighbourhood_renovation`. One place for every import.
public enum ImportLabels {
    /// The case of `T` whose raw value (case-insensitive) or catalogue label under `keyPrefix + rawValue` the
    /// cell holds; nil when neither.
    public static func value<T: RawRepresentable & CaseIterable>(
        _ cell: String, _ type: T.Type, keyPrefix: String, catalogue: MessageCatalogue = .standard
    ) -> T? where T.RawValue == String {
        let text = cell.trimmingASCIIWhitespace()
        if let value = T(rawValue: text.lowercased()) { return value }
        return T.allCases.first { value in
            [Language.zhHans, .ug].contains { catalogue.message(MessageKey(keyPrefix + value.rawValue), $0) == text }
        }
    }

    /// The Chinese labels of `T`'s cases, for a message that lists the choices.
    public static func chineseLabels<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, keyPrefix: String, catalogue: MessageCatalogue = .standard
    ) -> [String] where T.RawValue == String {
        T.allCases.compactMap { catalogue.message(MessageKey(keyPrefix + $0.rawValue), .zhHans) }
    }
}
