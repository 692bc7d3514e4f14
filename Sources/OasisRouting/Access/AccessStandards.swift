import Foundation
import OasisCore

/// The figures the access analyses take from standards, as one file an operator can edit: the living-circle tiers
/// (GB 50180-2018: distances, walking speed, the facilities each tier requires), the complete-community checklist
/// (2020 standard) and the shelter classes (GB 51143-2015 / GB/T 44013-2024: per-capita area, service radius).
/// `oasis analyse standards` prints the built-in values as such a file; `--standards FILE` on the analyses reads
/// one back, checked as a whole: every problem is named by its JSON path and nothing is used from a bad file.
public struct AccessStandards: Sendable, Hashable, Codable {
    public static let currentVersion = 1

    public var version: Int
    public var livingCircle: LivingCircleStandard
    public var completeCommunity: CompleteCommunityStandard
    public var shelterClasses: [ShelterClass]

    public init(
        livingCircle: LivingCircleStandard = .gb50180, completeCommunity: CompleteCommunityStandard = .default,
        shelterClasses: [ShelterClass] = ShelterClass.defaults
    ) {
        self.version = Self.currentVersion
        self.livingCircle = livingCircle
        self.completeCommunity = completeCommunity
        self.shelterClasses = shelterClasses
    }

    /// The built-in values.
    public static let builtIn = AccessStandards()

    /// The built-in values with GB 50180's strict reading of the 15-minute circle: 800 m instead of 1,000 m.
    public static var strict: AccessStandards {
        var standards = builtIn
        if let last = standards.livingCircle.tiers.indices.last { standards.livingCircle.tiers[last].distance = 800 }
        return standards
    }

    /// Reads and checks a standards file; a refusal lists every problem with its JSON path.
    public init(json data: Data) throws(OasisError) {
        let decoded: AccessStandards
        do {
            decoded = try JSONDecoder().decode(AccessStandards.self, from: data)
        } catch {
            throw OasisError.invalid(
                code: "standards_invalid", message: "The standards file cannot be read.", details: [DecodingErrorDetail.detail(error)])
        }
        let problems = decoded.problems()
        guard problems.isEmpty else {
            throw OasisError.invalid(code: "standards_invalid", message: "The standards file is not valid.", details: problems)
        }
        self = decoded
    }

    /// Every inconsistency at once, each naming its JSON path.
    public func problems() -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        func check(_ holds: Bool, _ field: String, _ reason: String) {
            if !holds { problems.append(.init(field: field, reason: reason)) }
        }
        check(version == Self.currentVersion, "version", "must be \(Self.currentVersion)")
        if let reason = NumericDomain.walkingSpeed.reason(livingCircle.walkingSpeed) {
            problems.append(.init(field: "livingCircle.walkingSpeed", reason: reason))
        }
        check(!livingCircle.tiers.isEmpty, "livingCircle.tiers", "at least one tier")
        var previous = 0.0
        for (index, tier) in livingCircle.tiers.enumerated() {
            let path = "livingCircle.tiers[\(index)]"
            check(!tier.name.trimmingCharacters(in: .whitespaces).isEmpty, "\(path).name", "required")
            if let reason = NumericDomain.walkingMinutes.reason(tier.minutes) { problems.append(.init(field: "\(path).minutes", reason: reason)) }
            if let distance = tier.distance {
                check(distance.isFinite && distance > 0 && distance <= 10_000, "\(path).distance", "metres in (0, 10,000]")
            }
            let distance = tier.distance ?? tier.minutes * livingCircle.walkingSpeed
            check(distance > previous, "\(path).distance", "each tier reaches farther than the one before (\(Int(previous)) m)")
            previous = distance
            problems += Self.typeProblems(tier.requiredTypes, path: "\(path).requiredTypes")
        }
        check(
            completeCommunity.distance.isFinite && completeCommunity.distance > 0 && completeCommunity.distance <= 5_000,
            "completeCommunity.distance", "metres in (0, 5,000]")
        problems += Self.typeProblems(completeCommunity.requiredTypes, path: "completeCommunity.requiredTypes")
        check(!shelterClasses.isEmpty, "shelterClasses", "at least one class")
        var names: Set<String> = []
        for (index, shelterClass) in shelterClasses.enumerated() {
            let path = "shelterClasses[\(index)]"
            check(Self.isTypeName(shelterClass.name), "\(path).name", "lower-case letters, digits and _")
            check(names.insert(shelterClass.name).inserted, "\(path).name", "\"\(shelterClass.name)\" appears twice")
            check(
                shelterClass.perCapitaArea.isFinite && shelterClass.perCapitaArea > 0 && shelterClass.perCapitaArea <= 100,
                "\(path).perCapitaArea", "m² per person in (0, 100]")
            check(
                shelterClass.serviceRadius.isFinite && shelterClass.serviceRadius > 0 && shelterClass.serviceRadius <= 50_000,
                "\(path).serviceRadius", "metres in (0, 50,000]")
        }
        return problems
    }

    /// A facility type's name: lower-case letters, digits and `_`.
    static func isTypeName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// A list of required types: not empty, each a type name or alternatives joined by `|`, none twice.
    static func typeProblems(_ types: [String], path: String) -> [OasisError.Detail] {
        var problems: [OasisError.Detail] = []
        if types.isEmpty { problems.append(.init(field: path, reason: "at least one facility type")) }
        var seen: Set<String> = []
        for (index, type) in types.enumerated() {
            if !type.split(separator: "|", omittingEmptySubsequences: false).allSatisfy({ isTypeName(String($0)) }) {
                problems.append(.init(field: "\(path)[\(index)]", reason: "\"\(type)\" is not a facility type (a|b for either)"))
            }
            if !seen.insert(type).inserted { problems.append(.init(field: "\(path)[\(index)]", reason: "\"\(type)\" appears twice")) }
        }
        return problems
    }
}
