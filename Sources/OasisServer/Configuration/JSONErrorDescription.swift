import Foundation
import OasisCore

/// Turns a decoding error into a sentence and a detail that name the field at fault.
enum JSONErrorDescription {
    static func describe(_ error: any Error) -> String {
        detail(error).description
    }

    static func detail(_ error: any Error) -> OasisError.Detail {
        DecodingErrorDetail.detail(error)
    }
}
