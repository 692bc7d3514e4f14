/// Reading and writing a ``LocalizedText`` that files and the API carry both as a map of languages (`names`,
/// `titles`) and, for files written before Uyghur, as flat zh-Hans and English fields (`nameZh`, `nameEn`).
extension KeyedDecodingContainer {
    /// The map (when present) with the flat fields laid over it. A required flat field may be left out when the
    /// map has that language; an empty flat field leaves the map's text; when neither has it, the flat field is reported missing.
    public func decodeLocalizedText(map: Key, zhHans: Key, en: Key, zhHansRequired: Bool = true, enRequired: Bool = false) throws
        -> LocalizedText
    {
        var text = try decodeIfPresent(LocalizedText.self, forKey: map) ?? LocalizedText()
        for (language, key, required) in [(Language.zhHans, zhHans, zhHansRequired), (.en, en, enRequired)] {
            if let flat = try decodeIfPresent(String.self, forKey: key) {
                if !flat.isEmpty { text[language] = flat }
            } else if required, text[language] == nil {
                text[language] = try decode(String.self, forKey: key)
            }
        }
        return text
    }
}

extension KeyedEncodingContainer {
    /// The flat zh-Hans and English fields (empty when missing, as before) and the whole map.
    public mutating func encodeLocalizedText(_ text: LocalizedText, map: Key, zhHans: Key, en: Key) throws {
        try encode(text[.zhHans] ?? "", forKey: zhHans)
        try encode(text[.en] ?? "", forKey: en)
        try encode(text, forKey: map)
    }

    /// For an optional text such as a source: each flat field only when that language has a text, the map only
    /// when it has any, so that a record without the text is written as before.
    public mutating func encodeLocalizedTextIfPresent(_ text: LocalizedText, map: Key, zhHans: Key, en: Key) throws {
        try encodeIfPresent(text[.zhHans], forKey: zhHans)
        try encodeIfPresent(text[.en], forKey: en)
        if !text.texts.isEmpty { try encode(text, forKey: map) }
    }
}
