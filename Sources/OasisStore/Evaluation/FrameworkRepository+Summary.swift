import OasisCore

extension FrameworkRepository {
    /// One stored framework version: in JSON its name keeps the flat zh-Hans and English fields beside the map of
    /// every language (`names`).
    public struct Summary: Sendable, Codable, Equatable {
        public var id: String
        public var version: Int
        public var names: LocalizedText
        public var active: Bool

        public init(id: String, version: Int, names: LocalizedText, active: Bool) {
            self.id = id
            self.version = version
            self.names = names
            self.active = active
        }

        enum CodingKeys: String, CodingKey { case id, version, nameZh, nameEn, names, active }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            version = try c.decode(Int.self, forKey: .version)
            names = try c.decodeLocalizedText(map: .names, zhHans: .nameZh, en: .nameEn)
            active = try c.decode(Bool.self, forKey: .active)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(version, forKey: .version)
            try c.encodeLocalizedText(names, map: .names, zhHans: .nameZh, en: .nameEn)
            try c.encode(active, forKey: .active)
        }
    }
}
