/// A file a command wrote (a report, an export): its path and size, for `--json`.
struct WrittenFile: Encodable {
    var path: String
    var bytes: Int

    var line: String { "wrote \(path) (\(bytes) bytes)" }
}
