import Foundation

/// The check of a registry code or name: 1–100 characters, no control characters.
public enum LifelineText {
    public static let maximumLength = 100

    /// Why the text cannot be a code or name, or nil when it can.
    public static func reason(_ text: String) -> String? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return "is required" }
        if text.count > maximumLength { return "has \(text.count) characters; the limit is \(maximumLength)" }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return "holds a control character" }
        return nil
    }
}
