/// A language file that cannot be used, naming the file and, where there is one, the key.
public struct LanguageFileError: Error, Equatable, CustomStringConvertible {
    public let language: Language
    public let key: String?
    public let problem: String

    public var description: String {
        "language file \(language.rawValue).json" + (key.map { ", key \"\($0)\"" } ?? "") + ": \(problem)"
    }
}
