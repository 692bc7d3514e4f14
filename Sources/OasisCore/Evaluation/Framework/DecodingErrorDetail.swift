import Foundation

/// Turns a `DecodingError` into a detail naming the field at fault.
public enum DecodingErrorDetail {
    public static func detail(_ error: any Error) -> OasisError.Detail {
        guard let error = error as? DecodingError else { return .init(reason: "\(error)") }
        func path(_ codingPath: [any CodingKey]) -> String? {
            let text = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            let trimmed = text.hasPrefix(".") ? String(text.dropFirst()) : text
            return trimmed.isEmpty ? nil : trimmed
        }
        switch error {
        case .typeMismatch(let type, let context):
            return .init(field: path(context.codingPath), reason: "expected \(describe(type))")
        case .valueNotFound(let type, let context):
            return .init(field: path(context.codingPath), reason: "expected \(describe(type)), found null")
        case .keyNotFound(let key, let context):
            return .init(field: path(context.codingPath + [key]), reason: "required field is missing")
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return .init(field: path(context.codingPath), reason: underlying.map { "not valid JSON: \($0)" } ?? context.debugDescription)
        @unknown default:
            return .init(reason: "\(error)")
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)"
        }
    }
}
