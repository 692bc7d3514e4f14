import OasisStore

/// A store export as a text table: table, rows, digest.
enum StoreExportText {
    static func table(_ export: StoreExport) -> String {
        "schema version \(export.schemaVersion.map(String.init) ?? "none")\n"
            + TextTable.render(header: ["table", "rows", "sha256"], rows: export.tables.map { [$0.table, String($0.rows), $0.digest] })
    }
}
