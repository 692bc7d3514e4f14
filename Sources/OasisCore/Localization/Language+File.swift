extension Language {
    /// The bytes of this language's file, embedded in the binary by SwiftPM (`resources: [.embedInCode(…)]`)
    /// so that the one `oasis` executable needs no resource bundle beside it.
    var embeddedFile: [UInt8] {
        switch self {
        case .zhHans: PackageResources.zh_Hans_json
        case .en: PackageResources.en_json
        case .ug: PackageResources.ug_json
        }
    }
}
