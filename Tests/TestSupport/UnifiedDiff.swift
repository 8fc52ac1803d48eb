/// A line diff in the unified format (`@@ -a,b +c,d @@`, ` ` context, `-` expected, `+` actual),
/// for golden files: every change with a few lines of context, not just the first differing line.
public enum UnifiedDiff {
    /// The hunks that turn `expected` into `actual`, or `nil` when the texts are equal.
    /// - Parameter context: how many unchanged lines to show around each change.
    public static func make(expected: String, actual: String, context: Int = 3) -> String? {
        guard expected != actual else { return nil }
        let a = expected.components(separatedBy: "\n")
        let b = actual.components(separatedBy: "\n")
        let operations = lineOperations(a, b)
        let changes = operations.indices.filter { operations[$0].kind != .same }
        var hunks: [String] = []
        var next = 0
        while next < changes.count {
            // A hunk takes every change closer than twice the context to the one before it.
            var last = next
            while last + 1 < changes.count, changes[last + 1] - changes[last] - 1 <= 2 * context { last += 1 }
            let slice = operations[max(0, changes[next] - context)..<min(operations.count, changes[last] + 1 + context)]
            hunks.append(hunk(slice, a, b))
            next = last + 1
        }
        return (["--- эталон", "+++ сейчас"] + hunks).joined(separator: "\n")
    }

    private static func hunk(_ slice: ArraySlice<Operation>, _ a: [String], _ b: [String]) -> String {
        let oldCount = slice.filter { $0.kind != .inserted }.count
        let newCount = slice.filter { $0.kind != .removed }.count
        let oldStart = (slice.first?.old ?? 0) + (oldCount > 0 ? 1 : 0)
        let newStart = (slice.first?.new ?? 0) + (newCount > 0 ? 1 : 0)
        var lines = ["@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@"]
        for operation in slice {
            switch operation.kind {
            case .same: lines.append(" " + a[operation.old])
            case .removed: lines.append("-" + a[operation.old])
            case .inserted: lines.append("+" + b[operation.new])
            }
        }
        return lines.joined(separator: "\n")
    }

    struct Operation {
        enum Kind { case same, removed, inserted }
        let kind: Kind
        /// The line in the expected text (for `inserted`: the expected line it comes before).
        let old: Int
        /// The line in the actual text (for `removed`: the actual line it comes before).
        let new: Int
    }

    /// The edit script: common prefix and suffix kept as they are, the middle by longest common
    /// subsequence (or replaced whole when it is too large to compare line by line).
    static func lineOperations(_ a: [String], _ b: [String]) -> [Operation] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        var operations = (0..<prefix).map { Operation(kind: .same, old: $0, new: $0) }
        let oldMiddle = prefix..<(a.count - suffix)
        let newMiddle = prefix..<(b.count - suffix)
        if oldMiddle.count * newMiddle.count > 4_000_000 {
            operations += oldMiddle.map { Operation(kind: .removed, old: $0, new: newMiddle.lowerBound) }
            operations += newMiddle.map { Operation(kind: .inserted, old: oldMiddle.upperBound, new: $0) }
        } else {
            operations += commonSubsequence(a, oldMiddle, b, newMiddle)
        }
        operations += (0..<suffix).map {
            Operation(kind: .same, old: a.count - suffix + $0, new: b.count - suffix + $0)
        }
        return operations
    }

    private static func commonSubsequence(_ a: [String], _ old: Range<Int>, _ b: [String], _ new: Range<Int>)
        -> [Operation]
    {
        let n = old.count
        let m = new.count
        // lengths[i][j]: the longest common subsequence of old lines i... and new lines j...
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] =
                    a[old.lowerBound + i] == b[new.lowerBound + j]
                    ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var operations: [Operation] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            let x = old.lowerBound + i
            let y = new.lowerBound + j
            if i < n, j < m, a[x] == b[y] {
                operations.append(Operation(kind: .same, old: x, new: y))
                i += 1
                j += 1
            } else if i < n, j == m || lengths[i + 1][j] >= lengths[i][j + 1] {
                operations.append(Operation(kind: .removed, old: x, new: y))
                i += 1
            } else {
                operations.append(Operation(kind: .inserted, old: x, new: y))
                j += 1
            }
        }
        return operations
    }
}
