import Foundation

extension SchemeTask {
    enum CodingKeys: String, CodingKey {
        case id, schemeID, titleZh, titleEn, leadUnit, coUnits, deadline, deliverable, status, doneOn
    }

    /// Decodes a task; ids, the English title, co-units, status (planned) and the done day may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decodeIfPresent(Int64.self, forKey: .id) ?? 0, schemeID: try c.decodeIfPresent(Int64.self, forKey: .schemeID) ?? 0,
            titleZh: try c.decode(String.self, forKey: .titleZh), titleEn: try c.decodeIfPresent(String.self, forKey: .titleEn) ?? "",
            leadUnit: try c.decode(String.self, forKey: .leadUnit), coUnits: try c.decodeIfPresent([String].self, forKey: .coUnits) ?? [],
            deadline: try c.decode(Date.self, forKey: .deadline), deliverable: try c.decode(String.self, forKey: .deliverable),
            status: try c.decodeIfPresent(TaskStatus.self, forKey: .status) ?? .planned, doneOn: try c.decodeIfPresent(Date.self, forKey: .doneOn))
    }
}
