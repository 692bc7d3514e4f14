/// A kind of living-circle facility (DOMAIN.md §6: GB 50180-2018 and the complete-community standard).
/// An open set: rule files may name new types; the built-in ones are listed as constants.
public struct FacilityType: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: FacilityType, rhs: FacilityType) -> Bool { lhs.rawValue < rhs.rawValue }

    // 5-minute circle
    public static let kindergarten = FacilityType("kindergarten")
    public static let nursery = FacilityType("nursery")
    public static let clinic = FacilityType("clinic")
    public static let communityService = FacilityType("community_service")
    public static let canteen = FacilityType("canteen")
    public static let playground = FacilityType("playground")
    public static let convenience = FacilityType("convenience")
    public static let parcelPoint = FacilityType("parcel_point")
    // 10-minute circle
    public static let primarySchool = FacilityType("primary_school")
    public static let market = FacilityType("market")
    public static let supermarket = FacilityType("supermarket")
    public static let pharmacy = FacilityType("pharmacy")
    // 15-minute circle
    public static let middleSchool = FacilityType("middle_school")
    public static let hospital = FacilityType("hospital")
    /// GB 50180's community health service centre (社区卫生服务中心): `healthcare=centre`, or named as one.
    public static let healthCentre = FacilityType("health_centre")
    public static let elderlyCare = FacilityType("elderly_care")
    public static let culture = FacilityType("culture")
    public static let library = FacilityType("library")
    public static let sports = FacilityType("sports")
    public static let police = FacilityType("police")
    public static let park = FacilityType("park")
    // Any level of school (the level-specific types are added when the tags tell the level).
    public static let school = FacilityType("school")
    // Emergency shelters and assembly points (DOMAIN.md §5).
    public static let shelter = FacilityType("shelter")
}
