import Foundation

extension Open311IntakeValidator {
    /// The form's fields as a case input, in the coordinate system the client sent.
    static func caseInput(_ intake: Open311Intake) -> CaseInput {
        let name = [intake.firstName, intake.lastName].compactMap { $0 }.joined(separator: " ")
        return CaseInput(
            kind: .request, requestType: intake.attributes[CaseTaxonomy.requestTypeAttribute]?.first, category: intake.serviceCode,
            channel: "open311", priority: nil, description: intake.description, longitude: intake.location?.longitude,
            latitude: intake.location?.latitude, coordinateSystem: intake.submittedCoordinateSystem, address: intake.addressString,
            region: nil, reporter: CaseReporter(name: name.isEmpty ? nil : name, phone: intake.phone, email: intake.email),
            attachments: intake.mediaURL.map { [CaseAttachment(fileName: URL(string: $0)?.lastPathComponent ?? "media", url: $0)] } ?? [])
    }

    /// The case check (`CaseIntakeValidator`), its problems added under the form's names. A problem the form's
    /// own checks already named is not repeated: a missing service_code is not also an unknown category, and a
    /// missing or unreadable lat/long (the spec requires a location) is not also a missing "what or where".
    func checkCase(_ intake: Open311Intake, at now: Date, _ problems: inout [OasisError.Detail]) -> HotlineCase? {
        do {
            return try cases.validate(Self.caseInput(intake), regionExists: true, channel: "open311", at: now)
        } catch {
            let named = Set(problems.compactMap(\.field))
            for detail in error.details {
                let field = detail.field.map(Self.formField)
                if let field, named.contains(field) { continue }
                if field == "description", intake.description == nil, named.contains("lat") || named.contains("long") { continue }
                problems.append(.init(field: field, reason: detail.reason))
            }
            return nil
        }
    }

    /// The form's name for a `CaseInput` field.
    static func formField(_ caseField: String) -> String {
        switch caseField {
        case "category": "service_code"
        case "longitude": "long"
        case "latitude": "lat"
        case "coordinateSystem": "coordinate_system"
        case "requestType": "attribute[\(CaseTaxonomy.requestTypeAttribute)]"
        default: caseField
        }
    }

    /// Problems in the order of the form's fields as the spec lists them.
    static func inFormOrder(_ problems: [OasisError.Detail]) -> [OasisError.Detail] {
        func rank(_ field: String?) -> Int {
            guard let field else { return 8 }
            if field.hasPrefix("attribute") { return 4 }
            return ["jurisdiction_id", "service_code", "coordinate_system", "lat", "long"].firstIndex(of: field)
                ?? ["email": 5, "description": 6, "media_url": 7][field] ?? 8
        }
        return problems.enumerated().sorted { (rank($0.element.field), $0.offset) < (rank($1.element.field), $1.offset) }.map(\.element)
    }
}
