import Foundation
import ZIPFoundation

/// The ZIP container of an .xlsx file, opened for reading its parts within the given limits.
///
/// Not `Sendable` (it holds a ZIPFoundation `Archive`): ``XLSXWorkbook`` keeps the file's bytes and opens
/// a package for each read, which is cheap because the bytes are shared, not copied.
struct XLSXPackage {
    private let archive: Archive
    /// The file entries by lower-cased normalised name: part names are case-insensitive.
    private let entries: [String: Entry]
    private let limits: XLSXLimits

    /// Opens the ZIP archive in `data`, telling apart files that are not ZIP archives at all,
    /// old binary or encrypted workbooks, and truncated archives.
    init(data: Data, limits: XLSXLimits) throws(XLSXError) {
        try Self.checkContainer(data)
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw XLSXError(reason: "the .xlsx file is damaged: its ZIP directory cannot be read (\(error))")
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let key = XLSXPartPath.normalized(entry.path).lowercased()
            if entries[key] == nil { entries[key] = entry }
        }
        self.archive = archive
        self.entries = entries
        self.limits = limits
    }

    /// Whether the package has a part of this name (compared without regard to case).
    func contains(_ part: String) -> Bool {
        entries[XLSXPartPath.normalized(part).lowercased()] != nil
    }

    /// The uncompressed bytes of a part; refuses parts over ``XLSXLimits/maximumPartBytes``, whatever
    /// size the ZIP headers claim, and parts whose data is damaged.
    func read(_ part: String, sheet: String? = nil) throws(XLSXError) -> Data {
        guard let entry = entries[XLSXPartPath.normalized(part).lowercased()] else {
            throw XLSXError(reason: "the .xlsx file is missing its part \(part)", sheet: sheet)
        }
        let limit = limits.maximumPartBytes
        let tooLarge = XLSXError(
            reason: "the part \(part) is larger than \(Self.describe(bytes: limit)) uncompressed; refused as a possible ZIP bomb",
            sheet: sheet)
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooLarge }
        var output = Data()
        output.reserveCapacity(Int(min(entry.uncompressedSize, 64 * 1024 * 1024)))
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, bufferSize: 256 * 1024) { chunk in
                guard output.count + chunk.count <= limit else { throw tooLarge }
                output.append(chunk)
            }
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError(reason: "the .xlsx file is damaged or truncated: the part \(part) cannot be decompressed (\(error))", sheet: sheet)
        }
        // ZIPFoundation computes the checksum of what it extracted but leaves the comparison to its caller.
        guard checksum == entry.checksum else {
            throw XLSXError(reason: "the .xlsx file is damaged: the part \(part) fails its checksum", sheet: sheet)
        }
        return output
    }

    /// “512 MiB” and the like.
    private static func describe(bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024)) MiB" : "\(bytes) bytes"
    }

    /// Looks at the signature and for the end-of-central-directory record before handing the data to
    /// ZIPFoundation, so a non-ZIP or truncated upload gets a precise reason (and is not scanned byte by byte).
    private static func checkContainer(_ data: Data) throws(XLSXError) {
        let verdict: String? = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String? in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.isEmpty { return "not an .xlsx file: the file is empty" }
            let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
            if bytes.count >= 8, bytes.prefix(8).elementsEqual(oleSignature) {
                return "not an .xlsx file: it is an old-style .xls workbook or a password-protected workbook; "
                    + "save it without a password as “Excel Workbook (.xlsx)”"
            }
            let isZIP =
                bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B
                && ((bytes[2] == 0x03 && bytes[3] == 0x04) || (bytes[2] == 0x05 && bytes[3] == 0x06))
            guard isZIP else { return "not an .xlsx file: it is not a ZIP archive, as every .xlsx file is" }
            // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535 bytes, at the end.
            let lowest = max(0, bytes.count - 22 - 65_535)
            var index = bytes.count - 22
            while index >= lowest {
                if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05, bytes[index + 3] == 0x06 {
                    return nil
                }
                index -= 1
            }
            return "the .xlsx file is truncated or damaged: the end of its ZIP directory is missing; upload the file again"
        }
        if let verdict { throw XLSXError(reason: verdict) }
    }
}
