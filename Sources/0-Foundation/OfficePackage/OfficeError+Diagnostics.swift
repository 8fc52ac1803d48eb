import Diagnostics
import XMLTree
import ZipArchive

extension OfficeError: DiagnosticConvertible {
    /// A zip or XML cause speaks for itself (its code is the more precise one), placed in this
    /// document; otherwise the package error's own code, file and part.
    public var diagnostics: [Diagnostic] {
        if let cause = cause as? XMLError { return cause.diagnostics(file: file) }
        if let cause = cause as? ZipError {
            return [Diagnostic(cause.code.rawValue, cause.message, at: SourceLocation(file: file, part: cause.entry))]
        }
        return [Diagnostic(code.rawValue, message, at: SourceLocation(file: file, part: part))]
    }
}
