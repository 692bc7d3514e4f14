import Foundation

/// A task of an implementation scheme: who leads it, who helps, by when, and what it delivers.
public struct SchemeTask: Codable, Sendable, Equatable, Identifiable, TitledInLanguages {
    public var id: Int64
    public var schemeID: Int64
    /// The task's title in each language that has one; zh-Hans is required.
    public var titles: LocalizedText
    public var leadUnit: String
    public var coUnits: [String]
    public var deadline: Date
    public var deliverable: String
    public var status: TaskStatus
    public var doneOn: Date?

    public init(
        id: Int64 = 0, schemeID: Int64 = 0, titleZh: String, titleEn: String = "", leadUnit: String, coUnits: [String] = [],
        deadline: Date, deliverable: String, status: TaskStatus = .planned, doneOn: Date? = nil
    ) {
        self.id = id
        self.schemeID = schemeID
        self.titles = LocalizedText(zhHans: titleZh, en: titleEn)
        self.leadUnit = leadUnit
        self.coUnits = coUnits
        self.deadline = deadline
        self.deliverable = deliverable
        self.status = status
        self.doneOn = doneOn
    }

    /// Past its deadline and still open, or done after it.
    public func isOverdue(at now: Date) -> Bool {
        if let doneOn { return doneOn > deadline }
        return status.isOpen && now > deadline
    }
}
