import ArgumentParser
import Foundation
import PaperworkKit

/// Turns any error into Russian diagnostics on stderr (as text or JSON lines) and the exit status
/// that ``ExitStatus`` decides from their codes; argument errors keep ArgumentParser's 64.
enum Failure {
    static func exit(with error: Error, format: DiagnosticsFormat, writes: Bool) -> Never {
        guard Failure.isDiagnosed(error) else { usage(error, format: format) }
        let diagnostics = Diagnostic.from(error)
        report(diagnostics, format: format, writes: writes)
        Foundation.exit(ExitStatus.of(diagnostics))
    }

    /// Prints diagnostics: one compiler-style line each (with a heading when there are several),
    /// or one JSON object per line.
    static func report(_ diagnostics: [Diagnostic], format: DiagnosticsFormat, writes: Bool) {
        switch format {
        case .json:
            diagnostics.forEach { write($0.jsonLine) }
        case .text:
            let note = writes && diagnostics.contains { $0.severity == .error } ? "ничего не записано" : ""
            if diagnostics.count == 1, let only = diagnostics.first {
                write(
                    "\(only.severity == .error ? "ошибка" : "предупреждение")\(note.isEmpty ? "" : " (\(note))"): "
                        + only.description)
            } else {
                write("ошибки (\(diagnostics.count))\(note.isEmpty ? "" : ", \(note)"):")
                diagnostics.forEach { write($0.description) }
            }
        }
    }

    /// Errors of Paperwork's layers and of the system; anything else is ArgumentParser's.
    private static func isDiagnosed(_ error: Error) -> Bool {
        error is any DiagnosticConvertible || error is CocoaError || error is POSIXError
    }

    /// ArgumentParser's errors (and help): Russian text, or a `usage` diagnostic as a JSON line.
    private static func usage(_ error: Error, format: DiagnosticsFormat) -> Never {
        let code = PaperworkCommand.exitCode(for: error)
        let message = RussianHelp.translate(PaperworkCommand.fullMessage(for: error))
        if code == .success {
            print(message)
        } else if format == .json {
            let first = message.split(separator: "\n").first.map(String.init) ?? message
            let text = first.hasPrefix("Ошибка: ") ? String(first.dropFirst("Ошибка: ".count)) : first
            write(Diagnostic("usage", text + "; подробнее: paperwork --help", at: SourceLocation()).jsonLine)
        } else {
            write(message)
        }
        Foundation.exit(code.rawValue)
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
