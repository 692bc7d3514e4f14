import Foundation
import OasisCore

/// Turns a `DecodingError` into a sentence and a detail that name the field at fault.
enum JSONErrorDescription {
    static func describe(_ error: any Error) -> String {
        detail(error).description
    }

    static func detail(_ error: any Error) -> OasisError.Detail {
        guard let error = error as? DecodingError else { return .init(reason: "\(error)") }
        func path(_ codingPath: [any CodingKey]) -> String? {
            let text = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            let trimmed = text.hasPrefix(".") ? String(text.dropFirst()) : text
            return trimmed.isEmpty ? nil : trimmed
        }
        switch error {
        case .typeMismatch(let type, let context):
            return .init(field: path(context.codingPath), reason: "expected \(Self.name(type))")
        case .valueNotFound(let type, let context):
            return .init(field: path(context.codingPath), reason: "expected \(Self.name(type)), found null")
        case .keyNotFound(let key, let context):
            return .init(field: path(context.codingPath + [key]), reason: "required field is missing")
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return .init(field: path(context.codingPath), reason: underlying.map { "not valid JSON: \($0)" } ?? context.debugDescription)
        @unknown default:
            return .init(reason: "\(error)")
        }
    }

    static func name(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)"
        }
    }
}
