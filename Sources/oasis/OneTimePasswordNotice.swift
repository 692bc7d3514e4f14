import Foundation
import OasisStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells the operator the first administrator's one-time password without putting it in a log: on a
/// terminal it is printed; when standard output goes to a file or a supervisor's journal, the password is
/// written to a file only its owner can read (mode 600), beside the SQLite database or in the working
/// directory, and the output says where.
enum OneTimePasswordNotice {
    static let fileName = "admin-one-time-password.txt"

    static func announce(_ password: String, database: String) throws {
        if isatty(STDOUT_FILENO) == 1 {
            Console.line(
                """
                ┌──────────────────────────────────────────────────────────────┐
                  First start: created the administrator account.
                  首次启动：已创建管理员账户。
                    username / 用户名:  admin
                    one-time password / 一次性密码:  \(password)
                  It is shown only now; change it at first sign-in.
                  此密码仅显示一次，首次登录后请立即修改。
                └──────────────────────────────────────────────────────────────┘
                """)
            return
        }
        let path = try writeFile(password, besides: database)
        Console.line(
            """
            First start: created the administrator account "admin". Its one-time password is not printed here, since \
            this output is not a terminal: it is in \(path) (readable by its owner only). Sign in, change it, then delete the file.
            首次启动：已创建管理员账户 admin。输出不是终端，一次性密码未打印，已写入 \(path)（仅所有者可读）；登录修改密码后请删除该文件。
            """)
    }

    /// Writes the password to a new file with mode 600 (an older one is replaced) and returns its path.
    static func writeFile(_ password: String, besides database: String) throws -> String {
        let directory: String
        if case .sqlite(let path) = StoreLocation(database) {
            directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        } else {
            directory = FileManager.default.currentDirectoryPath
        }
        let path = URL(fileURLWithPath: directory).appendingPathComponent(fileName).path
        unlink(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw CLIError("Cannot write the one-time password to \(path): \(String(cString: strerror(errno))).") }
        defer { close(descriptor) }
        let bytes = Array((password + "\n").utf8)
        guard write(descriptor, bytes, bytes.count) == bytes.count else {
            throw CLIError("Cannot write the one-time password to \(path): \(String(cString: strerror(errno))).")
        }
        return path
    }
}
