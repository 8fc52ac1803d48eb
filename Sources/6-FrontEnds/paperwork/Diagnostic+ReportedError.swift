import PaperworkKit

/// A diagnostic thrown as it is (the output stage's `output_busy`, `output_not_ours`,
/// `output_write_failed`): its compiler-style line, and the exit status ``ExitStatus`` decides.
extension Diagnostic: ReportedError {
    var reportedLines: [String] { [description] }
    var exitStatus: Int32 { ExitStatus.of([self]) }
}
