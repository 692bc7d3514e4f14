import Foundation

public let rowCount = 200_000
public let pointReads = 100_000
public let batchSize = 500

/// One observation row: (id integer, region text, indicator text, period int, value real, source text).
public struct Obs: Codable, Sendable, Equatable {
    public var id: Int
    public var region: String
    public var indicator: String
    public var period: Int
    public var value: Double
    public var source: String
    public init(id: Int, region: String, indicator: String, period: Int, value: Double, source: String) {
        self.id = id; self.region = region; self.indicator = indicator
        self.period = period; self.value = value; self.source = source
    }
}

public let columnList = "id, region, indicator, period, value, source"

/// Deterministic rows, ids 1...n.
public func makeRows(_ n: Int = rowCount) -> [Obs] {
    let regions = (0..<250).map { "R\(String($0, radix: 36).uppercased())-\($0 % 7)" }
    let indicators = (0..<40).map { "indicator.\($0).series" }
    let sources = ["national-office", "world-bank", "imf-weo", "eurostat", "oecd"]
    return (1...n).map { i in
        Obs(id: i, region: regions[i % regions.count], indicator: indicators[(i / 250) % indicators.count],
            period: 1990 + (i % 35), value: Double(i % 9973) * 1.25 + 0.5, source: sources[i % sources.count])
    }
}

/// Deterministic pseudo-random ids in 1...n (LCG), same sequence for every candidate.
public func readIds(_ count: Int = pointReads, max n: Int = rowCount) -> [Int] {
    var x: UInt64 = 0x9E37_79B9_7F4A_7C15
    return (0..<count).map { _ in
        x = x &* 6364136223846793005 &+ 1442695040888963407
        return Int((x >> 33) % UInt64(n)) + 1
    }
}

/// `INSERT INTO obs (cols) VALUES (?,?,?,?,?,?),(...)` for `rows` rows.
public func multiRowInsertSQL(rows: Int, placeholder: (Int) -> String = { _ in "?" }) -> String {
    var s = "INSERT INTO obs (\(columnList)) VALUES "
    var p = 0
    for r in 0..<rows {
        if r > 0 { s += "," }
        s += "("
        for c in 0..<6 { if c > 0 { s += "," }; p += 1; s += placeholder(p) }
        s += ")"
    }
    return s
}

/// The executor's dialect rewrite: `?` -> `$1, $2, ...` outside string literals.
public func rewritePlaceholders(_ sql: String) -> String {
    var out = ""; out.reserveCapacity(sql.utf8.count + 16)
    var n = 0; var inString = false
    for ch in sql {
        if ch == "'" { inString.toggle() }
        if ch == "?" && !inString { n += 1; out += "$\(n)" } else { out.append(ch) }
    }
    return out
}

public func dbFile(_ name: String) -> String {
    let path = "/tmp/oasis-store-trial-\(name).sqlite"
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    return path
}

public func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// User+system CPU seconds of this whole process (all threads), so thread-pool hops are counted.
public func cpuNow() -> Double {
    var u = rusage()
    #if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &u)
    #else
    getrusage(RUSAGE_SELF, &u)
    #endif
    return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6
         + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
}

/// Prints `RESULT<TAB>candidate<TAB>test<TAB>count<TAB>wall s<TAB>per wall s<TAB>process CPU s<TAB>per CPU s`.
/// The CPU figure is less sensitive to other load on the machine than the wall figure.
public func measure<T>(_ candidate: String, _ test: String, count: Int, _ body: () async throws -> T) async throws -> T {
    let t0 = now(), c0 = cpuNow()
    let r = try await body()
    let dt = now() - t0, dc = cpuNow() - c0
    print("RESULT\t\(candidate)\t\(test)\t\(count)\t\(String(format: "%.3f", dt))\t\(Int((Double(count) / dt).rounded()))\t\(String(format: "%.3f", dc))\t\(Int((Double(count) / max(dc, 1e-6)).rounded()))")
    fflush(stdout)
    return r
}

public func check(_ cond: Bool, _ msg: @autoclosure () -> String) {
    if !cond { print("CHECK FAILED: \(msg())"); fflush(stdout); exit(1) }
}

public let createTableSQLite = """
    CREATE TABLE obs (id INTEGER PRIMARY KEY, region TEXT NOT NULL, indicator TEXT NOT NULL,
    period INTEGER NOT NULL, value REAL NOT NULL, source TEXT NOT NULL)
    """
public let createTablePostgres = """
    CREATE TABLE obs (id BIGINT PRIMARY KEY, region TEXT NOT NULL, indicator TEXT NOT NULL,
    period BIGINT NOT NULL, value DOUBLE PRECISION NOT NULL, source TEXT NOT NULL)
    """
