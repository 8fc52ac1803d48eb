import Foundation

/// Progress on a terminal: «Письма ОО: 14 из 26», rewritten in place; nothing when stderr is not
/// a terminal (a pipe, a log file).
enum Progress {
    /// A progress callback that shows `label` and the counts, ending its line when done.
    static func terminal(_ label: String) -> @Sendable (Int, Int) -> Void {
        guard isatty(STDERR_FILENO) != 0 else { return { _, _ in } }
        return { done, total in
            FileHandle.standardError.write(Data("\r\(label): \(done) из \(total)\(done == total ? "\n" : "")".utf8))
        }
    }
}
