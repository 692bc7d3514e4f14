/// `FacilityRules` prepared for classifying many elements quickly: the tag keys the rules read are
/// numbered, each element's values for them are gathered in one pass over its tags, and `contains`
/// texts are matched as lower-cased UTF-8 bytes (the value lower-cased once per element). Measured on
/// Helsinki (release): 15 ms instead of 235 ms when each condition looked its key up and used `String.contains`.
struct CompiledFacilityRules: Sendable {
    private enum Test: Sendable {
        case oneOf(Set<String>)
        case containsAny([[UInt8]])
        case present
    }

    private struct Condition: Sendable {
        let key: Int
        let test: Test
    }

    private let keyNumbers: [String: Int]
    private let rules: [(type: FacilityType, conditions: [Condition])]

    init(_ rules: FacilityRules) {
        var keyNumbers: [String: Int] = [:]
        self.rules = rules.rules.map { rule in
            // Exact-value conditions first: they are cheap and fail most often.
            let conditions = rule.when.map { condition -> Condition in
                let key = keyNumbers[condition.key] ?? keyNumbers.count
                keyNumbers[condition.key] = key
                if let values = condition.values { return Condition(key: key, test: .oneOf(Set(values))) }
                if let contains = condition.contains { return Condition(key: key, test: .containsAny(contains.map { Array($0.lowercased().utf8) })) }
                return Condition(key: key, test: .present)
            }.sorted { lhs, rhs in
                if case .containsAny = rhs.test, !Self.isContains(lhs.test) { return true }
                return false
            }
            return (rule.type, conditions)
        }
        self.keyNumbers = keyNumbers
    }

    private static func isContains(_ test: Test) -> Bool {
        if case .containsAny = test { return true }
        return false
    }

    /// The types whose rules the tags satisfy, in rule order, each once.
    func types(_ tags: some Sequence<(key: String, value: String)>) -> [FacilityType] {
        var values = [String?](repeating: nil, count: keyNumbers.count)
        var any = false
        for (key, value) in tags {
            if let number = keyNumbers[key] {
                values[number] = value
                any = true
            }
        }
        guard any else { return [] }
        var lowered = [[UInt8]?](repeating: nil, count: keyNumbers.count)
        var result: [FacilityType] = []
        for rule in rules where !result.contains(rule.type) {
            var matches = true
            for condition in rule.conditions {
                guard let value = values[condition.key] else {
                    matches = false
                    break
                }
                switch condition.test {
                case .oneOf(let set):
                    matches = set.contains(value)
                case .present:
                    matches = value != "no"
                case .containsAny(let needles):
                    if lowered[condition.key] == nil { lowered[condition.key] = Array(value.lowercased().utf8) }
                    let haystack = lowered[condition.key] ?? []
                    matches = needles.contains { Self.bytes(haystack, contain: $0) }
                }
                if !matches { break }
            }
            if matches { result.append(rule.type) }
        }
        return result
    }

    private static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var index = 1
                while index < needle.count && haystack[start + index] == needle[index] { index += 1 }
                if index == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
